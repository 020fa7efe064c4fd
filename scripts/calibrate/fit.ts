// The fitting half of `npm run calibrate`: finds the few cost-model parameters that decide a warm loopback
// transfer (per system call, per copied byte, per page reference, per skb, per page fault) by least squares
// against the measured elapsed times, then the disk's bandwidth from the cold runs.
import { simulate, type CostModel, type Params, type ScenarioId } from '../../src/sim/index';
import type { Measurement, Measurements, Method } from './measure';

export const SCENARIO_OF: { readonly [M in Method]: ScenarioId } = {
  rw: 'read-write',
  mmap: 'mmap-write',
  sendfile: 'sendfile',
  splice: 'splice',
};

/** The loopback preset's wire (none) and its starting CPU costs: each group below scales a few of them. */
export const LOOPBACK_WIRE: Partial<CostModel> = { nicLatency: 0, nicBytesPerNs: 100, rtt: 2000 };

interface Group {
  readonly name: string;
  /** The costs the group scales, at scale 1. */
  readonly base: Partial<CostModel>;
}

export const GROUPS: readonly Group[] = [
  { name: 'per system call', base: { syscallEntry: 50, sysret: 50, syscallWork: 250 } },
  { name: 'per copied byte', base: { copyPerByte: 0.1, copyBase: 20 } },
  { name: 'per page reference', base: { refMove: 60 } },
  {
    name: 'per skb (transmit, completion, ACK)',
    base: { dmaSetup: 300, irqEntry: 150, irqExit: 50, ackWork: 300 },
  },
  { name: 'per page fault', base: { faultEntry: 500, faultReturn: 100, pteUpdate: 50 } },
];

const ZERO: Partial<CostModel> = Object.fromEntries(
  GROUPS.flatMap((g) => Object.keys(g.base)).map((k) => [k, 0]),
) as Partial<CostModel>;

/** The simulator's parameters for a measured point: warm or cold, 4 KiB chunks, loopback wire. */
export function paramsOf(p: Pick<Measurement, 'cache' | 'size' | 'buf'>): Partial<Params> {
  return { file: p.size, buf: p.buf, cache: p.cache, preset: 'loopback' };
}

/** The costs of the loopback preset with the groups at the given scales. */
export function costsAt(scales: readonly number[]): Partial<CostModel> {
  const out: Record<string, number> = { ...LOOPBACK_WIRE } as Record<string, number>;
  GROUPS.forEach((g, i) => {
    for (const [k, v] of Object.entries(g.base)) out[k] = round(v * scales[i]!);
  });
  return out as Partial<CostModel>;
}

const round = (x: number): number => Number(x.toPrecision(3));

/**
 * The CPU time each group contributes at scale 1, for a method at `size` (simulated small, scaled up), and
 * last the time of everything the groups leave alone (the other costs), which no scale multiplies.
 */
function columns(method: Method, size: number): number[] {
  const small = Math.min(size, 8 * 1024 * 1024);
  const busy = (cost: Partial<CostModel>) =>
    (simulate(SCENARIO_OF[method], paramsOf({ cache: 'warm', size: small, buf: 4096 }), { cost }).totals
      .cpuBusyNs *
      size) /
    small;
  const rest = busy({ ...ZERO, ...LOOPBACK_WIRE });
  return [...GROUPS.map((g) => busy({ ...ZERO, ...LOOPBACK_WIRE, ...g.base }) - rest), rest];
}

/** Solves the normal equations (A^T W A) x = A^T W b by Gaussian elimination (n is 5). */
function leastSquares(rows: readonly number[][], b: readonly number[], w: readonly number[]): number[] {
  const n = rows[0]!.length;
  const m = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  rows.forEach((r, k) => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) m[i]![j]! += w[k]! * r[i]! * r[j]!;
      m[i]![n]! += w[k]! * r[i]! * b[k]!;
    }
  });
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-30) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-30 ? 0 : row[n]! / row[i]!));
}

/**
 * How much each method's points count. The model's sendfile moves its page references in one step per
 * 64 KiB round, where Linux's goes through an internal pipe as splice does, so one refMove cannot fit both:
 * read+write against sendfile (the comparison the presets are for) is fitted, and splice is only compared.
 */
