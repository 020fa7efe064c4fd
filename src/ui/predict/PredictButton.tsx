import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** The "Predict" switch: opens the predict-then-reveal panel (loaded on demand) and closes it. */
export function PredictButton() {
  const store = useAppStore();
  const on = useApp((s) => s.panels.predict);
  const t = useT();
  return (
    <button
      type="button"
      data-share="predict"
      aria-pressed={on}
      title={t('classroom.predict.toggleHint')}
      onClick={() => store.getState().togglePanel('predict')}
    >
      {t('classroom.predict.toggle')}
    </button>
  );
}
