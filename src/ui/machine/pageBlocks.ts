import { formatBytes, type PageSpan } from '../../sim/index';
import type { BlockView, PlacedBlock } from './machineViewModel';

/** Number of page colours (var(--page-0) … var(--page-7)). */
export const PAGE_COLOURS = 8;
/** Files up to this many pages get one page-cache slot per page; bigger files are drawn as ranges. */
export const MAX_PAGE_SLOTS = 16;
/** At most this many page-cache ranges are drawn; the caption names the rest. */
export const MAX_RANGES = 8;

/** "p0" or "p1–p3": the text that carries a block's identity (colour never does alone). */
export function pageLabel(first: number, last: number): string {
  return first === last ? `p${first}` : `p${first}–p${last}`;
}

/** The colour slot of a block: its page mod 8, or null (striped) when it spans several pages. */
export function pageColour(first: number, last: number): number | null {
  return first === last ? ((first % PAGE_COLOURS) + PAGE_COLOURS) % PAGE_COLOURS : null;
}

/** Bytes of the file held by pages [first, last] (the last page of the file may be partial). */
export function rangeBytes(first: number, last: number, page: number, file: number): number {
  return Math.max(0, Math.min((last + 1) * page, file) - first * page);
}

export function spanBlock(key: string, s: PageSpan): BlockView {
  // A header written in front of the file's bytes is no page of the file: "hdr", or "hdr+p0–p3".
  const pages = pageLabel(s.first, s.last);
  const label = !s.header ? pages : s.header >= s.bytes ? 'hdr' : `hdr+${pages}`;
  return {
    key,
    label,
    detail: formatBytes(s.bytes),
    colour: pageColour(s.first, s.last),
    kind: s.ref ? 'ref' : 'data',
    first: s.first,
    last: s.last,
  };
}

/** A run of pages in one state, [a, b]. */
export interface PageRun<K extends PlacedBlock['kind']> {
  readonly a: number;
  readonly b: number;
  readonly kind: K;
}

/** What the page layouts (the page cache, the written file) draw from. */
interface PageLayout<K extends PlacedBlock['kind']> {
  /** Pages of the file: the box's width is divided among them. */
  readonly total: number;
  /** Key prefix of the blocks ("pc", "out"). */
  readonly key: string;
  /** One page's state (small files: a slot per page). */
  readonly kindOf: (p: number) => K | 'empty';
  /** The runs of pages in one state (large files), sorted. */
  readonly runs: () => readonly PageRun<K>[];
  /** The detail line of pages [a, b] in a state. */
  readonly detail: (kind: K | 'empty', a: number, b: number) => string;
}

/**
 * Page blocks, bounded in number whatever the file size: one slot per page for small files, else one block per
 * run (e.g. "p0–p262143", 1 GiB) placed in proportion along the file, at most MAX_RANGES (`hidden` counts the rest).
 */
export function placePages<K extends PlacedBlock['kind']>(
  layout: PageLayout<K>,
): { mode: 'slots' | 'ranges'; blocks: PlacedBlock[]; hidden: number } {
  const { total, key } = layout;
  const block = (kind: K | 'empty', a: number, b: number, id: string): PlacedBlock => ({
    key: id,
    label: pageLabel(a, b),
    detail: layout.detail(kind, a, b),
    colour: pageColour(a, b),
    kind,
    first: a,
    last: b,
    x0: a / total,
    x1: (b + 1) / total,
  });
  if (total <= MAX_PAGE_SLOTS) {
    const blocks: PlacedBlock[] = [];
    for (let p = 0; p < total; p++) blocks.push(block(layout.kindOf(p), p, p, `${key}-${p}`));
    return { mode: 'slots', blocks, hidden: 0 };
  }
  const all = layout.runs();
  const shown = all.slice(0, MAX_RANGES);
  return {
    mode: 'ranges',
    blocks: shown.map((r) => block(r.kind, r.a, r.b, `${key}-${r.kind}-${r.a}`)),
    hidden: all.length - shown.length,
  };
}

interface PageCacheInput {
  readonly cached: readonly (readonly [number, number])[];
  readonly locked: readonly [number, number] | null;
  readonly page: number;
  readonly file: number;
}

/** The page cache's blocks (placePages): cached pages, and the range a read is bringing in (locked). */
export function pageCacheBlocks(input: PageCacheInput): {
  mode: 'slots' | 'ranges';
  blocks: PlacedBlock[];
  hidden: number;
} {
  const { cached, locked, page, file } = input;
  const inRanges = (p: number) => cached.some(([a, b]) => p >= a && p <= b);
  return placePages<'data' | 'locked'>({
    total: Math.max(1, Math.ceil(file / page)),
    key: 'pc',
    kindOf: (p) => {
      if (inRanges(p)) return 'data';
      return locked !== null && p >= locked[0] && p <= locked[1] ? 'locked' : 'empty';
    },
    runs: () => {
      const ranges: PageRun<'data' | 'locked'>[] = cached.map(([a, b]) => ({ a, b, kind: 'data' }));
      if (locked) ranges.push({ a: locked[0], b: locked[1], kind: 'locked' });
      return ranges.sort((x, y) => x.a - y.a);
    },
    detail: (kind, a, b) => (kind === 'empty' ? '' : formatBytes(rangeBytes(a, b, page, file))),
  });
}

/** Expands pipe buffers (spans of page references) into at most `slots` one-page slots. */
export function pipeSlots(spans: readonly PageSpan[], slots: number): (BlockView | null)[] {
  const out: (BlockView | null)[] = [];
  for (const s of spans) {
    for (let p = s.first; p <= s.last && out.length < slots; p++) {
      out.push({
        key: `pipe-${out.length}`,
        label: `→${pageLabel(p, p)}`,
        detail: '',
        colour: pageColour(p, p),
        kind: 'ref',
        first: p,
        last: p,
      });
    }
  }
  while (out.length < slots) out.push(null);
  return out;
}

/** Sizes in at most three significant digits, for counters that grow: 10000 → "9.77 KiB", 2^30 → "1 GiB". */
export function compactBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${Number(v.toFixed(digits))} ${units[u]}`;
}
