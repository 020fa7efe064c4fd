import { DIRECT_MAP_BASE } from './addressSpaceLayout';
import type { MachineState, PageSpan, TaskState } from './machineState';
import type { Params } from './params';

/** What one page-table entry says about an address, as the MMU reads it. */
export interface PteLookup {
  readonly present: boolean;
  readonly writable: boolean;
  readonly user: boolean;
  readonly accessed: boolean;
  readonly dirty: boolean;
  /** Frame number, when known. */
  readonly pfn: number | null;
  readonly backing: 'pagecache' | 'anon' | 'kernel' | null;
}

/** No entry: the access faults (not present). */
export const NO_PTE: PteLookup = Object.freeze({
  present: false,
  writable: false,
  user: true,
  accessed: false,
  dirty: false,
  pfn: null,
  backing: null,
});

/** The virtual address of model page `vpn`: PTE ranges count in pages of the run's `page` size. */
export function pageAddress(vpn: number, page: number): bigint {
  return BigInt(vpn) * BigInt(page);
}

/** The entry that maps user address `addr` in `task`'s page tables (pages of `page` bytes), or NO_PTE. */
export function lookupUserPte(task: TaskState | undefined, addr: bigint, page: number): PteLookup {
  const vpn = Number(addr / BigInt(page));
  const r = task?.ptes.find((p) => vpn >= p.vpn && vpn < p.vpn + p.count);
  if (!r) return NO_PTE;
  return {
    present: true,
    writable: r.writable,
    user: r.user,
    accessed: r.accessed,
    dirty: r.dirty,
    pfn: r.pfn + (vpn - r.vpn),
    backing: r.backing,
  };
}

/**
 * The kernel half's entry for `addr`: the same in every process, supervisor-only (_PAGE_USER clear),
 * PAGE_KERNEL (writable, Accessed and Dirty set). In the direct map the frame is (addr − base) / 4 KiB.
 */
export function kernelPte(arch: Params['arch'], addr: bigint, inDirectMap: boolean): PteLookup {
  const pfn = inDirectMap ? Number((addr - DIRECT_MAP_BASE[arch]) >> 12n) : null;
  return { present: true, writable: true, user: false, accessed: true, dirty: true, pfn, backing: 'kernel' };
}

/** The MMU's verdict on an access. */
export type AccessVerdict = 'ok' | 'non-canonical' | 'not-present' | 'us-failed' | 'write-protected';

/**
 * Checks an access in the order x86 does: a non-canonical address faults (#GP) before any walk, then the
 * present bit, then the U/S bit for a ring-3 access, then R/W for a write (#PF error code bits 0–2).
 */
export function checkAccess(
  canonical: boolean,
  pte: PteLookup,
  access: { readonly fromUser: boolean; readonly write: boolean },
): AccessVerdict {
  if (!canonical) return 'non-canonical';
  if (!pte.present) return 'not-present';
  if (access.fromUser && !pte.user) return 'us-failed';
  if (access.write && !pte.writable) return 'write-protected';
  return 'ok';
}

/**
 * A cached file page's reference count: the page cache's own reference, one per process whose PTEs map it,
 * and one per skb fragment or pipe buffer that holds it (each took get_page).
 */
export function pageCacheRefcount(m: MachineState, page: number): number {
  const mappers = m.tasks.filter((t) =>
    t.ptes.some((p) => p.backing === 'pagecache' && page >= p.page && page < p.page + p.count),
  ).length;
  const refs = (spans: readonly PageSpan[]) =>
    spans.filter((s) => s.ref && s.first <= page && page <= s.last).length;
  return 1 + mappers + refs(m.skb) + refs(m.pipe);
}
