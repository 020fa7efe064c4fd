import { getPlayRange } from '../../state/index';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

/** A range input over the playback range (every step unless the link set from/to): dragging seeks and pauses. */
export function Scrubber() {
  const store = useAppStore();
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const from = useApp((s) => s.from);
  const to = useApp((s) => s.to);
  const range = getPlayRange({ from, to }, trace.length);
  const t = useT();
  return (
    <input
      className="scrubber"
      type="range"
      min={range.first}
      max={range.last}
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
