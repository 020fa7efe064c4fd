import { getLaneStateAt, scanLanes, type LaneState, type Trace } from '../../sim/index';

export const LANES = ['cpu', 'disk', 'dma', 'nic'] as const;
export type LaneId = (typeof LANES)[number];
/** CPU lane states, in stacking order; device lanes have one state, 0 = busy. */
export const CPU_STATES = ['user', 'kernel', 'irq', 'idle'] as const;
export const LANE_STATES: { readonly [L in LaneId]: number } = { cpu: 4, disk: 1, dma: 1, nic: 1 };

/**
 * A lane segment: state `s` over [t0, t1) ns, for a share `w` of that time (1 for an exact segment; the
 * measured share of a time bin otherwise).
 */
export interface Segment {
  readonly t0: number;
  readonly t1: number;
  readonly s: number;
  readonly w: number;
}

export interface Lanes {
  readonly segments: { readonly [L in LaneId]: Segment[] };
  readonly end: number;
  /**
   * False: one segment per stretch of one state (exact edges). True: the time axis cut into BINS equal bins,
   * one weighted segment per bin and state holding that state's exact share of the bin.
   */
  readonly binned: boolean;
}

/** Traces up to this many steps keep one segment per state change; longer ones are binned (bounded memory). */
export const SEGMENT_STEPS = 40_960;
/** Time bins of a binned trace: finer than any plot's pixels, so drawing loses nothing visible. */
export const BINS = 8192;
/** Steps scanned between two yields of a lanes job (a few milliseconds of work). */
const CHUNK = 16_384;

/** The value each lane shows for a lane state (-1: nothing drawn), written into `out` (called per step). */
function laneValues(st: Readonly<LaneState>, out: { [L in LaneId]: number }): void {
  out.cpu = CPU_STATES.indexOf(st.lane);
  out.disk = st.disk > 0 ? 0 : -1;
  out.dma = st.disk + st.nic > 0 ? 0 : -1;
  out.nic = st.nic > 0 ? 0 : -1;
}

function emptySegments(): { [L in LaneId]: Segment[] } {
  return { cpu: [], disk: [], dma: [], nic: [] };
}

/** Where each lane's stretches of time go: kept as segments, or added into time bins. */
interface Sink {
  add(lane: LaneId, s: number, t0: number, t1: number): void;
  segments(): { readonly [L in LaneId]: Segment[] };
}

function segmentSink(): Sink {
  const out = emptySegments();
  return {
    add: (lane, s, t0, t1) => void out[lane].push({ t0, t1, s, w: 1 }),
    segments: () => out,
  };
}

function binSink(end: number): Sink {
  const width = end / BINS;
  const acc = Object.fromEntries(LANES.map((l) => [l, new Float64Array(BINS * LANE_STATES[l])])) as {
    [L in LaneId]: Float64Array;
  };
  return {
    add(lane, s, t0, t1) {
      const states = LANE_STATES[lane];
      const last = Math.min(BINS - 1, Math.floor(t1 / width));
      for (let b = Math.max(0, Math.floor(t0 / width)); b <= last; b++) {
        const d = Math.min(t1, (b + 1) * width) - Math.max(t0, b * width);
        if (d > 0) acc[lane][b * states + s]! += d;
      }
    },
    segments() {
      const out = emptySegments();
      for (const lane of LANES) {
        const states = LANE_STATES[lane];
        for (let b = 0; b < BINS; b++) {
          for (let s = 0; s < states; s++) {
            const d = acc[lane][b * states + s]!;
            if (d > 0) out[lane].push({ t0: b * width, t1: (b + 1) * width, s, w: d / width });
          }
        }
      }
      return out;
    },
  };
}

/**
 * The lanes computation as a resumable job (it yields every CHUNK steps): every step is read, through the
 * core's own lane scan (the reducer's activity rule), so the lanes are exact at any trace length.
 */
export function* lanesJob(trace: Trace): Generator<void, Lanes> {
  const end = Math.max(trace.endTimeNs, 1);
  const binned = trace.length > SEGMENT_STEPS;
  const sink = binned ? binSink(end) : segmentSink();
  const st = getLaneStateAt(trace, -1);
  const cur = { cpu: -1, disk: -1, dma: -1, nic: -1 };
  const next = { ...cur };
  laneValues(st, cur);
  const since = { cpu: 0, disk: 0, dma: 0, nic: 0 };
  const close = (lane: LaneId, t: number) => {
    if (cur[lane] >= 0 && t > since[lane]) sink.add(lane, cur[lane], since[lane], t);
    since[lane] = t;
  };
  // Runs for every step of the trace: no allocation per step.
  const visit = (t: number, now: Readonly<LaneState>) => {
    laneValues(now, next);
    for (const lane of LANES) {
      if (next[lane] === cur[lane]) continue;
      close(lane, Math.max(t, since[lane]));
      cur[lane] = next[lane];
    }
  };
  for (let from = 0; from < trace.length; from += CHUNK) {
    scanLanes(trace, from, from + CHUNK, st, visit);
    yield;
  }
  for (const lane of LANES) close(lane, Math.max(trace.endTimeNs, since[lane]));
  return { segments: sink.segments(), end: trace.endTimeNs, binned };
}

const cache = new WeakMap<Trace, Lanes>();

/** Lanes already computed for this trace object, if any. */
export function cachedLanes(trace: Trace): Lanes | undefined {
  return cache.get(trace);
}

export function storeLanes(trace: Trace, lanes: Lanes): void {
  cache.set(trace, lanes);
}

/** Lane segments of a trace, computed once per trace object (memoised), synchronously. */
export function buildLanes(trace: Trace): Lanes {
  let lanes = cache.get(trace);
  if (!lanes) {
    const job = lanesJob(trace);
    let r = job.next();
    while (!r.done) r = job.next();
    lanes = r.value;
    cache.set(trace, lanes);
  }
  return lanes;
}
