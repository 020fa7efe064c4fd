import { PAGECACHE_PFN_BASE, getMachineAt, type MachineState, type Trace } from '../../sim/index';

export interface Mapper {
  readonly pid: number;
  readonly writable: boolean;
}

export interface FrameRow {
  readonly id: string;
  readonly kind: 'pagecache' | 'anon' | 'skb' | 'skbRef';
  /** Frame numbers [first, last]; null for socket-buffer memory (kernel slab, not modelled as frames). */
  readonly pfns: readonly [number, number] | null;
  /** File pages (page cache, skb) or buffer pages (anon) held, [first, last]. */
  readonly pages: readonly [number, number];
  readonly refcount: number | null;
  /** Anon frames: 'orig', or the pid whose CoW copy this is. */
  readonly version: string | null;
  readonly mappedBy: readonly Mapper[];
}

export type CopyPlace =
  | { readonly kind: 'pagecache' }
  | { readonly kind: 'skb' }
  | { readonly kind: 'userbuf'; readonly pid: number };

/** A run of file pages [first, last] held in the same places. */
export interface CopyRun {
  readonly first: number;
  readonly last: number;
  readonly places: readonly CopyPlace[];
}

export interface PhysicalMemoryViewModel {
  readonly frames: readonly FrameRow[];
  readonly copies: readonly CopyRun[];
  readonly maxCopies: number;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 <= b1 && b0 <= a1;
}

function pageCacheMappers(m: MachineState, first: number, last: number): Mapper[] {
  const out: Mapper[] = [];
  for (const t of m.tasks) {
    const hits = t.ptes.filter(
      (p) => p.backing === 'pagecache' && overlaps(p.page, p.page + p.count - 1, first, last),
    );
    if (hits.length > 0) out.push({ pid: t.pid, writable: hits.some((p) => p.writable) });
  }
  return out;
}

function anonMappers(m: MachineState, pfn: number): Mapper[] {
  const out: Mapper[] = [];
  for (const t of m.tasks) {
    const hit = t.ptes.find((p) => p.backing === 'anon' && pfn >= p.pfn && pfn < p.pfn + p.count);
    if (hit) out.push({ pid: t.pid, writable: hit.writable });
  }
  return out;
}

function placeId(p: CopyPlace): string {
  return p.kind === 'userbuf' ? `userbuf:${p.pid}` : p.kind;
}

/** Splits the page axis at every interval edge and lists, per run, where the bytes are held. */
function copyRuns(intervals: readonly { first: number; last: number; place: CopyPlace }[]): CopyRun[] {
  const edges = [...new Set(intervals.flatMap((v) => [v.first, v.last + 1]))].sort((a, b) => a - b);
  const runs: CopyRun[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const first = edges[i]!;
    const last = edges[i + 1]! - 1;
    const places = intervals.filter((v) => overlaps(v.first, v.last, first, last)).map((v) => v.place);
    if (places.length === 0) continue;
    const prev = runs[runs.length - 1];
    if (prev && prev.last + 1 === first && prev.places.map(placeId).join() === places.map(placeId).join())
      runs[runs.length - 1] = { ...prev, last };
    else runs.push({ first, last, places });
  }
  return runs;
}

/**
 * Pure projection for the physical-memory panel: frames by kind (page cache, anonymous with refcounts, socket
 * buffers), who maps each, and how many copies of each file page's bytes sit in RAM at this step.
 */
export function toPhysicalMemoryView(trace: Trace, step: number): PhysicalMemoryViewModel {
  const m = getMachineAt(trace, step);
  const frames: FrameRow[] = [];
  for (const [first, last] of m.cached) {
    frames.push({
      id: `pc:${first}`,
      kind: 'pagecache',
      // src/sim/kernel/devices.ts: file page p lives in frame PAGECACHE_PFN_BASE + p
      pfns: [PAGECACHE_PFN_BASE + first, PAGECACHE_PFN_BASE + last],
      pages: [first, last],
      refcount: null,
      version: null,
      mappedBy: pageCacheMappers(m, first, last),
    });
  }
  for (const f of [...m.anon].sort((a, b) => a.page - b.page || a.pfn - b.pfn)) {
    frames.push({
      id: `anon:${f.pfn}`,
      kind: 'anon',
      pfns: [f.pfn, f.pfn],
      pages: [f.page, f.page],
      refcount: f.refcount,
      version: f.version,
      mappedBy: anonMappers(m, f.pfn),
    });
  }
  // Contiguous skbs of the same kind are one row: a long send would otherwise list one row per skb.
  const skbRows: FrameRow[] = [];
  for (const s of m.skb) {
    const kind = s.ref ? 'skbRef' : 'skb';
    const prev = skbRows[skbRows.length - 1];
    if (prev && prev.kind === kind && prev.pages[1] + 1 === s.first)
      skbRows[skbRows.length - 1] = { ...prev, pages: [prev.pages[0], s.last] };
    else
      skbRows.push({
        id: `skb:${skbRows.length}`,
        kind,
        pfns: null,
        pages: [s.first, s.last],
        refcount: null,
        version: null,
        mappedBy: [],
      });
  }
  frames.push(...skbRows);
  const intervals: { first: number; last: number; place: CopyPlace }[] = [
    ...m.cached.map(([first, last]) => ({ first, last, place: { kind: 'pagecache' } as const })),
    ...m.tasks.flatMap((t) =>
      t.userBuf && !t.userBuf.ref
        ? [{ first: t.userBuf.first, last: t.userBuf.last, place: { kind: 'userbuf', pid: t.pid } as const }]
        : [],
    ),
    ...m.skb
      .filter((s) => !s.ref)
      .map((s) => ({ first: s.first, last: s.last, place: { kind: 'skb' } as const })),
  ];
  const copies = copyRuns(intervals);
  return { frames, copies, maxCopies: Math.max(0, ...copies.map((c) => c.places.length)) };
}
