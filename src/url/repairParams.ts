import { DEFAULT_PARAMS, parseParams, type ParamName, type Params, type ScenarioId } from '../sim/index';
import type { Notice } from './fields';

function without(
  raw: Partial<Record<ParamName, string>>,
  name: ParamName,
): Partial<Record<ParamName, string>> {
  const out = { ...raw };
  delete out[name];
  return out;
}

/**
 * Each parameter was valid alone; together they may not be (bufoff ≥ page, a trace over the step limit).
 * Drops the fewest parameters that make the set valid — first the one the error names, then any single one,
 * else the named one and retry — and says which. Pure; at most one round per parameter.
 */
export function repairParams(
  scenario: ScenarioId,
  raw: Partial<Record<ParamName, string>>,
): { params: Params; notices: Notice[] } {
  const notices: Notice[] = [];
  let current = { ...raw };
  for (let round = 0; round <= Object.keys(raw).length; round++) {
    const r = parseParams(scenario, current as Record<string, string>);
    if (r.ok) return { params: r.params, notices };
    const names = Object.keys(current) as ParamName[];
    const named = names.filter((n) => n === r.param || new RegExp(`\\b${n}\\b`).test(r.error));
    const order = [...named.filter((n) => r.error.includes(`for ${n}`)), ...named, ...names];
    const fix = order.find((n) => parseParams(scenario, without(current, n) as Record<string, string>).ok);
    const drop = fix ?? order[0];
    if (drop === undefined) break;
    notices.push({
      key: 'ui.notice.badCombination',
      params: { ...r.problem, name: drop, error: r.error },
    });
    current = without(current, drop);
  }
  return { params: DEFAULT_PARAMS, notices };
}
