/**
 * The x values of a growth chart: one per power of two across the range (its ends included when they are not
 * powers of two), or `count` values spread evenly on the log axis. Integers, ascending, no repeats. Pure.
 */
export function growthXValues(from: number, to: number, count: number | null): number[] {
  const lo = Math.max(1, Math.min(from, to));
  const hi = Math.max(1, from, to);
  const out = new Set<number>([lo]);
  if (count === null) {
    for (let p = 2 ** Math.ceil(Math.log2(lo)); p < hi; p *= 2) out.add(p);
  } else {
    const steps = Math.max(1, count - 1);
    for (let i = 1; i < steps; i++) out.add(Math.round(lo * (hi / lo) ** (i / steps)));
  }
  out.add(hi);
  return [...out].sort((a, b) => a - b);
}
