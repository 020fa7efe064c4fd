import type { PteRange } from './machineState';

type FlagPatch = Partial<Pick<PteRange, 'accessed' | 'dirty'>>;

function slice(r: PteRange, from: number, count: number): PteRange {
  return { ...r, vpn: r.vpn + from, pfn: r.pfn + from, page: r.page + from, count };
}

function sameRun(a: PteRange, b: PteRange): boolean {
  return (
    a.backing === b.backing &&
    a.vpn + a.count === b.vpn &&
    a.pfn + a.count === b.pfn &&
    a.page + a.count === b.page &&
    a.writable === b.writable &&
    a.user === b.user &&
    a.accessed === b.accessed &&
    a.dirty === b.dirty
  );
}

/**
 * Pure: `ptes` with `patch` applied to the entries of `backing` whose page (file page or buffer page) lies in
 * [first, last]. Ranges are split at the edges; page-cache ranges with equal flags are merged again, so a
 * large mapping stays a few ranges. Anonymous entries stay one per page (CoW changes them one by one).
 */
export function markPtePages(
  ptes: readonly PteRange[],
  backing: PteRange['backing'],
  first: number,
  last: number,
  patch: FlagPatch,
): PteRange[] {
  const out: PteRange[] = [];
  for (const r of ptes) {
    const lo = Math.max(first, r.page);
    const hi = Math.min(last, r.page + r.count - 1);
    if (r.backing !== backing || lo > hi) {
      out.push(r);
      continue;
    }
    if (lo > r.page) out.push(slice(r, 0, lo - r.page));
    out.push({ ...slice(r, lo - r.page, hi - lo + 1), ...patch });
    if (hi < r.page + r.count - 1) out.push(slice(r, hi - r.page + 1, r.page + r.count - 1 - hi));
  }
  const merged: PteRange[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && r.backing === 'pagecache' && sameRun(prev, r))
      merged[merged.length - 1] = { ...prev, count: prev.count + r.count };
    else merged.push(r);
  }
  return merged;
}
