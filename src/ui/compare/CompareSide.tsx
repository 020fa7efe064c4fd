import { getGroupAt, getStep } from '../../sim/index';
import { sideStep } from '../../state/compareStore';
import { lastPosition } from '../../state/compareSync';
import type { Side } from '../../url/compareLink';
import { formatDuration } from '../counters/counterRows';
import { formatCount } from '../format';
import { MachineView } from '../machine/MachineView';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useAppStore } from '../StoreContext';
import { useReducedMotion } from '../useReducedMotion';
import { useT } from '../useT';
import { useCompare, useCompareStore } from './CompareContext';
import { paramSummary } from './paramSummary';
import { runName } from './runName';
import { currentCompareLink } from './useCompareLink';

/** Where one run is: its call (or iteration, or time) and its step, with the test hooks of DESIGN §8. */
function SideIndicator({ side }: { readonly side: Side }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const trace = useCompare((s) => s[side].trace);
  const by = useCompare((s) => s.by);
  const step = useCompare((s) => sideStep(s, side));
  if (!trace) return null;
  const steps = trace.length;
  const group = getGroupAt(trace, step);
  const total = lastPosition(trace, by);
  const ended =
    by !== 'time' &&
    step === steps - 1 &&
    step > (by === 'syscall' ? trace.groups.syscallStart : trace.groups.iterationStart).at(-1)!;
  const n = by === 'syscall' ? group.syscall : group.iteration;
  const text = ended
    ? t('compare.sideAt.ended', { step: formatCount(locale, step + 1), steps: formatCount(locale, steps) })
    : t(`compare.sideAt.${by}`, {
        n: formatCount(locale, n + 1),
        total: by === 'time' ? formatDuration(locale, total) : formatCount(locale, total),
        time: formatDuration(locale, getStep(trace, step).t),
        step: formatCount(locale, step + 1),
        steps: formatCount(locale, steps),
      });
  return (
    <p
      className="compare-side-at"
      data-testid={`step-${side}`}
      data-step={step}
      data-steps={steps}
      data-syscall={group.syscall}
      data-iteration={group.iteration}
      aria-live="off"
    >
      {text}
    </p>
  );
}

/** A run's build under way, with its progress and Cancel; or why it has no trace. */
function SideBuild({ side }: { readonly side: Side }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const store = useCompareStore();
  const app = useAppStore();
  const build = useCompare((s) => s[side].build);
  const problem = useCompare((s) => s[side].problem);
  const label = t(`compare.side.${side}`);
  if (problem)
    return (
      <div className="compare-side-problem" role="status">
        <p>{t('compare.cancelled', { problem })}</p>
        <button type="button" onClick={() => void store.getState().open(currentCompareLink(store, app))}>
          {t('compare.retry')}
        </button>
      </div>
    );
  if (!build) return <p className="compare-side-wait">{t('compare.buildingShort', { side: label })}</p>;
  return (
    <div className="compare-side-build" role="status">
      <progress max={Math.max(build.estimate, build.steps, 1)} value={build.steps} />
      <span>
        {t('compare.building', {
          side: label,
          steps: formatCount(locale, build.steps),
          estimate: formatCount(locale, build.estimate),
        })}
      </span>
      <button type="button" onClick={() => store.getState().cancel()}>
        {t('compare.cancel')}
      </button>
    </div>
  );
}

/** One run of the two: its name and parameters, where it is, and the app's own machine view of it. */
export function CompareSide({ side }: { readonly side: Side }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const run = useCompare((s) => s[side].run);
  const trace = useCompare((s) => s[side].trace);
  const step = useCompare((s) => sideStep(s, side));
  const reducedMotion = useReducedMotion();
  return (
    <section
      className={`compare-side compare-side-${side}`}
      data-run={side}
      aria-label={t(`compare.side.${side}`)}
    >
      <header className="compare-side-head">
        <span className="compare-side-label">{side.toUpperCase()}</span>
        <span className="compare-side-name mono">{runName(locale, run)}</span>
        <span className="compare-side-params mono muted">{paramSummary(run)}</span>
      </header>
      <SideIndicator side={side} />
      <div className="compare-machine" data-testid={`machine-${side}`}>
        {trace ? (
          <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
            <MachineView trace={trace} step={step} locale={locale} reducedMotion={reducedMotion} />
          </PanelBoundary>
        ) : (
          <SideBuild side={side} />
        )}
      </div>
    </section>
  );
}
