import { describe, expect, it } from 'vitest';
import { getMachineAt, getStep, simulate, type Trace } from '../../../src/sim/index';
import {
  BINS,
  buildLanes,
  CPU_STATES,
  LANES,
  SEGMENT_STEPS,
  type Lanes,
  type Segment,
} from '../../../src/ui/timeline/buildLanes';
import { nearestStep } from '../../../src/ui/timeline/nearestStep';
import { formatTime, unitFor } from '../../../src/ui/timeline/timeFormat';
import { MAX_BARS, toBars } from '../../../src/ui/timeline/toBars';

function stepOf(trace: Trace, kind: string, from = 0): number {
  for (let i = from; i < trace.length; i++) if (getStep(trace, i).kind === kind) return i;
  throw new Error(`no ${kind}`);
}

const covering = (segs: Segment[], t: number) => segs.filter((g) => g.t0 <= t && t < g.t1);

/** Time (ns) each state of a lane covers, from its segments and their weights. */
function timePerState(lanes: Lanes, lane: (typeof LANES)[number]): number[] {
  const out: number[] = [];
  for (const g of lanes.segments[lane]) out[g.s] = (out[g.s] ?? 0) + (g.t1 - g.t0) * g.w;
  return Array.from(out, (d) => d ?? 0);
}

/** Independent exact lanes: a stretch per state, from getStep and getMachineAt at every state change. */
function exactLanes(trace: Trace): Lanes {
  const segments = {
    cpu: [] as Segment[],
    disk: [] as Segment[],
    dma: [] as Segment[],
    nic: [] as Segment[],
  };
  // The CPU lane shows ring 3 after the program's last call as idle (the devices drain; CPU time agrees).
  const USER = CPU_STATES.indexOf('user');
  const IDLE = CPU_STATES.indexOf('idle');
  const valueAt = (i: number, t: number) => {
    const m = getMachineAt(trace, i);
    const disk = m.inFlight.filter((f) => f.device === 'disk').length;
    const nic = m.inFlight.filter((f) => f.device === 'nic').length;
    const cpu = CPU_STATES.indexOf(m.activity);
    return {
      cpu: cpu === USER && t >= trace.programEndNs ? IDLE : cpu,
      disk: disk > 0 ? 0 : -1,
      dma: disk + nic > 0 ? 0 : -1,
      nic: nic > 0 ? 0 : -1,
    };
  };
  let cur = valueAt(-1, 0);
  const since = { cpu: 0, disk: 0, dma: 0, nic: 0 };
  const close = (lane: (typeof LANES)[number], t: number) => {
    if (cur[lane] >= 0 && t > since[lane])
      segments[lane].push({ t0: since[lane], t1: t, s: cur[lane], w: 1 });
    since[lane] = t;
  };
  for (let i = 0; i < trace.length; i++) {
    const t = getStep(trace, i).t;
    const next = valueAt(i, t);
    if (cur.cpu === USER && t > trace.programEndNs) {
      close('cpu', trace.programEndNs);
      cur = { ...cur, cpu: IDLE };
    }
    for (const lane of LANES) if (next[lane] !== cur[lane]) close(lane, Math.max(t, since[lane]));
    cur = next;
  }
  for (const lane of LANES) close(lane, Math.max(trace.endTimeNs, since[lane]));
  return { segments, end: trace.endTimeNs, binned: false };
}

