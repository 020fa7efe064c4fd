import {
  CHECKPOINT_EVERY,
  getMachineAt,
  getStep,
  type MachineState,
  type Step,
  type Trace,
} from '../../sim/index';

export const LANES = ['cpu', 'disk', 'dma', 'nic'] as const;
export type LaneId = (typeof LANES)[number];
/** CPU lane states, in stacking order; device lanes have one state, 0 = busy. */
export const CPU_STATES = ['user', 'kernel', 'irq', 'idle'] as const;
export const LANE_STATES: { readonly [L in LaneId]: number } = { cpu: 4, disk: 1, dma: 1, nic: 1 };

/**
 * A lane segment: state `s` over [t0, t1) ns, for a share `w` of that time (1 when scanned step by step; the
 * measured share in a sampled window otherwise).
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
  /** Share of the steps that were read (1 = all: exact lanes; less: windows whose shares were stretched). */
  readonly coverage: number;
}

/**
 * Steps read per trace (getStep costs 3–10 µs): traces up to this length are scanned exactly; longer ones
 * are sampled in windows of WINDOW steps. The UI runs the scan in short slices (useLanes), never in render.
 */
export const SCAN_BUDGET = 40_960;
/** One checkpoint block: long enough to hold a whole loop period of the canonical programs. */
export const WINDOW = CHECKPOINT_EVERY;

interface ScanState {
  act: number;
  current: number;
  disk: number;
  nic: number;
}

function stateOf(m: MachineState): ScanState {
  return {
    act: m.activity === 'user' && m.ring === 0 ? 1 : CPU_STATES.indexOf(m.activity),
    current: m.current,
    disk: m.inFlight.filter((f) => f.device === 'disk').length,
    nic: m.inFlight.filter((f) => f.device === 'nic').length,
  };
}

/** The CPU activity after a step, mirroring the core's reducer from the step kind alone. */
function advance(st: ScanState, s: Step): void {
  switch (s.kind) {
    case 'syscall.enter':
    case 'entry.detail':
    case 'fault.enter':
    case 'task.exit':
      st.act = 1;
      break;
    case 'syscall.exit':
    case 'user.access':
      st.act = 0;
      break;
    case 'fault.return':
      // a fault taken in kernel mode (inside copy_from_user) returns to the kernel, not to user code
      st.act = s.ring === 3 ? 0 : 1;
      break;
    case 'irq.enter':
      st.act = 2;
      break;
    case 'irq.exit':
      st.act = s.fromUser ? 0 : st.current === 0 ? 3 : 1;
      break;
    case 'sched.switch': {
      const next = s.params.next;
      st.current = next === 'idle' ? 0 : Number(next);
      st.act = st.current === 0 ? 3 : 1;
      break;
    }
    case 'dma.start':
      if (s.device === 'disk') st.disk++;
      else if (s.device === 'nic') st.nic++;
      break;
    case 'dma.done':
      if (s.device === 'disk') st.disk = Math.max(0, st.disk - 1);
      else if (s.device === 'nic') st.nic = Math.max(0, st.nic - 1);
      break;
    default:
      break;
  }
}

function laneStates(st: ScanState): { readonly [L in LaneId]: number } {
  return {
    cpu: st.act,
    disk: st.disk > 0 ? 0 : -1,
    dma: st.disk + st.nic > 0 ? 0 : -1,
    nic: st.nic > 0 ? 0 : -1,
  };
}

/** Steps read between two yields of a lanes job. */
const CHUNK = 1024;

/** Runs steps [from, to) from a known state, emitting exact segments that end at time `until`. */
function* scan(trace: Trace, from: number, to: number, st: ScanState, t0: number, until: number) {
  const out = { cpu: [] as Segment[], disk: [] as Segment[], dma: [] as Segment[], nic: [] as Segment[] };
  let cur = laneStates(st);
  const since = { cpu: t0, disk: t0, dma: t0, nic: t0 };
  const close = (lane: LaneId, t: number) => {
    if (cur[lane] >= 0 && t > since[lane]) out[lane].push({ t0: since[lane], t1: t, s: cur[lane], w: 1 });
    since[lane] = t;
  };
  for (let i = from; i < to; i++) {
    if ((i - from) % CHUNK === CHUNK - 1) yield;
    const s = getStep(trace, i);
    advance(st, s);
    const next = laneStates(st);
    for (const lane of LANES) {
      if (next[lane] !== cur[lane]) close(lane, Math.max(s.t, since[lane]));
    }
    cur = next;
  }
  for (const lane of LANES) close(lane, Math.max(until, since[lane]));
  return out;
}

function* exact(trace: Trace): Generator<void, Lanes> {
  const st = stateOf(getMachineAt(trace, -1));
  const segments = yield* scan(trace, 0, trace.length, st, 0, trace.endTimeNs);
  return { segments, end: trace.endTimeNs, coverage: 1 };
}

/**
 * Windows of WINDOW steps, each starting on a checkpoint (so its starting machine state is a free copy),
 * spread over the trace. Each window's measured shares of time per state stand for the stretch of the
 * trace up to the next window.
 */
function* sampled(trace: Trace): Generator<void, Lanes> {
  const blocks = Math.ceil(trace.length / CHECKPOINT_EVERY);
  const count = Math.max(1, Math.min(blocks, Math.floor(SCAN_BUDGET / WINDOW)));
  // Golden-ratio jitter inside each stride keeps evenly spaced windows from beating against a periodic
  // program (aliasing); deterministic, so the same trace always draws the same lanes.
  const stride = blocks / count;
  const starts = Array.from(
    { length: count },
    (_, j) =>
      Math.min(blocks - 1, Math.floor(j * stride + ((j * 0.6180339887) % 1) * (stride - 1))) *
      CHECKPOINT_EVERY,
  );
  const times = starts.map((st, j) => (j === 0 ? 0 : getStep(trace, st).t));
  const segments = {
    cpu: [] as Segment[],
    disk: [] as Segment[],
    dma: [] as Segment[],
    nic: [] as Segment[],
  };
  for (let j = 0; j < count; j++) {
    const start = starts[j]!;
    const to = Math.min(start + WINDOW, trace.length);
    const tStart = times[j]!;
    const tEnd = to < trace.length ? getStep(trace, to).t : trace.endTimeNs;
    const reach = j + 1 < count ? times[j + 1]! : trace.endTimeNs;
    const st = stateOf(getMachineAt(trace, start - 1));
    const win = yield* scan(trace, start, to, st, tStart, tEnd);
    const span = tEnd - tStart;
    for (const lane of LANES) {
      const share = new Float64Array(LANE_STATES[lane]);
      for (const g of win[lane]) share[g.s] = (share[g.s] ?? 0) + g.t1 - g.t0;
      share.forEach((d, s) => {
        const w = span > 0 ? d / span : 0;
        if (w > 0 && reach > tStart) segments[lane].push({ t0: tStart, t1: reach, s, w });
      });
    }
  }
  const read = starts.reduce((n, st) => n + Math.min(WINDOW, trace.length - st), 0);
  return { segments, end: trace.endTimeNs, coverage: Math.min(read / trace.length, 0.999) };
}

/** The lanes computation as a resumable job: it yields every CHUNK steps read. */
export function lanesJob(trace: Trace): Generator<void, Lanes> {
  return trace.length <= SCAN_BUDGET ? exact(trace) : sampled(trace);
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
