import { F } from '../counters';
import { S } from '../sites';
import { LAYOUTS } from './addressSpace';
import { pagecachePfn } from './devices';
import { ENOMEM, ensureCached, sysWriteSocket } from './fileIo';
import { linuxReadAround } from './linuxRead';
import type { Kernel } from './kernel';

/** Page-fault error codes (arch/x86/include/asm/trap_pf.h): P=1, W=2, U=4. */
export const PF = {
  kernelReadNotPresent: 0x0,
  userWriteProtect: 0x7,
  userReadProtect: 0x5,
  userReadNotPresent: 0x4,
  userWriteNotPresent: 0x6,
} as const;

/** /proc/sys/vm/mmap_min_addr's default: nothing is ever mapped below it, so NULL dereferences fault. */
export const MMAP_MIN_ADDR = 65536;

/**
 * A ring-3 access the user half does not allow: at `addr` there is no VMA (`noVma`, SEGV_MAPERR), or the
 * VMA forbids the access (a store to a PROT_READ mapping, SEGV_ACCERR; `present`: its page is mapped).
 * The fault handler (arch/x86/mm/fault.c: do_user_addr_fault) sends SIGSEGV and the process is killed.
 */
export function userAccessFault(
  k: Kernel,
  addr: number,
  write: boolean,
  noVma: boolean,
  present = false,
): void {
  k.cpu(write ? S.badUser.store : S.badUser.load, { a: addr }, k.cost.userWork);
  k.ring = 0;
  const err = present ? PF.userWriteProtect : write ? PF.userWriteNotPresent : PF.userReadNotPresent;
  const fault = noVma ? S.badUser.noVma : S.badUser.accessError;
  k.cpu(fault, { a: addr, b: err, flags: F.fromUser }, k.cost.faultEntry);
  k.cpu(S.task.sigsegv, { a: 11, b: addr, c: noVma ? 1 : 2 }, k.cost.syscallWork);
  k.cpu(S.badUser.killed, { a: 11 }, k.cost.syscallWork);
}

/**
 * Rule 6: mmap(NULL, len, PROT_READ, MAP_SHARED, 3, 0) creates a VMA only (fa-aligned, top-down). `sys` and
 * `fd` (kept in the enter's and exit's b) are issue 18's writable shared mapping of the written file.
 */
export function sysMmap(k: Kernel, len: number, sys = S.sys.mmap, fd = 0): number {
  k.syscallEnter(sys.enter, len, fd);
  const layout = LAYOUTS[k.p.arch];
  const pages = Math.ceil(len / k.p.page);
  const faBytes = k.p.fa * k.p.page;
  const addr = Math.floor((layout.mmapTop - pages * k.p.page) / faBytes) * faBytes;
  if (addr < layout.mmapBottom) {
    k.syscallExit(sys.exit, -ENOMEM, len, fd);
    return -ENOMEM;
  }
  k.cpu(S.mm.vma, { n: addr, a: len, b: pages }, k.cost.pteUpdate);
  k.syscallExit(sys.exit, addr, len, fd);
  return addr;
}

/**
 * write(4, map + off, count) from the mapping: the copy inside write() faults in kernel mode on every
 * unmapped page it touches; each fault maps the cached part of its fa-page span (mm/memory.c:
 * do_fault_around → filemap_map_pages), after reading the page from disk on a miss (a major fault).
 */
export function writeFromMapping(
  k: Kernel,
  addr: number,
  off: number,
  count: number,
  mapped: { upTo: number },
): number {
  // The copy faults each chunk's pages in as it reaches them (one fault per fault-around window).
  return sysWriteSocket(k, count, off, S.copy.mapToSkb, mappingFaulter(k, addr, mapped));
}

/**
 * The fault-in of a kernel copy that reads a MAP_SHARED mapping of fd 3 at `addr`: called with each chunk
 * (file offset, bytes) before it is copied, it takes one kernel-mode fault per unmapped fault-around window.
 */
export function mappingFaulter(
  k: Kernel,
  addr: number,
  mapped: { upTo: number },
): (pos: number, bytes: number) => void {
  const page = k.p.page;
  return (pos, bytes) => {
    const end = Math.min(pos + bytes, k.file.size);
    const lastPage = k.file.pages - 1;
    while (mapped.upTo * page < end) {
      const p = mapped.upTo;
      const miss = !k.cache.cached.some(([lo, hi]) => lo <= p && p <= hi);
      const fault = { a: addr + p * page, b: PF.kernelReadNotPresent, flags: miss ? F.major : 0 };
      k.cpu(S.fault.kernelFile, fault, k.cost.faultEntry);
      // ra=linux: a fault reads around the page (do_sync_mmap_readahead), not forward from it.
      if (miss) (k.p.ra === 'linux' ? linuxReadAround : ensureCached)(k, p, p);
      const windowEnd = Math.min((Math.floor(p / k.p.fa) + 1) * k.p.fa - 1, lastPage);
      let q = p;
      while (q < windowEnd && k.cache.cached.some(([lo, hi]) => lo <= q + 1 && q + 1 <= hi)) q++;
      const count = q - p + 1;
      const vpn = addr / page + p;
      k.cpu(
        S.mm.faultAround,
        { a: vpn, b: count, c: pagecachePfn(k.file.slot, p), n: page },
        k.cost.pteUpdate * count,
      );
      k.cpu(S.fault.retKernel, { a: addr + p * page }, k.cost.faultReturn);
      mapped.upTo = q + 1;
    }
  };
}

