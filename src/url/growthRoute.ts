/**
 * Whether a hash is a growth chart's link (`#/growth?…`). Its own small file: the page's entry reads it before
 * anything else loads, and the chart's code loads only when it is true.
 */
export function isGrowthHash(hash: string): boolean {
  return /^#?\/*growth(?:[/?]|$)/.test(String(hash ?? ''));
}
