import { getStep, type Trace } from '../../sim/index';

/**
 * The step closest in simulated time to `t` ns: a binary search over step times (non-decreasing), O(log n)
 * getStep calls. Between two steps, the nearer wins (the earlier on a tie); among steps sharing a time, the
 * first of them when coming from above, the last when coming from below.
 */
export function nearestStep(trace: Trace, t: number): number {
  const n = trace.length;
  if (n === 0) return 0;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (getStep(trace, mid).t < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= n) return n - 1;
  if (lo === 0) return 0;
  const after = getStep(trace, lo).t - t;
  const before = t - getStep(trace, lo - 1).t;
  return before <= after ? lo - 1 : lo;
}
