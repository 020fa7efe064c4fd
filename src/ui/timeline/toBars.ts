import { LANE_STATES, type LaneId, type Lanes, type Segment } from './buildLanes';

/**
 * A drawn rectangle of a lane: state `s` over [t0, t1) ns, filling the lane's height from fraction f0 to f1
 * (0 = bottom, 1 = top). Exact segments fill the lane; buckets stack each state's share of their time.
 */
export interface Bar {
  readonly t0: number;
  readonly t1: number;
  readonly s: number;
  readonly f0: number;
  readonly f1: number;
}

/** Upper bound on rectangles per lane, whatever the trace length. */
export const MAX_BARS = 2000;
/** Shares are rounded to 1/QUANT of the lane height, so neighbouring buckets that look alike merge. */
const QUANT = 16;

function bucketize(segs: readonly Segment[], states: number, end: number, buckets: number): Bar[] {
  const width = end / buckets;
  const acc = new Float64Array(buckets * states);
  for (const g of segs) {
    const b0 = Math.max(0, Math.floor(g.t0 / width));
    const b1 = Math.min(buckets - 1, Math.floor(g.t1 / width));
    for (let b = b0; b <= b1; b++) {
      const lo = Math.max(g.t0, b * width);
      const hi = Math.min(g.t1, (b + 1) * width);
      if (hi > lo) acc[b * states + g.s] = (acc[b * states + g.s] ?? 0) + (hi - lo) * g.w;
    }
  }
  const q = (b: number, s: number) => Math.round(((acc[b * states + s] ?? 0) / width) * QUANT);
  const same = (a: number, b: number) => {
    for (let s = 0; s < states; s++) if (q(a, s) !== q(b, s)) return false;
    return true;
  };
  const bars: Bar[] = [];
  let start = 0;
  for (let b = 1; b <= buckets; b++) {
    if (b < buckets && same(start, b)) continue;
    let f = 0;
    for (let s = 0; s < states; s++) {
      const h = Math.min(q(start, s) / QUANT, 1 - f);
      if (h > 0) bars.push({ t0: start * width, t1: b * width, s, f0: f, f1: f + h });
      f += h;
    }
    start = b;
  }
  return bars;
}

const cache = new WeakMap<Lanes, Map<string, Bar[]>>();

/**
 * The rectangles of one lane for a plot `px` pixels wide: exact segments when there are few enough, else at
 * most MAX_BARS rectangles from time buckets of about 2 px. Memoised per (lanes, lane, width).
 */
export function toBars(lanes: Lanes, lane: LaneId, px: number): Bar[] {
  let byKey = cache.get(lanes);
  if (!byKey) {
    byKey = new Map();
    cache.set(lanes, byKey);
  }
  const states = LANE_STATES[lane];
  const buckets = Math.max(1, Math.min(Math.floor(MAX_BARS / states), Math.floor(px / 2)));
  const segs = lanes.segments[lane];
  const direct = !lanes.binned && segs.length <= MAX_BARS;
  const key = `${lane}:${direct ? 'all' : buckets}`;
  let bars = byKey.get(key);
  if (!bars) {
    bars = direct
      ? segs.map((g) => ({ t0: g.t0, t1: g.t1, s: g.s, f0: 0, f1: 1 }))
      : bucketize(segs, states, Math.max(lanes.end, 1), buckets);
    byKey.set(key, bars);
  }
  return bars;
}
