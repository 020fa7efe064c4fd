import { PARAM_SPECS, SCENARIO_PARAMS, type ParamName, type Params } from '../params';
import type { ScenarioId } from '../scenarioIds';
import { CONSTANT_OF } from '../program/constants';

/**
 * The constants block of a canonical program: one `const` for each parameter the scenario uses, with the
 * value the run was asked for, so a printed program runs the same without flags. `loop` is not a
 * constant: it picks which of the scenario's two programs is shown; nor are issue 16's `sync` and `method`,
 * which pick the open flags and calls the program text has, nor issue 18's `mode` and `sendfile`. `preset` and `costs` are left out too: they set
 * the cost model (how long things take), not what the program does.
 */
export function constants(scenario: ScenarioId, p: Params): string[] {
  const skip = new Set(['loop', 'sync', 'method', 'mode', 'sendfile', 'preset', 'costs']);
  return SCENARIO_PARAMS[scenario]
    .filter((name) => !skip.has(name))
    .map((name: ParamName) => {
      const v = p[name];
      const text = PARAM_SPECS[name].kind === 'choice' ? `"${String(v)}"` : String(v);
      return `const ${CONSTANT_OF[name]} = ${text};`;
    });
}
