import { describe, expect, it } from 'vitest';
import {
  getCountersAt,
  getLaneStateAt,
  scanLanes,
  SCENARIO_IDS,
  simulate,
  type Params,
  type ScenarioId,
  type Trace,
} from '../../src/sim/index';

const RUNS: [ScenarioId, Partial<Params>][] = [
  ...SCENARIO_IDS.map((id): [ScenarioId, Partial<Params>] => [id, {}]),
  ['read-write', { file: 100000, cache: 'cold', loop: 'eof' }],
  ['read-write', { file: 1 << 20, cache: 'warm', sndbuf: 16384 }],
  ['mmap-write', { file: 300000, arch: 'i386' }],
  ['sendfile', { file: 1 << 20, cache: 'warm', preset: 'loopback' }],
  ['splice', { file: 100000, sg: 'off', preset: 'hdd-1gbe' }],
  ['cow-fork', { pages: 3 }],
];

/**
 * The timeline's CPU lane summed, independently of the counters: every stretch between two visits of the lane
 * scan goes to what the CPU lane shows (user time after the program's last call is idle there too).
 */
function laneSums(trace: Trace): { user: number; kernel: number; irq: number } {
  const sums = { user: 0, kernel: 0, irq: 0, idle: 0 };
  const st = getLaneStateAt(trace, -1);
  let since = 0;
  let lane = st.lane;
  const add = (until: number) => {
    if (until > since) sums[lane] += until - since;
    since = until;
  };
  scanLanes(trace, 0, trace.length, st, (t, now) => {
    add(t);
    lane = now.lane;
  });
  add(trace.endTimeNs);
  return { user: sums.user, kernel: sums.kernel, irq: sums.irq };
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);

describe('CPU time (cpuBusyNs)', () => {
  it.each(
    RUNS.map(([id, p]): [string, ScenarioId, Partial<Params>] => [`${id} ${JSON.stringify(p)}`, id, p]),
  )('%s: equals the timeline lanes summed, and user + kernel + irq', (_name, id, params) => {
    const trace = simulate(id, params);
    const { cpuBusyNs, cpuBusyNsBy } = trace.totals;
    const lanes = laneSums(trace);
    close(cpuBusyNsBy.user, lanes.user);
    close(cpuBusyNsBy.kernel, lanes.kernel);
    close(cpuBusyNsBy.irq, lanes.irq);
    close(cpuBusyNs, cpuBusyNsBy.user + cpuBusyNsBy.kernel + cpuBusyNsBy.irq);
    // cpuBusyNs is rounded to ps; simTimeNs is not.
    expect(cpuBusyNs).toBeLessThanOrEqual(trace.totals.simTimeNs + 0.001);
    expect(trace.programEndNs).toBeLessThanOrEqual(trace.endTimeNs);
  });

  it('getCountersAt replays it from checkpoints: never decreasing, never above the elapsed time, the totals at the end', () => {
    const trace = simulate('read-write', { file: 300000, cache: 'cold' });
    let prev = -1;
    for (let i = -1; i < trace.length; i += 7) {
      const c = getCountersAt(trace, i);
      expect(c.cpuBusyNs).toBeGreaterThanOrEqual(prev);
      expect(c.cpuBusyNs).toBeLessThanOrEqual(c.simTimeNs + 1e-6);
      prev = c.cpuBusyNs;
    }
    expect(getCountersAt(trace, trace.length - 1)).toEqual(trace.totals);
    // A step in the middle of a checkpoint interval: replayed, not read from the totals.
    const mid = getCountersAt(trace, trace.length - 3);
    expect(mid.cpuBusyNs).toBeLessThanOrEqual(trace.totals.cpuBusyNs);
  });

  it('counts nothing for the program after its last call: the send queue drains while the CPU idles', () => {
    // Warm read-write, 2 chunks: the program's user time is only the sysret after each of its 4 calls.
    const trace = simulate('read-write', { file: 8192, cache: 'warm' });
    expect(trace.totals.cpuBusyNsBy.user).toBe(4 * trace.cost.sysret);
    // The drain (TX completions, ACKs) takes most of the run, and only its interrupt handlers are busy.
    expect(trace.endTimeNs - trace.programEndNs).toBeGreaterThan(trace.totals.simTimeNs / 2);
    expect(trace.totals.cpuBusyNs).toBeLessThan(trace.totals.simTimeNs / 2);
  });

  it('is the CPU that waits for the disk: a cold run is idle while the disk works', () => {
    const cold = simulate('sendfile', { file: 1 << 20, cache: 'cold' }).totals;
    const warm = simulate('sendfile', { file: 1 << 20, cache: 'warm' }).totals;
    expect(cold.simTimeNs).toBeGreaterThan(warm.simTimeNs);
    // Disk waits add elapsed time but little CPU time (the completion interrupts and the context switches).
    expect(cold.simTimeNs - warm.simTimeNs).toBeGreaterThan(5 * (cold.cpuBusyNs - warm.cpuBusyNs));
  });
});
