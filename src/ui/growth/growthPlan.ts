import { sweepRuns, type ParamProblem, type ScenarioId, type SweepRun } from '../../sim/index';
import type { GrowthState } from '../../url/growthLink';
import { growthXValues } from '../../url/growthPoints';

/** One point of a chart: its run, or why its parameters cannot run (e.g. too many steps for the model). */
export interface PlannedPoint {
  readonly scenario: ScenarioId;
  readonly x: number;
  readonly run: SweepRun | null;
  readonly problem: ParamProblem | null;
  readonly error: string;
}

/**
 * Every point of a chart, scenario by scenario, x ascending (the worker runs them in this order). A parameter
 * a scenario does not use is left out for it, so its curve is flat along that axis. Pure.
 */
export function planGrowth(s: GrowthState): PlannedPoint[] {
  const xs = growthXValues(s.from, s.to, s.count);
  return s.scenarios.flatMap((scenario) =>
    xs.map((x) => {
      const r = sweepRuns([scenario], s.x, [String(x)], s.fixed, true);
      return r.ok
        ? { scenario, x, run: r.runs[0]!, problem: null, error: '' }
        : { scenario, x, run: null, problem: r.problem, error: r.error };
    }),
  );
}
