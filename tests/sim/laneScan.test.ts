import { describe, expect, it } from 'vitest';
import {
  getLaneStateAt,
  getMachineAt,
  scanLanes,
  SCENARIO_IDS,
  simulate,
  type LaneState,
  type Params,
  type ScenarioId,
} from '../../src/sim/index';

const RUNS: [ScenarioId, Partial<Params>][] = [
  ...SCENARIO_IDS.map((id): [ScenarioId, Partial<Params>] => [id, {}]),
  ['read-write', { file: 100000, cache: 'cold', loop: 'eof' }],
  ['mmap-write', { file: 300000, arch: 'i386' }],
  ['splice', { file: 100000, sg: 'off' }],
  ['cow-fork', { pages: 3 }],
];

/** The lane state as the machine itself says after step i. */
function fromMachine(trace: ReturnType<typeof simulate>, i: number): LaneState {
  const m = getMachineAt(trace, i);
  return {
    activity: m.activity,
    current: m.current,
    disk: m.inFlight.filter((f) => f.device === 'disk').length,
    nic: m.inFlight.filter((f) => f.device === 'nic').length,
  };
}

describe('scanLanes', () => {
  it.each(
    RUNS.map(([id, p]): [string, ScenarioId, Partial<Params>] => [`${id} ${JSON.stringify(p)}`, id, p]),
  )('%s: after every step, the scan agrees with the machine state (the reducer)', (_name, id, params) => {
    const trace = simulate(id, params);
    const st = getLaneStateAt(trace, -1);
    const seen: LaneState[] = [];
    const times: number[] = [];
    scanLanes(trace, 0, trace.length, st, (t, now) => {
      seen.push({ ...now });
      times.push(t);
    });
    expect(seen).toHaveLength(trace.length);
    for (let i = 0; i < trace.length; i++) expect(seen[i], `step ${i}`).toEqual(fromMachine(trace, i));
    // Times never go backwards.
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
  });

  it('resumes in chunks: scanning [0, k) then [k, n) equals one pass', () => {
    const trace = simulate('read-write', { file: 100000 });
    const k = Math.floor(trace.length / 3);
    const st = getLaneStateAt(trace, -1);
    scanLanes(trace, 0, k, st, () => {});
    expect(st).toEqual(getLaneStateAt(trace, k - 1));
    scanLanes(trace, k, trace.length, st, () => {});
    expect(st).toEqual(getLaneStateAt(trace, trace.length - 1));
  });
});
