import { F } from '../counters';
import { S } from '../sites';
import { EINVAL, ENOMEM } from './fileIo';
import type { FileWriter } from './fileWrite';
import type { Kernel } from './kernel';
import { PF, sysMmap } from './memory';

/** Frame numbers of the written file's page-cache pages, as a writable mapping's PTEs show them. */
export const OUTFILE_PFN_BASE = 0x20000;

/** msync(2) flags (include/uapi/asm-generic/mman-common.h). */
export const MS = { async: 1, invalidate: 2, sync: 4 } as const;

/**
 * Issue 18: a writable MAP_SHARED mapping of the written file (RocketMQ's MappedFile: FileChannel.map
 * READ_WRITE). `present` holds the file pages that have a PTE: a store elsewhere faults first.
 */
export interface SharedMapping {
  readonly addr: number;
  readonly len: number;
  readonly fd: number;
  readonly present: Set<number>;
}

/** mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0): a VMA only, as rule 6's read-only one. */
export function sysMmapShared(k: Kernel, len: number, fd: number): SharedMapping | number {
  const addr = sysMmap(k, len, S.mapw.mmap, fd);
  return addr < 0 ? addr : { addr, len, fd, present: new Set() };
}

/**
 * The write fault of a store to file page `p` of the mapping (mm/memory.c: do_shared_fault): the page-cache
 * folio is found or added zeroed (the file was extended by ftruncate/fallocate: its extent holds no data,
 * so no disk read), do_page_mkwrite marks it dirty before the PTE becomes writable, finish_fault installs a
 * writable, dirty entry, and the store is retried. No fault-around: write faults map one page.
 */
function sharedWriteFault(k: Kernel, map: SharedMapping, p: number): void {
  const page = k.p.page;
  const addr = map.addr + p * page;
  k.ring = 0;
  k.cpu(S.mapw.fault, { a: addr, b: PF.userWriteNotPresent, flags: F.fromUser }, k.cost.faultEntry);
  k.cpu(
    S.mapw.mkwrite,
    { a: addr / page, b: 1, c: OUTFILE_PFN_BASE + p, n: page },
    k.cost.pageAlloc + k.cost.pteUpdate,
  );
  map.present.add(p);
  k.ring = 3;
  k.cpu(S.fault.ret, { a: addr, flags: F.fromUser }, k.cost.faultReturn);
}

/**
 * memcpy(map + off, src, bytes) in user space: the stores reach the page cache through the mapping, page
 * by page; a page without a PTE faults first (sharedWriteFault). One CPU copy counted per call, its bytes
 * in runs between faults.
 */
export function storeToSharedMapping(k: Kernel, map: SharedMapping, off: number, bytes: number): void {
  const page = k.p.page;
  let counted = false;
  for (let done = 0; done < bytes;) {
    const at = off + done;
    const p = Math.floor(at / page);
    if (!map.present.has(p)) sharedWriteFault(k, map, p);
    // Copy on through every page that already has its PTE, up to the next one that will fault.
    let end = Math.min((p + 1) * page, off + bytes);
    while (end < off + bytes && map.present.has(Math.floor(end / page))) {
      end = Math.min(end + page, off + bytes);
    }
    const n = end - at;
    const last = Math.floor((end - 1) / page);
    k.cpuN(S.mapw.copy, k.cost.copyBase + n * k.cost.copyPerByte, n, p, last, at, counted ? F.continued : 0);
    counted = true;
    done += n;
  }
}

/** A plain store of one byte at offset `off` of the mapping: its page faults in first if it has no PTE. */
export function storeByteToSharedMapping(k: Kernel, map: SharedMapping, off: number): void {
  const p = Math.floor(off / k.p.page);
  if (!map.present.has(p)) sharedWriteFault(k, map, p);
  k.cpu(S.mapw.store, { a: map.addr + off, b: p }, k.cost.userWork);
}

/**
 * msync(addr, len, flags) (mm/msync.c): MS_SYNC writes the range's dirty pages back and waits for them
 * (vfs_fsync_range → file_write_and_wait_range); MS_ASYNC does nothing since Linux 2.6.19 (the pages are
 * already dirty in the page cache, where writeback will find them). EINVAL for an unaligned address or
 * bad flags, ENOMEM for a range outside the mapping.
 */
export function sysMsync(
  k: Kernel,
  writer: FileWriter,
  map: SharedMapping,
  addr: number,
  len: number,
  flags: number,
): number {
  k.syscallEnter(S.mapw.msync.enter, len, addr, flags);
  const page = k.p.page;
  const bad = (flags & ~7) !== 0 || (flags & MS.async && flags & MS.sync) || addr % page !== 0 || len < 0;
  let ret = 0;
  if (bad) ret = -EINVAL;
  else if (addr < map.addr || addr + len > map.addr + Math.ceil(map.len / page) * page) ret = -ENOMEM;
  else if (flags & MS.sync && len > 0) {
    const first = (addr - map.addr) / page;
    writer.writeback(first, first + Math.ceil(len / page) - 1, true);
  }
  k.syscallExit(S.mapw.msync.exit, ret, len, addr);
  return ret;
}
