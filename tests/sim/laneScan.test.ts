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

/**
 * The lane state as the machine itself says after step i; the CPU lane shows ring 3 after the program's last
 * call as idle.
 */
function fromMachine(trace: ReturnType<typeof simulate>, i: number, t: number): LaneState {
  const m = getMachineAt(trace, i);
  return {
    activity: m.activity,
    lane: m.activity === 'user' && t >= trace.programEndNs ? 'idle' : m.activity,
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
    scanLanes(trace, 0, trace.length, st, (t, now, atStep) => {
      if (!atStep) return;
      seen.push({ ...now });
      times.push(t);
    });
    expect(seen).toHaveLength(trace.length);
    for (let i = 0; i < trace.length; i++)
      expect(seen[i], `step ${i}`).toEqual(fromMachine(trace, i, times[i]!));
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

  it('shows the drain after the program’s last call as idle, not user time (issue 15)', () => {
    // Warm read-write of 2 chunks: the program returns from its last write long before the send queue drains.
    const trace = simulate('read-write', { file: 8192, cache: 'warm' });
    expect(trace.programEndNs).toBeLessThan(trace.endTimeNs);
    const st = getLaneStateAt(trace, -1);
    const visits: { t: number; lane: string; activity: string; atStep: boolean }[] = [];
    scanLanes(trace, 0, trace.length, st, (t, now, atStep) =>
      visits.push({ t, lane: now.lane, activity: now.activity, atStep }),
    );
    // The lane turns idle exactly when the last call has returned, though the machine is still in ring 3.
    const turn = visits.find((v) => !v.atStep)!;
    expect(turn).toMatchObject({ t: trace.programEndNs, lane: 'idle', activity: 'user' });
    const after = visits.filter((v) => v.t >= trace.programEndNs);
    expect(after.some((v) => v.activity === 'user')).toBe(true);
    expect(after.some((v) => v.lane === 'irq')).toBe(true);
    expect(after.every((v) => v.lane !== 'user')).toBe(true);
    // Before it the lane is the machine's activity.
    for (const v of visits.filter((x) => x.t < trace.programEndNs)) expect(v.lane).toBe(v.activity);
  });
});
