import './controls.css';
import { SPEEDS, type Speed } from '../../state/index';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** The playback speed (the app's `speed`: 0.25×–4× or max), shared by the single-run and compare players. */
export function SpeedSelect() {
  const store = useAppStore();
  const speed = useApp((s) => s.speed);
  const t = useT();
  return (
    <label className="controls-field">
      <span>{t('ui.controls.speed')}</span>
      <select
        value={String(speed)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          store.getState().setSpeed((v === 'max' ? 'max' : Number(v)) as Speed);
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={String(s)}>
            {s === 'max' ? t('ui.speed.max') : `${s}×`}
          </option>
        ))}
      </select>
    </label>
  );
}
