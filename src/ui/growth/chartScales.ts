import { scaleLog, scaleSymlog } from 'd3-scale';

/** The chart's drawing area inside its viewBox (the legend takes the right margin). */
export const CHART = { width: 1000, height: 560, left: 96, right: 320, top: 24, bottom: 64 } as const;

/** A log x axis over the sizes (one point widened to a range around it). */
export function xScale(from: number, to: number) {
  const [lo, hi] = from === to ? [from / 2, to * 2] : [from, to];
  return scaleLog()
    .base(2)
    .domain([lo, hi])
    .range([CHART.left, CHART.width - CHART.right]);
}

/** Powers of two across the x range, at most about nine of them labelled (every 2nd, 4th… power). */
export function xTicks(from: number, to: number): number[] {
  const lo = Math.ceil(Math.log2(Math.max(1, from === to ? from / 2 : from)));
  const hi = Math.floor(Math.log2(from === to ? to * 2 : to));
  const every = Math.max(1, Math.ceil((hi - lo + 1) / 9));
  const out: number[] = [];
  for (let k = lo; k <= hi; k++) if ((k - lo) % every === 0) out.push(2 ** k);
  return out;
}

/**
 * A log y axis over the values; where a value is 0 (no page faults at all, say) a symmetric log axis instead,
 * which is linear near 0 and logarithmic above it, so every point still has a place.
 */
export function yScale(values: readonly number[]) {
  const positive = values.filter((v) => v > 0);
  const max = positive.length > 0 ? Math.max(...positive) : 1;
  const range = [CHART.height - CHART.bottom, CHART.top];
  if (values.some((v) => v <= 0) || positive.length === 0)
    return {
      scale: scaleSymlog()
        .domain([0, max * 1.2])
        .range(range),
      log: false,
    };
  const min = Math.min(...positive);
  const [lo, hi] = min === max ? [min / 2, max * 2] : [min / 1.3, max * 1.3];
  return { scale: scaleLog().domain([lo, hi]).range(range), log: true };
}

/** Powers of ten inside [lo, hi] (with 2× and 5× steps when the range spans fewer than three decades). */
export function yTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  // On the symmetric axis (lo = 0) counts start at 1: there is nothing between 0 and 1 to label.
  const first = lo <= 0 ? 0 : Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(Math.max(hi, 1)));
  const steps = Math.log10(hi / Math.max(lo, 1)) < 3 ? [1, 2, 5] : [1];
  for (let k = first; k <= last; k++)
    for (const m of steps) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) out.push(v);
    }
  if (lo <= 0) out.unshift(0);
  return out;
}
