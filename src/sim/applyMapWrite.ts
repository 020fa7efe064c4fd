import type { RawStep } from './applyStep';
import type { MachineState, TaskState } from './machineState';
import { addRange } from './machineState';

/**
 * Issue 18's writable shared mapping in the machine: page_mkwrite dirties a page of the written file and
 * finish_fault installs a writable, dirty entry for it (the store that follows sets Accessed). The stores'
 * copy lands in the page cache through applyStep's writeOut. Called by applyStep for S.mapw.mkwrite only.
 */
export function applyMapWriteStep(m: MachineState, t: TaskState | undefined, s: RawStep): void {
  // a: the faulting page's vpn, c: its frame, n: the page size; the VMA gives the file page.
  const page = t?.vma ? s.a - Math.floor(t.vma.addr / s.n) : 0;
  addRange(m.out.cached, page, page);
  addRange(m.out.dirty, page, page);
  if (!t) return;
  // Contiguous entries stay one range, so large mappings stay small.
  const last = t.ptes[t.ptes.length - 1];
  if (last?.writable && last.backing === 'pagecache' && last.vpn + last.count === s.a) {
    t.ptes[t.ptes.length - 1] = { ...last, count: last.count + 1 };
    return;
  }
  t.ptes.push({
    vpn: s.a,
    count: 1,
    pfn: s.c,
    writable: true,
    user: true,
    accessed: true,
    dirty: true,
    backing: 'pagecache',
    page,
  });
}
