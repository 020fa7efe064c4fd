import {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  SCENARIO_PARAMS,
  parseParam,
  type ParamName,
  type Params,
} from './params';
import { isScenarioId, SCENARIO_IDS, type ScenarioId } from './scenarioIds';
import { MAX_RW_COUNT } from './units';

/** Above this many steps a trace would not fit the memory budget; the user is asked to change parameters. */
export const MAX_STEPS = 6_000_000;

/** A rough upper bound of the steps a scenario will produce, from its loop counts. Pure. */
export function estimateSteps(scenario: ScenarioId, p: Params): number {
  const pages = Math.ceil(p.file / p.page);
  const disk = p.cache === 'cold' ? Math.ceil(pages / Math.max(1, p.ra)) * 8 : 0;
  switch (scenario) {
    case 'read-write':
    case 'direct-io':
      return Math.ceil(p.file / p.buf) * (scenario === 'direct-io' ? 18 : 11) + disk + 8;
    case 'mmap-write':
      return Math.ceil(pages / p.fa) * 3 + Math.ceil(p.file / MAX_RW_COUNT) * 8 + disk + 16;
    case 'sendfile':
      return Math.ceil(p.file / MAX_RW_COUNT) * 8 + disk + 8;
    case 'splice':
      return Math.ceil(p.file / 65536) * 13 + disk + 8;
    default:
      return 64;
  }
}

export type ParseResult =
  | { readonly ok: true; readonly params: Params }
  | { readonly ok: false; readonly error: string; readonly param?: string };

/**
 * Validates raw parameters (CLI flags, URL fields) for a scenario. Unknown names, malformed or out-of-range
 * values and parameter sets too large to simulate are refused with a message naming the parameter, the
 * value and the allowed range. Pure.
 */
export function parseParams(scenario: string, raw: Readonly<Record<string, string>>): ParseResult {
  if (!isScenarioId(scenario)) {
    return {
      ok: false,
      error: `unknown scenario "${scenario.slice(0, 40)}"; known: ${SCENARIO_IDS.join(', ')}`,
    };
  }
  const out: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const [name, value] of Object.entries(raw)) {
    if (!(PARAM_NAMES as string[]).includes(name)) {
      return {
        ok: false,
        param: name,
        error: `unknown parameter "${name.slice(0, 40)}"; known: ${PARAM_NAMES.join(', ')}`,
      };
    }
    const r = parseParam(name as ParamName, value);
    if (!r.ok) return r;
    out[name] = r.value;
  }
  const params = out as unknown as Params;
  const limit = checkLimits(scenario, params);
  return limit ? { ok: false, error: limit, param: 'file' } : { ok: true, params };
}

function checkLimits(scenario: ScenarioId, p: Params): string | undefined {
  if (p.bufoff >= p.page) return `bad value for bufoff: "${p.bufoff}" must be below page (${p.page})`;
  if (p.align > p.page) return `bad value for align: "${p.align}" must not exceed page (${p.page})`;
  const steps = estimateSteps(scenario, p);
  if (steps > MAX_STEPS) {
    const hint = SCENARIO_PARAMS[scenario].includes('buf') ? 'raise buf or lower file' : 'lower file';
    return `file=${p.file} with these parameters needs about ${steps.toLocaleString('en-US')} steps; the limit is ${MAX_STEPS.toLocaleString('en-US')} (${hint})`;
  }
  return undefined;
}
