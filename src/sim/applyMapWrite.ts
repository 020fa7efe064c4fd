import type { RawStep } from './applyStep';
import type { MachineState, TaskState } from './machineState';
import { addRange } from './machineState';
import { markPtePages } from './pteFlags';
import { S } from './sites';

/**
 * Issue 18's writable shared mapping in the machine: page_mkwrite dirties a page of the written file and
 * installs a writable, dirty PTE for it; the stores through the mapping (a user-mode copy) set Accessed and
 * Dirty. Called by applyStep for these sites only.
 */
export function applyMapWriteStep(m: MachineState, t: TaskState | undefined, s: RawStep): void {
  if (s.site === S.mapw.mkwrite) {
    // a: the faulting page's vpn, c: its frame, n: the page size; the VMA gives the file page.
    const filePage = t?.vma ? s.a - Math.floor(t.vma.addr / s.n) : 0;
    addRange(m.out.cached, filePage, filePage);
    addRange(m.out.dirty, filePage, filePage);
    if (t) addSharedPte(t, s.a, s.c, filePage);
    return;
  }
  // The copy's bytes land in the written file's pages (applyStep's writeOut, as for any copy into the page
  // cache); here the MMU marks the entries it stored through.
  if (s.site === S.mapw.copy && t) {
    t.ptes = markPtePages(t.ptes, 'pagecache', s.a, s.b, { accessed: true, dirty: true });
  }
}

/** finish_fault: a writable, dirty entry; contiguous entries stay one range, so large mappings stay small. */
function addSharedPte(t: TaskState, vpn: number, pfn: number, page: number): void {
  const last = t.ptes[t.ptes.length - 1];
  if (
    last &&
    last.backing === 'pagecache' &&
    last.writable &&
    last.vpn + last.count === vpn &&
    last.pfn + last.count === pfn
  ) {
    t.ptes[t.ptes.length - 1] = { ...last, count: last.count + 1 };
    return;
  }
  const pte = { vpn, count: 1, pfn, writable: true, user: true, accessed: true, dirty: true };
  t.ptes.push({ ...pte, backing: 'pagecache', page });
}
