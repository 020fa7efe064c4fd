import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';

/** "Step n of N", with the test hooks data-step (0-based) and data-steps (total) of DESIGN §8. */
export function StepIndicator() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const t = useT();
  return (
    <output className="step-indicator" data-step={step} data-steps={trace.length} aria-live="off">
      {t('ui.controls.stepOf', { n: step + 1, total: trace.length })}
    </output>
  );
}
