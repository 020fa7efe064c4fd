import './narration.css';
import { useMemo } from 'react';
import { siteTracepointOf } from '../../i18n/index';
import { narrate } from '../../i18n/narrate';
import { getStepActor } from '../../sim/index';
import { useApp } from '../StoreContext';
import { useT } from '../useT';
import { useCurrentStep } from '../useStep';
import { formatDuration } from '../counters/counterRows';

/**
 * One or two plain sentences about the current step, the kernel function and man page behind it. Announced
 * politely to screen readers, except while playing fast, when every frame would interrupt.
 */
export function NarrationPanel() {
  const { trace, index, step } = useCurrentStep();
  const locale = useApp((s) => s.locale);
  const quiet = useApp((s) => s.playing && (s.speed === 'max' || s.speed > 1));
  const t = useT();
  const actor = useMemo(() => getStepActor(trace, index), [trace, index]);
  // The tracepoint whose kernel stack shows this step on a real machine (the stacks test's own mapping).
  const tracepoint = siteTracepointOf(step.site);
  // Who runs the step: a device on its own, or the task on the CPU (the idle task while an IRQ wakes P1).
  const task = actor.kind === 'cpu' ? trace.tasks.findIndex((x) => x.pid === actor.pid) : -1;
  const who =
    actor.kind === 'device'
      ? t(`ui.narration.device.${actor.device}`)
      : task >= 0
        ? t('ui.narration.task', { n: task + 1, pid: actor.pid })
        : t('ui.narration.idle');
  return (
    // A scroll box when a long narration overflows: focusable, so keyboard users can scroll it.
    <section className="narration" data-view="narration" aria-label={t('ui.narration.title')} tabIndex={0}>
      <p className="narration-meta">
        <span data-testid="narration-actor">{who}</span>
        {actor.kind === 'cpu' && (
          <span className={`ring ring-${step.ring}`}>{t(`ui.ring.${step.ring}`)}</span>
        )}
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
        {tracepoint && (
          <p className="narration-source narration-perf" data-testid="narration-perf">
            <span className="muted">{t('ui.narration.perf')}</span>{' '}
            <code>{`perf record -e ${tracepoint} -g -- ./prog`}</code>
          </p>
        )}
      </div>
    </section>
  );
}
