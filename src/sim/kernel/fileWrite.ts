import { F } from '../counters';
import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import { EINVAL, pageSpan } from './fileIo';
import type { Kernel } from './kernel';

/**
 * Pages one writeback request carries at most (the block layer splits bios at max_sectors_kb; 1 MiB is a
 * common NVMe value). Reads keep rule 1's `ra`-page requests.
 */
export const WB_MAX_PAGES = 256;

/** How the written file was opened: O_SYNC / O_DSYNC (every write waits for its writeback), O_DIRECT. */
export interface OutFileMode {
  readonly fd: number;
  readonly sync: boolean;
  readonly direct: boolean;
}

/** Where the bytes of one write come from: the copy's site and, for a mapping, a per-chunk fault hook. */
export interface WriteSource {
  readonly sys: { readonly enter: number; readonly exit: number };
  readonly site: number;
  /** Copies in chunks of this many bytes (a mapping is faulted in window by window); default one chunk. */
  readonly chunk?: number;
  readonly beforeChunk?: (offset: number, bytes: number) => void;
}

/**
 * Issue 16: the write path of one regular file that the program writes sequentially from offset 0.
 * Buffered write(): generic_perform_write copies into page-cache pages and marks them dirty — nothing moves
 * to the disk. Writeback (fsync, fdatasync, O_SYNC, or the flusher after dirty_expire) marks dirty pages
 * PG_writeback and DMAs them to the disk in requests of at most WB_MAX_PAGES; the end of each request
 * leaves them clean (folio_end_writeback: on 6.18's ext4 a kworker calls it after marking the new blocks'
 * unwritten extents written; the model folds that into the request's completion). O_DIRECT writes DMA from
 * the user buffer and never touch the page cache.
 */
export class FileWriter {
  /** Writeback requests submitted and not yet completed. */
  private inFlight = 0;
  private waiter: { pid: number; woken: boolean } | null = null;
  /** When the file went from clean to dirty (the inode's dirtied_when), or null while it is clean. */
  dirtiedAt: number | null = null;

  constructor(
    private readonly k: Kernel,
    readonly mode: OutFileMode,
    /** The flusher's kworker, or null when the file is written with O_DIRECT (nothing to flush). */
    private readonly kworker: number | null,
  ) {
    if (kworker !== null) k.atEnd.push(() => this.flushExpired(kworker));
  }

  /**
   * The flusher, after the program's last call: once the file has been dirty for dirty_expire (`expire`
   * ms), the kworker's wb_workfn writes its dirty pages back without waiting for them (WB_SYNC_NONE).
   * Linux checks every dirty_writeback interval (5 s) too; the model looks only here, so a run shorter than
   * `expire` ends with its dirty pages still only in memory, as a real one would.
   */
  private flushExpired(kworker: number): void {
    const k = this.k;
    if (this.dirtiedAt === null || k.now - this.dirtiedAt < k.p.expire * 1e6) return;
    const prev = k.cur;
    // The model runs the kworker inside the timer interrupt's exit path, then returns to the interrupted task.
    k.interrupt(S.wb.timerEnter, S.wb.timerExit, () => {
      k.cpuN(S.wb.wakeFlusher, 0, 0, 0, 0, 0, 0, kworker);
      k.switchTo(kworker);
      k.cpu(S.wb.flusher, { n: k.p.expire }, k.cost.syscallWork);
      this.writeback(0, Number.MAX_SAFE_INTEGER, false);
      k.switchTo(prev);
    });
  }

  /** write(fd, src, count) at file offset `pos` through the page cache (or O_DIRECT from `bufAddr`). */
  write(src: WriteSource, count: number, pos: number, bufAddr: number): number {
    if (this.mode.direct) return this.writeDirect(count, pos, bufAddr);
    const k = this.k;
    k.syscallEnter(src.sys.enter, count, this.mode.fd);
    const ret = Math.min(count, MAX_RW_COUNT);
    this.copyIn(src, ret, pos);
    // generic_write_sync: with O_SYNC / O_DSYNC the call writes its own range back and waits for it.
    if (this.mode.sync && ret > 0) {
      const { first, last } = pageSpan(k, pos, ret);
      this.writeback(first, last, true);
    }
    k.syscallExit(src.sys.exit, ret, count, this.mode.fd);
    return ret;
  }

  /** The copy into the page cache: one counted copy per call, in chunks when the source asks for it. */
  copyIn(src: WriteSource, bytes: number, pos: number, continued = false): void {
    const k = this.k;
    for (let done = 0; done < bytes;) {
      const at = pos + done;
      // A chunked source (a mapping) is copied window by window, aligned to the window.
      const n = src.chunk ? Math.min(src.chunk - (at % src.chunk), bytes - done) : bytes - done;
      src.beforeChunk?.(at, n);
      const { first, last } = pageSpan(k, at, n);
      if (this.dirtiedAt === null) this.dirtiedAt = k.now;
      const dur = k.cost.copyBase + n * k.cost.copyPerByte;
      k.cpuN(src.site, dur, n, first, last, at, continued || done > 0 ? F.continued : 0);
      done += n;
    }
  }

