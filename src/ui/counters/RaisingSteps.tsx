import { useMemo } from 'react';
import { getStepsRaising, type CounterKey } from '../../sim/index';
import { CATALOGS } from '../../i18n/index';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

const LIMIT = 60;

/** The steps that raised a counter (the first ones, and the next one after the current step); click to go. */
export function RaisingSteps({ counter, onClose }: { counter: CounterKey; onClose(): void }) {
  const store = useAppStore();
  const trace = useTrace();
  const current = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  const steps = useMemo(() => getStepsRaising(trace, counter, 0, LIMIT), [trace, counter]);
  const go = (i: number) => {
    store.getState().pause();
    store.getState().seek(i);
  };
  const next = () => {
    const [i] = getStepsRaising(trace, counter, current + 1, 1);
    if (i !== undefined) go(i);
  };
  const label = t(`ui.counter.${counter}`);
  return (
    <div className="raising" role="group" aria-label={t('ui.counters.raisedBy', { counter: label })}>
      {/* The definition the dotted name promises: here too, for a tap (no hover on a touch screen). */}
      {`counterDef.${counter}` in CATALOGS[locale] && (
        <p className="raising-def">{t(`counterDef.${counter}`)}</p>
      )}
      <p>
        {steps.length === 0
          ? t('ui.counters.raisedByNone', { counter: label })
          : t('ui.counters.raisedBy', { counter: label })}
      </p>
      <ol className="raising-list">
        {steps.map((i) => (
          <li key={i}>
            <button type="button" aria-current={i === current ? 'step' : undefined} onClick={() => go(i)}>
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div className="raising-actions">
        {steps.length > 0 && (
          <button type="button" onClick={next}>
            {t('ui.counters.nextRaise')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('ui.close')}
        </button>
      </div>
    </div>
  );
}
