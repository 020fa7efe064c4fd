import type { Params } from '../params';

/**
 * Issue 17's `ra=linux`: Linux's on-demand readahead (mm/readahead.c, 6.18), as pure window arithmetic.
 * kernel/linuxRead.ts applies it to the page cache; this file only says which window to read next.
 *
 * - page_cache_sync_ra (a miss): at the start of the file, or a read that follows the previous one, the
 *   first window is get_init_ra_size(request): the request rounded up to a power of two, ×4 while that is
 *   at most max/32, ×2 while at most max/4, else max. Its PG_readahead mark sits `async_size` pages before
 *   its end (size − request).
 * - page_cache_async_ra (a read reaches a marked page): the next window starts where the last one ended,
 *   get_next_ra_size: ×4 below max/16, ×2 up to max/2, else max; its end is rounded down to a multiple of
 *   the folio size it will use (order + 2, at most max's lowest set bit), and the whole window is async
 *   (the mark on its first page).
 * - Folios: a sync window uses order-0 folios; an async one order min(the last window's + 2, 9,
 *   log2(size)), smaller where the index is not aligned or the file ends.
 */

/** x86-64's largest page-cache folio: a PMD, 2 MiB (MAX_PAGECACHE_ORDER). */
export const MAX_FOLIO_ORDER = 9;
/**
 * The block layer splits a request at max_sectors_kb: 4096 KiB on the captured virtio-blk disk
 * (/sys/block/vda/queue/max_sectors_kb), 1024 pages. It is also bdi->io_pages.
 */
export const MAX_REQUEST_PAGES = 1024;

export interface RaWindow {
  /** First page of the window. */
  readonly start: number;
  /** Pages in the window (before clipping at the end of the file). */
  readonly size: number;
  /** Pages at the window's end read asynchronously: the mark is at start + size − async. */
  readonly async: number;
  /** file_ra_state.order: the window's folio order (sync: 0; async: the last one's + 2, at most 9 and log2(size)). */
  readonly order: number;
}

/** The device's readahead maximum in pages (file_ra_state.ra_pages). */
export function raPages(p: Pick<Params, 'rakb' | 'page'>): number {
  return Math.max(1, Math.floor((p.rakb * 1024) / p.page));
}

function roundupPow2(n: number): number {
  let x = 1;
  while (x < n) x *= 2;
  return x;
}

function ilog2(n: number): number {
  return Math.floor(Math.log2(n));
}

/** Index of the lowest set bit (__ffs); n > 0. */
function lowestBit(n: number): number {
  let i = 0;
  while (n % 2 ** (i + 1) === 0) i++;
  return i;
}

/** get_init_ra_size (mm/readahead.c). */
export function initRaSize(req: number, max: number): number {
  const size = roundupPow2(req);
  if (size <= max / 32) return size * 4;
  if (size <= max / 4) return size * 2;
  return max;
}

/** get_next_ra_size (mm/readahead.c). */
export function nextRaSize(cur: number, max: number): number {
  if (cur < max / 16) return 4 * cur;
  if (cur <= max / 2) return 2 * cur;
  return max;
}

/** ractl_max_pages: a request larger than the window may read up to the device's optimal I/O size. */
export function maxPages(ra: number, req: number): number {
  return req > ra && MAX_REQUEST_PAGES > ra ? Math.min(req, MAX_REQUEST_PAGES) : ra;
}

/** page_cache_sync_ra's window for a miss at `index` of `req` pages (a sequential or first read). */
export function syncWindow(index: number, req: number, max: number): RaWindow {
  const size = initRaSize(req, max);
  return { start: index, size, async: size > req ? size - req : size >> 1, order: 0 };
}

/**
 * page_cache_async_ra's next window, reached at the marked page `index` (its folio of order `folioOrder`):
 * the folio order grows by 2 per window (ra->order += 2) and the window's end is aligned to it.
 */
export function asyncWindow(
  prev: RaWindow,
  index: number,
  folioOrder: number,
  req: number,
  max: number,
  nextMiss: number,
): RaWindow {
  const nr = 2 ** folioOrder;
  const expected = Math.floor((prev.start + prev.size - prev.async) / nr) * nr;
  let start: number;
  let size: number;
  if (index === expected) {
    start = prev.start + prev.size;
    size = Math.max(prev.size, nextRaSize(prev.size, max));
  } else {
    // A marked folio without the state that made it: the old async size is what lies cached ahead.
    start = nextMiss;
    size = nextRaSize(start - index + req, max);
  }
  const order = prev.order + 2;
  const align = 2 ** Math.min(order, lowestBit(max));
  const end = start + size;
  const alignedEnd = Math.floor(end / align) * align;
  if (alignedEnd > start) size -= end - alignedEnd;
  return { start, size, async: size, order: Math.min(MAX_FOLIO_ORDER, order, ilog2(size)) };
}

/**
 * page_cache_ra_order's folios for a window clipped at `lastPage`: the marked page and its folio's order
 * (or null when the mark falls past the end of the file).
 */
export function markOf(w: RaWindow, lastPage: number): { page: number; order: number } | null {
  const limit = Math.min(lastPage, w.start + w.size - 1);
  const mark = w.start + w.size - w.async;
  const newOrder = w.order;
  for (let index = w.start; index <= limit;) {
    let order = newOrder;
    if (index % 2 ** order !== 0) order = lowestBit(index);
    while (order > 0 && index + 2 ** order - 1 > limit) order--;
    const roundedMark = Math.ceil(mark / 2 ** order) * 2 ** order;
    if (index === roundedMark) return { page: index, order };
    if (index > mark) return null;
    index += 2 ** order;
  }
  return null;
}

/**
 * Disk requests a cold sequential read of `pages` makes at most, for step estimates: `ra` pages each, or
 * with `ra=linux` the ramp (a dozen windows) and then windows of ra_pages split at MAX_REQUEST_PAGES.
 */
export function diskRequestsAtMost(p: Pick<Params, 'ra' | 'rakb' | 'page'>, pages: number): number {
  if (p.ra !== 'linux') return Math.ceil(pages / Math.max(1, p.ra));
  return Math.ceil(pages / Math.min(raPages(p), MAX_REQUEST_PAGES)) + 12;
}