const WEIGHT: { readonly [M in Method]: number } = { rw: 1, sendfile: 1, mmap: 1, splice: 0 };

export interface Fit {
  readonly scales: readonly number[];
  readonly costs: Partial<CostModel>;
}

const SYSCALL = 0;
const COPY = 1;

/** Sum of a group's base costs that one system call (entry, work, return) or one 4 KiB copy is charged. */
const perSyscall = (g: Group): number =>
  (g.base.syscallEntry ?? 0) + (g.base.sysret ?? 0) + (g.base.syscallWork ?? 0);
const per4k = (g: Group): number => (g.base.copyBase ?? 0) + (g.base.copyPerByte ?? 0) * 4096;

/**
 * Every warm transfer costs in proportion to its size, so the methods alone cannot tell a system call from
 * a copied byte. Those two come from the machine's own micro-measurements (a getppid() round trip, a 4 KiB
 * memcpy); the rest — per skb, per page reference, per page fault — by non-negative least squares on
 * relative error (each point weighs the same, small files as much as large): a group that comes out
 * negative is held at a small floor and the rest refitted.
 */
export function fitWarm(m: Measurements): Fit {
  const warm = m.points.filter((p) => p.cache === 'warm');
  const cols = warm.map((p) => columns(p.method, p.size));
  // The time no group scales is not fitted: it is taken off the measurement first.
  const b = warm.map((p, k) => p.elapsedNs - cols[k]![GROUPS.length]!);
  const w = warm.map((p) => WEIGHT[p.method] / (p.elapsedNs * p.elapsedNs));
  const fixed = new Map<number, number>([
    [SYSCALL, m.syscallNs / perSyscall(GROUPS[SYSCALL]!)],
    [COPY, m.memcpy4kNs / per4k(GROUPS[COPY]!)],
  ]);
  for (;;) {
    const free = GROUPS.map((_, i) => i).filter((i) => !fixed.has(i));
    const rest = b.map((v, k) => v - [...fixed].reduce((s, [i, x]) => s + x * cols[k]![i]!, 0));
    const x = leastSquares(
      cols.map((r) => free.map((i) => r[i]!)),
      rest,
      w,
    );
    const neg = x.findIndex((v) => v < 0.05);
    if (neg < 0) {
      const scales = GROUPS.map((_, i) => fixed.get(i) ?? x[free.indexOf(i)]!);
      return { scales, costs: costsAt(scales) };
    }
    fixed.set(free[neg]!, 0.05);
  }
}

/**
 * The disk. Linux's readahead reads ahead asynchronously, so the disk works while the CPU copies; the model's
 * reads block. So the disk is fitted as an effective one: its shape from the machine's own measurements
 * (latency of a cold 4 KiB read, bandwidth of O_DIRECT streaming), both scaled by one factor, found by least
 * squares, so that the model's cold runs take the extra time the measured cold runs take over warm ones.
 */
export function fitDisk(m: Measurements, warmCosts: Partial<CostModel>): Partial<CostModel> {
  const shape = { diskLatency: m.diskProbeNs, diskBytesPerNs: m.diskBytesPerNs };
  let num = 0;
  let den = 0;
  for (const p of m.points.filter((q) => q.cache === 'cold')) {
    const warm = m.points.find((q) => q.cache === 'warm' && q.method === p.method && q.size === p.size);
    if (!warm) continue;
    const small = Math.min(p.size, 8 * 1024 * 1024);
    const t = simulate(SCENARIO_OF[p.method], paramsOf({ ...p, size: small }), { cost: warmCosts });
    const requests = (t.totals.diskRequests * p.size) / small;
    // What the model's disk adds at scale 1: per request its latency plus the request's bytes.
    const model = requests * shape.diskLatency + p.size / shape.diskBytesPerNs;
    const extra = p.elapsedNs - warm.elapsedNs;
    // Relative least squares through the origin: extra ≈ k × model.
    num += extra / model;
    den += 1;
  }
  const k = den > 0 ? Math.max(num / den, 1e-3) : 1;
  return { diskLatency: round(shape.diskLatency * k), diskBytesPerNs: round(shape.diskBytesPerNs / k) };
}