/** munmap(addr, len): PTEs cleared, TLB flushed for the range; the page cache keeps the pages. */
export function sysMunmap(k: Kernel, addr: number, len: number): void {
  k.syscallEnter(S.sys.munmap.enter, len, addr);
  const pages = Math.ceil(len / k.p.page);
  const vpn = addr / k.p.page;
  k.cpu(S.mm.zap, { a: vpn, b: pages }, k.cost.pteUpdate);
  k.cpu(S.mm.tlbFlushRange, { a: vpn, b: pages }, k.cost.tlbFlush);
  k.syscallExit(S.sys.munmap.exit, 0, len, addr);
}

/** First frame number handed out for anonymous pages (cow-fork's buffer and its copies). */
export const ANON_PFN_BASE = 0x40000;

/**
 * Rule 8: a ring-3 store to buffer page `index`. A read-only CoW PTE faults (error 0x7): with the frame
 * still shared, copy it to a new frame (mm/memory.c: wp_page_copy); when the writer is its last user,
 * just make the PTE writable again (wp_page_reuse).
 */
export function userStore(k: Kernel, index: number, nextPfn: () => number): void {
  const page = k.p.page;
  const vpn = LAYOUTS[k.p.arch].userBuf / page + index;
  const addr = vpn * page;
  k.cpu(S.user.write, { a: addr, b: index }, k.cost.userWork);
  const m = k.trace.machine;
  const pte = m.tasks.find((t) => t.pid === k.cur)?.ptes.find((x) => x.vpn === vpn);
  if (!pte || pte.writable) return;
  k.ring = 0;
  k.cpu(S.fault.userCow, { a: addr, b: PF.userWriteProtect, flags: F.fromUser }, k.cost.faultEntry);
  const frame = m.anon.find((f) => f.pfn === pte.pfn);
  if (frame && frame.refcount > 1) {
    const pfn = nextPfn();
    k.cpu(
      S.copy.cow,
      { n: page, a: index, b: index, c: pfn },
      k.cost.pageAlloc + k.cost.copyBase + page * k.cost.copyPerByte,
    );
    // ptep_clear_flush: the old entry is cleared and flushed before set_pte_at installs the copy.
    k.cpu(S.mm.tlbFlushPage, { a: vpn, b: 1 }, k.cost.tlbFlush);
    k.cpu(S.mm.cowMap, { a: vpn, b: 1, c: pfn }, k.cost.pteUpdate);
  } else {
    k.cpu(S.mm.cowReuse, { a: vpn, b: 1, c: pte.pfn }, k.cost.pteUpdate);
  }
  k.ring = 3;
  k.cpu(S.fault.ret, { a: addr, flags: F.fromUser }, k.cost.faultReturn);
}

/**
 * Rule 9 for a store: a ring-3 write to a kernel address fails the same U/S check, with error code 0x7
 * (present, write, user) → SIGSEGV → the process is killed.
 */
export function userStoreKernel(k: Kernel, addr: number): void {
  k.cpu(S.storeKernel.store, { a: addr }, k.cost.userWork);
  k.ring = 0;
  k.cpu(S.storeKernel.fault, { a: addr, b: PF.userWriteProtect, flags: F.fromUser }, k.cost.faultEntry);
  k.cpu(S.task.sigsegv, { a: 11, b: addr }, k.cost.syscallWork);
  k.cpu(S.task.killed, { a: 11 }, k.cost.syscallWork);
}

/**
 * Rule 9: a ring-3 load from a kernel address. The PTE is present but supervisor-only, so the U/S check
 * fails: #PF with error code 0x5 (present, user, read) → SIGSEGV (arch/x86/mm/fault.c: do_kern_addr_fault →
 * bad_area_nosemaphore) → the default action kills the process.
 */
export function userLoadKernel(k: Kernel, addr = LAYOUTS[k.p.arch].kernelProbe): void {
  k.cpu(S.user.loadKernel, { a: addr }, k.cost.userWork);
  k.ring = 0;
  k.cpu(S.fault.userProt, { a: addr, b: PF.userReadProtect, flags: F.fromUser }, k.cost.faultEntry);
  k.cpu(S.task.sigsegv, { a: 11, b: addr }, k.cost.syscallWork);
  k.cpu(S.task.killed, { a: 11 }, k.cost.syscallWork);
}
