import {
  SCENARIO_PARAMS,
  parseParam,
  parseParams,
  type ParamName,
  type ParamProblem,
  type Params,
  type ScenarioId,
} from '../../sim/index';
import { formatParams } from '../../url/paramText';

/**
 * Why the store refused an edit, as the core's structured problem: the same two checks applyParam makes (the
 * value alone, then with the scenario's other applied parameters; a program of the user's own, `null`, has
 * only the first: its run is the second check, whose problem the store keeps as text). The store keeps only
 * the English text, which the CLI shares; this lets the panel say it in the reader's language. Pure.
 */
export function getEditProblem(
  scenario: ScenarioId | null,
  params: Params,
  name: ParamName,
  text: string,
): ParamProblem | undefined {
  const one = parseParam(name, text.trim());
  if (!one.ok) return one.problem;
  if (scenario === null) return undefined;
  const applied = formatParams(params);
  const raw: Record<string, string> = {};
  for (const n of SCENARIO_PARAMS[scenario]) raw[n] = applied[n];
  const all = parseParams(scenario, { ...raw, [name]: text.trim() });
  return all.ok ? undefined : all.problem;
}
