import { DEFAULT_PARAMS, SCENARIO_PARAMS, type Params, type ScenarioId } from '../sim/index';

/**
 * Whether a hash is a growth chart's link (`#/growth?…`). Its own small file: the page's entry reads it before
 * anything else loads, and the chart's code loads only when it is true.
 */
export function isGrowthHash(hash: string): boolean {
  return /^#?\/*growth(?:[/?]|$)/.test(String(hash ?? ''));
}

/** The scenarios a growth chart can draw: those that move a file. */
export const GROWTH_ENTRY_SCENARIOS: readonly string[] = (
  Object.keys(SCENARIO_PARAMS) as ScenarioId[]
).filter((s) => SCENARIO_PARAMS[s].includes('file'));

/** The workspace's way into the charts: these scenarios, with the run's cache state and cost model kept. */
export function growthEntryHash(scenarios: readonly string[], params: Params, locale: string): string {
  const q = [`s=${scenarios.join(',')}`];
  if (params.cache !== DEFAULT_PARAMS.cache) q.push(`cache=${params.cache}`);
  if (params.preset !== DEFAULT_PARAMS.preset) q.push(`preset=${params.preset}`);
  q.push(`lang=${locale}`, 'v=1');
  return `#/growth?${q.join('&')}`;
}