  /** O_DIRECT write (rule 7's alignment): one disk request by DMA from the user buffer; the task waits. */
  private writeDirect(count: number, pos: number, bufAddr: number): number {
    const k = this.k;
    const sys = S.wb.writeDirect;
    k.syscallEnter(sys.enter, count, this.mode.fd);
    let ret: number;
    const align = k.p.align;
    if (bufAddr % align !== 0 || pos % align !== 0 || count % align !== 0) {
      ret = -EINVAL;
    } else {
      ret = Math.min(count, MAX_RW_COUNT);
      if (ret > 0) {
        const { first, last } = pageSpan(k, pos, ret);
        const io = this.submit(S.wb.userToDisk, S.wb.userToDiskDone, ret, first, last, pos, true);
        k.block(S.sched.blockDirect, () => io.done);
      }
    }
    k.syscallExit(sys.exit, ret, count, this.mode.fd);
    return ret;
  }

  /**
   * Writes back the dirty pages in [first, last]; with `wait`, sleeps until every request in flight has
   * completed (__filemap_fdatawait_range also waits for writeback someone else started).
   */
  writeback(first: number, last: number, wait: boolean): void {
    const k = this.k;
    const m = k.trace.machine;
    const runs: [number, number][] = [];
    for (const [lo, hi] of m.out.dirty) {
      const a = Math.max(lo, first);
      const b = Math.min(hi, last);
      if (a <= b) runs.push([a, b]);
    }
    for (const [a, b] of runs) {
      for (let p = a; p <= b; p += WB_MAX_PAGES) {
        const q = Math.min(b, p + WB_MAX_PAGES - 1);
        const pages = q - p + 1;
        this.submit(S.wb.toDisk, S.wb.toDiskDone, pages * k.p.page, p, q, p * k.p.page, false);
      }
    }
    if (m.out.dirty.length === 0) this.dirtiedAt = null;
    if (wait) this.waitForWriteback();
  }

  /** Sleeps until every writeback request in flight has completed (none: returns at once). */
  private waitForWriteback(): void {
    if (this.inFlight === 0) return;
    const k = this.k;
    const w = { pid: k.cur, woken: false };
    this.waiter = w;
    k.block(S.wb.block, () => w.woken);
  }

  /**
   * sync_file_range(fd, offset, nbytes, flags) (fs/sync.c): on the pages of [offset, offset + nbytes)
   * (nbytes 0: to the end of the file), SYNC_FILE_RANGE_WAIT_BEFORE (1) waits for writeback in flight,
   * SYNC_FILE_RANGE_WRITE (2) starts writeback of the dirty pages without waiting (WB_SYNC_NONE), and
   * SYNC_FILE_RANGE_WAIT_AFTER (4) waits for it. Unknown flags or a negative range: EINVAL.
   */
  syncFileRange(offset: number, nbytes: number, flags: number): number {
    const k = this.k;
    const sys = S.syncFileRange;
    k.syscallEnter(sys.enter, offset, this.mode.fd, nbytes, flags);
    let ret = 0;
    if ((flags & ~7) !== 0 || offset < 0 || nbytes < 0 || offset + nbytes < 0) ret = -EINVAL;
    else if (!this.mode.direct) {
      const first = Math.floor(offset / k.p.page);
      const last = nbytes === 0 ? Number.MAX_SAFE_INTEGER : Math.floor((offset + nbytes - 1) / k.p.page);
      if (flags & 1) this.waitForWriteback();
      if (flags & 2) this.writeback(first, last, false);
      if (flags & 4) this.waitForWriteback();
    }
    k.syscallExit(sys.exit, ret, this.mode.fd, this.mode.fd);
    return ret;
  }

  /** fsync(fd) / fdatasync(fd): the whole file's dirty pages go to the disk; returns when they are there. */
  fsync(sys: { enter: number; exit: number }): number {
    const k = this.k;
    k.syscallEnter(sys.enter, this.mode.fd, this.mode.fd);
    if (!this.mode.direct) this.writeback(0, Number.MAX_SAFE_INTEGER, true);
    k.syscallExit(sys.exit, 0, this.mode.fd, this.mode.fd);
    return 0;
  }

  /** One disk write by DMA; its interrupt ends the writeback of its pages (or wakes the O_DIRECT writer). */
  private submit(
    startSite: number,
    doneSite: number,
    bytes: number,
    first: number,
    last: number,
    offset: number,
    direct: boolean,
  ): { done: boolean } {
    const k = this.k;
    const pid = k.cur;
    const start = Math.max(k.now, k.diskFreeAt);
    const doneAt = start + k.cost.diskLatency + bytes / k.cost.diskBytesPerNs;
    k.diskFreeAt = doneAt;
    const status = { done: false };
    this.inFlight++;
    k.cpuN(startSite, k.cost.dmaSetup, bytes, first, last, doneAt);
    k.schedule(
      doneAt,
      () => k.device(doneAt, doneSite, bytes, first, last, offset, pid),
      () =>
        k.interrupt(S.irq.diskEnter, S.irq.diskExit, () => {
          this.inFlight--;
          status.done = true;
          if (direct) {
            k.cpuN(S.sched.wakeDio, k.cost.pageAlloc, 0, 0, 0, 0, 0, pid);
            return;
          }
          k.cpuN(S.wb.clean, k.cost.pageAlloc, bytes, first, last, offset);
          const w = this.waiter;
          if (w && this.inFlight === 0) {
            this.waiter = null;
            w.woken = true;
            k.cpuN(S.wb.wake, 0, 0, 0, 0, 0, 0, w.pid);
          }
        }),
    );
    return status;
  }
}
