import { firstMissing } from '../machineState';
import { S } from '../sites';
import type { Kernel } from './kernel';
import {
  asyncWindow,
  markOf,
  maxPages,
  MAX_REQUEST_PAGES,
  raPages,
  syncWindow,
  type RaWindow,
} from './readahead';

/** One window's disk read: done when its last request completes; `waiting` once the reader sleeps on it. */
export interface WindowRead {
  readonly first: number;
  readonly last: number;
  done: boolean;
  waiting: boolean;
  readonly pid: number;
}

/** The file's file_ra_state and its PG_readahead marks (the model reads one file: fd 3). */
interface RaState {
  win: RaWindow | null;
  /** Page of the previous read's last byte (prev_pos >> PAGE_SHIFT), −1 before the first read. */
  prevIndex: number;
  /** Pages marked PG_readahead → the order of the folio that holds the mark. */
  readonly marks: Map<number, number>;
  inFlight: WindowRead | null;
}

/** Each file's own state (issue 14: several files to read), by the kernel's file object. */
const states = new WeakMap<object, RaState>();

function stateOf(k: Kernel): RaState {
  let st = states.get(k.file);
  if (!st) states.set(k.file, (st = { win: null, prevIndex: -1, marks: new Map(), inFlight: null }));
  return st;
}

/** Sleeps until the window in flight has been read (folio_wait_locked on its first folio). */
function waitInFlight(k: Kernel, st: RaState): void {
  const io = st.inFlight;
  if (!io) return;
  if (!io.done) {
    io.waiting = true;
    k.block(S.sched.blockDisk, () => io.done);
  }
  st.inFlight = null;
}

/**
 * read_pages for one window: the missing pages, allocated at once, go to the disk in requests of at most
 * MAX_REQUEST_PAGES (the block layer's split). The last completion's folio_end_read wakes the reader if it
 * sleeps on them. The model keeps one window in flight: it waits for the previous one before starting a new
 * one (Linux may have two; the requests are the same).
 */
function readWindow(k: Kernel, st: RaState, w: RaWindow, allocSite: number): WindowRead | null {
  const lastPage = k.pagesInFile - 1;
  const end = Math.min(lastPage, w.start + w.size - 1);
  const mark = markOf(w, lastPage);
  if (mark) st.marks.set(mark.page, mark.order);
  if (w.start > end) return null;
  const from = firstMissing(k.cache.cached, w.start, end);
  if (from < 0) return null;
  waitInFlight(k, st);
  const pages = end - from + 1;
  k.cpuN(allocSite, k.cost.pageAlloc, pages, from, end, mark ? mark.page : -1);
  const io: WindowRead = { first: from, last: end, done: false, waiting: false, pid: k.cur };
  // The window's completions and its end read name its file, whatever call runs when they come.
  const flag = k.file.flag;
  let left = Math.ceil(pages / MAX_REQUEST_PAGES);
  for (let p = from; p <= end; p += MAX_REQUEST_PAGES) {
    const q = Math.min(end, p + MAX_REQUEST_PAGES - 1);
    const bytes = (q - p + 1) * k.p.page;
    const doneAt = Math.max(k.now, k.diskFreeAt) + k.cost.diskLatency + bytes / k.cost.diskBytesPerNs;
    k.diskFreeAt = doneAt;
    k.cpuN(S.dma.diskToPc, k.cost.dmaSetup, bytes, p, q, doneAt);
    k.schedule(
      doneAt,
      () => k.device(doneAt, S.dma.diskToPcDone, bytes, p, q, p * k.p.page, io.pid, flag),
      () =>
        k.interrupt(S.irq.diskEnter, S.irq.diskExit, () => {
          if (--left > 0) return;
          io.done = true;
          const site = io.waiting ? S.sched.wakeIo : S.ra.endRead;
          k.cpuN(site, k.cost.pageAlloc, pages * k.p.page, from, end, 0, flag, io.pid);
        }),
    );
  }
  st.inFlight = io;
  return io;
}

/** What one pass over a read's pages found: all cached, a window its pages are coming in, or none yet. */
type ReadState = 'cached' | WindowRead | null;

