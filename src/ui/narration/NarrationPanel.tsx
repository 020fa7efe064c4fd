import './narration.css';
import { narrate } from '../../i18n/narrate';
import { useApp } from '../StoreContext';
import { useT } from '../useT';
import { useCurrentStep } from '../useStep';
import { formatDuration } from '../counters/counterRows';

/**
 * One or two plain sentences about the current step, the kernel function and man page behind it. Announced
 * politely to screen readers, except while playing fast, when every frame would interrupt.
 */
export function NarrationPanel() {
  const { trace, step } = useCurrentStep();
  const locale = useApp((s) => s.locale);
  const quiet = useApp((s) => s.playing && (s.speed === 'max' || s.speed > 1));
  const t = useT();
  const task = trace.tasks.findIndex((x) => x.pid === step.task);
  const who = task >= 0 ? t('ui.narration.task', { n: task + 1, pid: step.task }) : t('ui.narration.idle');
  return (
    <section className="narration" data-view="narration" aria-label={t('ui.narration.title')}>
      <p className="narration-meta">
        <span>{who}</span>
        <span className={`ring ring-${step.ring}`}>{t(`ui.ring.${step.ring}`)}</span>
        <span>{t('ui.narration.time', { time: formatDuration(locale, step.t) })}</span>
      </p>
      <div aria-live={quiet ? 'off' : 'polite'} aria-atomic="true" data-testid="narration">
        <p className="narration-text">{narrate(locale, step.site, step.params)}</p>
        <p className="narration-source">
          <span className="muted">
            {t(step.kind === 'user.access' ? 'ui.narration.user' : 'ui.narration.kernel')}
          </span>{' '}
          <code>{step.fn}</code>
          {step.man && (
            <>
              {' · '}
              <span className="muted">{t('ui.narration.man')}</span> <code>{step.man}</code>
            </>
          )}
        </p>
      </div>
    </section>
  );
}
