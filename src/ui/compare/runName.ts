import { translate, type Locale } from '../../i18n/index';
import { SCENARIO_PARAMS, type ProgramTrace } from '../../sim/index';
import type { CompareRun } from '../../url/compareLink';

/** What a run is called in compare mode's words: its scenario's id, or "a program of your own". */
export function runName(locale: Locale, run: CompareRun): string {
  return run.program ? translate(locale, 'compare.program') : run.scenario;
}

/** Whether the run sends its file over a socket (the scenarios with a send buffer): its bytes cross the wire. */
export function runSends(run: CompareRun, trace: ProgramTrace): boolean {
  return SCENARIO_PARAMS[run.scenario].includes('sndbuf') && trace.params.file > 0;
}
