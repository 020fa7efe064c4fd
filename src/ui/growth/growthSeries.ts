import type { ScenarioId, Totals } from '../../sim/index';
import type { GrowthCounter } from '../../url/growthLink';
import { counterValue } from '../counters/counterRows';
import type { ChartPoint, ChartSeries } from './GrowthChart';
import type { PlannedPoint } from './growthPlan';
import type { MeasuredCurve } from './measuredCurves';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The chart's curves: each scenario's computed points (in plan order), then the measured curves. Pure. */
export function growthSeries(
  scenarios: readonly ScenarioId[],
  plan: readonly PlannedPoint[],
  totals: ReadonlyMap<number, Totals>,
  measured: readonly MeasuredCurve[],
  counter: GrowthCounter,
  t: Translate,
): ChartSeries[] {
  const title = (s: ScenarioId) => t(`scenario.${s}.title`);
  return [
    ...scenarios.map((scenario) => ({
      scenario,
      label: title(scenario),
      measured: false,
      points: plan.flatMap((p, index): ChartPoint[] => {
        const found = p.scenario === scenario ? totals.get(index) : undefined;
        return found ? [{ index, x: p.x, value: counterValue(found, counter) }] : [];
      }),
    })),
    ...measured.map((m) => ({
      scenario: m.scenario,
      label: t('growth.measured', { scenario: title(m.scenario) }),
      measured: true,
      points: m.points.map((p) => ({ index: -1, ...p })),
    })),
  ];
}
