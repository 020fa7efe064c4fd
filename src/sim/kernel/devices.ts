import { S } from '../sites';
import type { Kernel } from './kernel';

/** Page-cache frames get deterministic frame numbers: pfn = PAGECACHE_PFN_BASE + file page. */
export const PAGECACHE_PFN_BASE = 0x10000;
/** Issue 14's further files to read: file slot s ≥ 1 has its pages' frames from s × this on. */
export const MORE_FILES_PFN_STRIDE = 0x100000;

/** The frame that holds page `page` of the file in `slot` (each file its own frames). */
export function pagecachePfn(slot: number, page: number): number {
  return (slot > 0 ? slot * MORE_FILES_PFN_STRIDE : PAGECACHE_PFN_BASE) + page;
}

interface Transfer {
  readonly bytes: number;
  readonly first: number;
  readonly last: number;
  /** File offset of the first byte, carried by the done step so the invariants can check order. */
  readonly offset: number;
}

/**
 * Starts a disk read by DMA (into page-cache frames or, for O_DIRECT, the user buffer). Completion: the disk
 * raises its IRQ, the handler wakes the waiting task. Returns a flag the caller blocks on.
 */
export function diskRead(k: Kernel, direct: boolean, x: Transfer): { done: boolean } {
  const pid = k.cur;
  // The completion and the wake-up name the file the read is for, whatever call runs when they come.
  const flag = k.file.flag;
  const start = Math.max(k.now, k.diskFreeAt);
  const doneAt = start + k.cost.diskLatency + x.bytes / k.cost.diskBytesPerNs;
  k.diskFreeAt = doneAt;
  const status = { done: false };
  k.cpuN(direct ? S.dma.diskToUser : S.dma.diskToPc, k.cost.dmaSetup, x.bytes, x.first, x.last, doneAt);
  k.schedule(
    doneAt,
    () =>
      k.device(
        doneAt,
        direct ? S.dma.diskToUserDone : S.dma.diskToPcDone,
        x.bytes,
        x.first,
        x.last,
        x.offset,
        pid,
        flag,
      ),
    () =>
      k.interrupt(S.irq.diskEnter, S.irq.diskExit, () => {
        k.cpuN(direct ? S.sched.wakeDio : S.sched.wakeIo, k.cost.pageAlloc, 0, 0, 0, 0, flag, pid);
        status.done = true;
      }),
  );
  return status;
}