describe('buildLanes', () => {
  it('shows the disk busy from dma.start to dma.done, and the CPU idle meanwhile', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const lanes = buildLanes(t);
    const start = getStep(t, stepOf(t, 'dma.start')).t;
    const done = getStep(t, stepOf(t, 'dma.done')).t;
    expect(lanes.binned).toBe(false);
    expect(lanes.segments.disk[0]).toMatchObject({ t0: start, t1: done, s: 0, w: 1 });
    const mid = (start + done) / 2;
    expect(covering(lanes.segments.cpu, mid).map((g) => CPU_STATES[g.s])).toEqual(['idle']);
    expect(covering(lanes.segments.dma, mid)).toHaveLength(1);
    expect(covering(lanes.segments.nic, mid)).toHaveLength(0);
  });

  it('marks user, kernel and IRQ time on the CPU lane', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const { cpu } = buildLanes(t).segments;
    const states = new Set(cpu.map((g) => CPU_STATES[g.s]));
    expect(states).toEqual(new Set(['user', 'kernel', 'irq', 'idle']));
    const irq = getStep(t, stepOf(t, 'irq.enter')).t;
    expect(covering(cpu, irq).map((g) => CPU_STATES[g.s])).toEqual(['irq']);
    // segments tile time without overlap
    for (let k = 1; k < cpu.length; k++) expect(cpu[k]!.t0).toBeGreaterThanOrEqual(cpu[k - 1]!.t1);
  });

  it('counts a fault taken inside write() as kernel time (mmap-write)', () => {
    const t = simulate('mmap-write', { file: 20000 });
    const ret = getStep(t, stepOf(t, 'fault.return'));
    expect(ret.ring).toBe(0);
    expect(covering(buildLanes(t).segments.cpu, ret.t).map((g) => CPU_STATES[g.s])).toEqual(['kernel']);
  });

  it('is computed once per trace', () => {
    const t = simulate('sendfile', {});
    expect(buildLanes(t)).toBe(buildLanes(t));
  });

  it('bins a long trace: every step read, each state’s share of time exact, every lane under the rect budget', () => {
    const t = simulate('read-write', { file: 16 * 2 ** 20 });
    expect(t.length).toBeGreaterThan(SEGMENT_STEPS);
    const lanes = buildLanes(t);
    expect(lanes.binned).toBe(true);
    // The same trace's exact segments (what a short trace keeps) give the same time per state.
    const exact = exactLanes(t);
    for (const lane of LANES) {
      const binnedTime = timePerState(lanes, lane);
      const exactTime = timePerState(exact, lane);
      expect(binnedTime.length).toBe(exactTime.length);
      binnedTime.forEach((d, s) => expect(d).toBeCloseTo(exactTime[s]!, -1));
      expect(lanes.segments[lane].length).toBeLessThanOrEqual(BINS * CPU_STATES.length);
      // And each bin holds what the exact stretches put in it (checked on every 97th bin).
      const width = lanes.end / BINS;
      for (let b = 0; b < BINS; b += 97) {
        const [lo, hi] = [b * width, (b + 1) * width];
        const share = (segs: Segment[], s: number) =>
          segs
            .filter((g) => g.s === s)
            .reduce((d, g) => d + Math.max(0, Math.min(hi, g.t1) - Math.max(lo, g.t0)) * g.w, 0);
        for (let s = 0; s < exactTime.length; s++)
          expect(share(lanes.segments[lane], s)).toBeCloseTo(share(exact.segments[lane], s), 3);
      }
      const bars = toBars(lanes, lane, 1800);
      expect(bars.length).toBeGreaterThan(0);
      expect(bars.length).toBeLessThanOrEqual(MAX_BARS);
      for (const b of bars) expect(b.f1).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('paints the drain after the program’s last call as idle and interrupts, never as user time', () => {
    const t = simulate('read-write', { file: 8192, cache: 'warm' });
    const lanes = buildLanes(t);
    const user = CPU_STATES.indexOf('user');
    const drain = lanes.segments.cpu.filter((g) => g.t1 > t.programEndNs);
    expect(drain.map((g) => CPU_STATES[g.s])).toContain('idle');
    expect(drain.map((g) => CPU_STATES[g.s])).toContain('irq');
    for (const g of drain) if (g.s === user) expect(g.t1).toBe(t.programEndNs);
    for (const g of lanes.segments.cpu.filter((x) => x.t0 >= t.programEndNs)) expect(g.s).not.toBe(user);
    // The lane's user time is the counters' user CPU time.
    const userTime = lanes.segments.cpu.filter((g) => g.s === user).reduce((d, g) => d + g.t1 - g.t0, 0);
    expect(userTime).toBeCloseTo(t.totals.cpuBusyNsBy.user, 3);
  });

  it('downsamples exact lanes with too many segments', () => {
    const t = simulate('read-write', { file: 4 * 2 ** 20, cache: 'warm' });
    const lanes = buildLanes(t);
    expect(lanes.binned).toBe(false);
    expect(lanes.segments.cpu.length).toBeGreaterThan(MAX_BARS);
    const bars = toBars(lanes, 'cpu', 1200);
    expect(bars.length).toBeLessThanOrEqual(MAX_BARS);
    expect(toBars(lanes, 'cpu', 1200)).toBe(bars);
  });
});

describe('nearestStep', () => {
  const t = simulate('read-write', { file: 10000, cache: 'cold' });
  const time = (i: number) => getStep(t, i).t;

  it('finds the step at an exact time and the nearer of two neighbours', () => {
    const i = stepOf(t, 'dma.done');
    expect(time(nearestStep(t, time(i)))).toBe(time(i));
    const a = time(i - 1);
    const b = time(i);
    expect(nearestStep(t, a + (b - a) * 0.4)).toBe(i - 1);
    expect(nearestStep(t, a + (b - a) * 0.6)).toBe(i);
  });

  it('clamps before the first and after the last step', () => {
    expect(nearestStep(t, -100)).toBe(0);
    expect(nearestStep(t, t.endTimeNs * 2)).toBe(t.length - 1);
  });
});

describe('time format', () => {
  it('picks a unit from the trace length and keeps labels short', () => {
    expect(formatTime(270, unitFor(270))).toBe('270 ns');
    expect(formatTime(87656, unitFor(100935))).toBe('87.66 µs');
    expect(formatTime(1.193e9, unitFor(1.6e9))).toBe('1193 ms');
    expect(unitFor(2e10).name).toBe('s');
  });
});
