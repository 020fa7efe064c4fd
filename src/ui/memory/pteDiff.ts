import type { MachineState, PteRange } from '../../sim/index';

/** One page's entry, expanded from a PteRange. */
export interface PteEntry {
  readonly vpn: number;
  readonly pfn: number;
  readonly writable: boolean;
  readonly user: boolean;
  readonly accessed: boolean;
  readonly dirty: boolean;
  readonly backing: PteRange['backing'];
  readonly page: number;
}

/** Entries listed per range at most: views summarise the rest, and large mappings stay cheap. */
export const MAX_ENTRIES_PER_RANGE = 64;

/** The first entries of each range, one per page. */
export function expandPtes(ptes: readonly PteRange[], limit = MAX_ENTRIES_PER_RANGE): PteEntry[] {
  return ptes.flatMap((p) =>
    Array.from({ length: Math.min(p.count, limit) }, (_, k) => ({
      vpn: p.vpn + k,
      pfn: p.pfn + k,
      writable: p.writable,
      user: p.user,
      accessed: p.accessed,
      dirty: p.dirty,
      backing: p.backing,
      page: p.page + k,
    })),
  );
}

/** How a page's entry changed from the previous step to this one. */
export type PteChange = 'added' | 'changed' | 'removed';

function same(a: PteEntry, b: PteEntry): boolean {
  return (
    a.pfn === b.pfn &&
    a.writable === b.writable &&
    a.user === b.user &&
    a.accessed === b.accessed &&
    a.dirty === b.dirty
  );
}

/**
 * Per process, the entries the step changed: compared with the machine one step earlier (both from the
 * trace's own replay). `removed` keeps the old entry so a view can show what munmap or exit cleared.
 */
export function diffPtes(
  before: MachineState,
  after: MachineState,
): Map<number, { changes: Map<number, PteChange>; removed: PteEntry[] }> {
  const out = new Map<number, { changes: Map<number, PteChange>; removed: PteEntry[] }>();
  for (const t of after.tasks) {
    const old = new Map(
      expandPtes(before.tasks.find((x) => x.pid === t.pid)?.ptes ?? []).map((e) => [e.vpn, e]),
    );
    const changes = new Map<number, PteChange>();
    for (const e of expandPtes(t.ptes)) {
      const o = old.get(e.vpn);
      if (!o) changes.set(e.vpn, 'added');
      else if (!same(o, e)) changes.set(e.vpn, 'changed');
      old.delete(e.vpn);
    }
    const removed = [...old.values()];
    for (const e of removed) changes.set(e.vpn, 'removed');
    out.set(t.pid, { changes, removed });
  }
  return out;
}
