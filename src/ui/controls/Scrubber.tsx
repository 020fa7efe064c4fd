import { useId, type CSSProperties } from 'react';
import { getPlayRange } from '../../state/index';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

/**
 * A range input over the whole run: the playback range (from/to) is the highlighted band (seeking outside
 * it stops at its ends), chapters are tick marks. Dragging seeks and pauses.
 */
export function Scrubber() {
  const store = useAppStore();
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const from = useApp((s) => s.from);
  const to = useApp((s) => s.to);
  const chapters = useApp((s) => s.chapters);
  const range = getPlayRange({ from, to }, trace.length);
  const ticks = useId();
  const t = useT();
  const end = Math.max(trace.length - 1, 1);
  const ranged = from > 0 || to !== null;
  const band = {
    // Fractions of the track (plain numbers: they multiply a length in controls.css).
    '--range-from': range.first / end,
    '--range-to': range.last / end,
  } as CSSProperties;
  return (
    <div className={ranged ? 'scrubber-box is-ranged' : 'scrubber-box'} style={band}>
      {ranged && <div className="scrubber-range" aria-hidden="true" />}
      <input
        className="scrubber"
        type="range"
        min={0}
        max={trace.length - 1}
        step={1}
        value={step}
        list={chapters.length > 0 ? ticks : undefined}
        aria-label={t('ui.controls.scrub')}
        aria-valuetext={t('ui.controls.stepOf', { n: step + 1, total: trace.length })}
        onChange={(e) => {
          store.getState().pause();
          store.getState().seek(Number(e.currentTarget.value));
        }}
      />
      {chapters.length > 0 && (
        <datalist id={ticks}>
          {chapters.map((c) => (
            <option key={c.step} value={c.step} label={c.name} />
          ))}
        </datalist>
      )}
    </div>
  );
}
