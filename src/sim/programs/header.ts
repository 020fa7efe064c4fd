import { PARAM_SPECS, SCENARIO_PARAMS, type ParamName, type Params } from '../params';
import type { ScenarioId } from '../scenarioIds';
import { CONSTANT_OF } from '../program/constants';

/**
 * The constants block of a canonical program: one `const` for each parameter the scenario uses, with the
 * value the run was asked for, so a printed program runs the same without flags. `loop` is not a
 * constant: it picks which of the scenario's two programs is shown; nor are issue 16's `sync` and `method`,
 * which pick the open flags and calls the program text has, nor issue 17's `sqpoll` and `op`, nor issue 18's
 * `mode`, `sendfile`, `side`, `directio` and `consumers` (one socket per consumer). `preset` and `costs` are
 * left out too: they set the cost model (how long things take), not what the program does.
 */
export function constants(scenario: ScenarioId, p: Params): string[] {
  const skip = new Set([
    'loop',
    'sync',
    'method',
    'mode',
    'sendfile',
    'consumers',
    'side',
    'preset',
    'costs',
    'sqpoll',
    'op',
  ]);
  // Issue 17: read_ahead_kb matters only to ra=linux, and file-copy's fs only to copy_file_range; left
  // out otherwise, so the programs of every other run read as before.
  if (p.ra !== 'linux') skip.add('rakb');
  if (scenario === 'file-copy' && p.method !== 'copy_file_range') skip.add('fs');
  // Issue 18: rocketmq-commitlog's two sides read different parameters (a file served, or a peer's bytes).
  if (scenario === 'rocketmq-commitlog') {
    const unused = p.side === 'producer' ? ['cache', 'ra', 'fa', 'sndbuf'] : ['buf', 'mss'];
    for (const name of unused) skip.add(name);
  }
  return SCENARIO_PARAMS[scenario]
    .filter((name) => !skip.has(name))
    .map((name: ParamName) => {
      const v = p[name];
      const text =
        PARAM_SPECS[name].kind === 'choice' || typeof v === 'string' ? `"${String(v)}"` : String(v);
      return `const ${CONSTANT_OF[name]} = ${text};`;
    });
}