/**
 * filemap_get_pages for pages [first, last] of one read with `ra=linux`: a miss starts page_cache_sync_ra; a
 * page marked PG_readahead starts page_cache_async_ra and is not waited for; a page being read is waited for.
 * `nowait` is io_uring's IOCB_NOWAIT | IOCB_WAITQ: instead of sleeping it returns the window to wait on, or
 * null when a new window must wait for the one in flight (the model keeps one in flight).
 */
function walkRead(k: Kernel, first: number, last: number, nowait: boolean): ReadState {
  const st = stateOf(k);
  if (nowait && st.inFlight?.done) st.inFlight = null;
  const lastPage = k.pagesInFile - 1;
  const stop = Math.min(last, lastPage);
  const ra = raPages(k.p);
  for (let i = first; i <= stop;) {
    const io = st.inFlight;
    if (io && i >= io.first && i <= io.last) {
      if (nowait && !io.done) return io;
      waitInFlight(k, st);
      continue;
    }
    const miss = firstMissing(k.cache.cached, i, stop);
    let mark = -1;
    for (const page of st.marks.keys())
      if (page >= i && page <= stop && (mark < 0 || page < mark)) mark = page;
    if (miss < 0 && mark < 0) break;
    const req = stop + 1 - i;
    if (mark >= 0 && (miss < 0 || mark <= miss)) {
      i = mark;
      if (io && i >= io.first && i <= io.last) continue;
      if (nowait && io && !io.done) return null;
      const order = st.marks.get(mark)!;
      st.marks.delete(mark);
      const max = maxPages(ra, stop + 1 - mark);
      const nextMiss = Math.max(firstMissing(k.cache.cached, mark + 1, mark + max), mark + 1);
      const w = st.win
        ? asyncWindow(st.win, mark, order, stop + 1 - mark, max, nextMiss)
        : syncWindow(mark + 1, stop - mark, max);
      st.win = w;
      readWindow(k, st, w, S.ra.asyncAlloc);
      i = mark + 1;
      continue;
    }
    i = miss;
    if (io && i >= io.first && i <= io.last) continue;
    if (nowait && io && !io.done) return null;
    const max = maxPages(ra, req);
    const sequential = i === 0 || req > max || i - st.prevIndex <= 1;
    // A small read away from the last one: read just its pages, no window (do_page_cache_ra).
    const w = sequential ? syncWindow(i, req, max) : { start: i, size: req, async: 0, order: 0 };
    if (sequential) st.win = w;
    const read = readWindow(k, st, w, S.ra.syncAlloc);
    if (read && nowait) return read;
    if (read) waitInFlight(k, st);
  }
  st.prevIndex = stop;
  return 'cached';
}

/**
 * Rule 1 with `ra=linux`: filemap_get_pages for pages [first, last] of one read (read, sendfile's and
 * splice's filemap_splice_read, copy_file_range), sleeping until its pages are there.
 */
export function linuxEnsureCached(k: Kernel, first: number, last: number): void {
  walkRead(k, first, last, false);
}

/**
 * An io_uring read with `ra=linux` (io_read: IOCB_NOWAIT | IOCB_WAITQ): the same windows as read()'s, but it
 * never sleeps. 'cached' when its pages are all there (it completes now); else the window to wait on
 * (io_async_buf_func, -EIOCBQUEUED), or null when it can only start once the window in flight is done.
 */
export function linuxStartRead(k: Kernel, first: number, last: number): ReadState {
  return walkRead(k, first, last, true);
}

/** The window in flight (if any): an io_uring read parked on it retries once it is done. */
export function linuxWindowInFlight(k: Kernel): WindowRead | null {
  return stateOf(k).inFlight;
}

/**
 * A page fault's miss with `ra=linux` (do_sync_mmap_readahead): read-around, ra_pages centred on the
 * faulting page. Its asynchronous part (PG_readahead met by a later fault) is not modelled.
 */
export function linuxReadAround(k: Kernel, page: number, _last = page): void {
  const st = stateOf(k);
  if (st.inFlight && page >= st.inFlight.first && page <= st.inFlight.last) return waitInFlight(k, st);
  const ra = raPages(k.p);
  const start = Math.max(0, page - Math.floor(ra / 2));
  const w: RaWindow = { start, size: ra, async: 0, order: 0 };
  const read = readWindow(k, st, w, S.ra.syncAlloc);
  if (read) waitInFlight(k, st);
}
