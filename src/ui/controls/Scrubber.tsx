import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

/** A range input over every step of the trace: dragging seeks (and pauses). */
export function Scrubber() {
  const store = useAppStore();
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const t = useT();
  return (
    <input
      className="scrubber"
      type="range"
      min={0}
      max={Math.max(trace.length - 1, 0)}
      step={1}
      value={step}
      aria-label={t('ui.controls.scrub')}
      aria-valuetext={t('ui.controls.stepOf', { n: step + 1, total: trace.length })}
      onChange={(e) => {
        store.getState().pause();
        store.getState().seek(Number(e.currentTarget.value));
      }}
    />
  );
}
