import { getPlayRange } from '../../state/index';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';

/**
 * "Step n of N" (or, with a playback range, "Step 3 of 6 in range 10–15": the place in the range, then the
 * range in the run's step numbers), with the test hooks data-step (0-based) and data-steps (total) of DESIGN §8,
 * and data-scenario: the run on screen (a link's new run replaces it only once the worker has built it).
 */
export function StepIndicator() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const from = useApp((s) => s.from);
  const to = useApp((s) => s.to);
  const t = useT();
  const ranged = from > 0 || to !== null;
  const { first, last } = getPlayRange({ from, to }, trace.length);
  return (
    <output
      className="step-indicator"
      data-step={step}
      data-steps={trace.length}
      data-scenario={trace.scenario}
      aria-live="off"
    >
      {ranged
        ? t('playback.stepInRange', {
            n: step - first + 1,
            total: last - first + 1,
            from: first + 1,
            to: last + 1,
          })
        : t('ui.controls.stepOf', { n: step + 1, total: trace.length })}
    </output>
  );
}
