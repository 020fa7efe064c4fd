import { DEFAULT_PARAMS, SCENARIO_PARAMS } from '../../sim/index';
import type { CompareRun } from '../../url/compareLink';
import { formatParamValue } from '../../url/paramText';

/** A run's non-default parameters as the link writes them (`file=1m cache=warm`), or the preset alone. */
export function paramSummary(run: CompareRun): string {
  if (run.program) return '';
  const parts: string[] = [];
  for (const name of SCENARIO_PARAMS[run.scenario]) {
    const value = run.params[name];
    if (value !== DEFAULT_PARAMS[name]) parts.push(`${name}=${formatParamValue(name, value)}`);
  }
  return parts.join(' ');
}
