import {
  LAYOUTS,
  PAGECACHE_PFN_BASE,
  countPageTables,
  getMachineAt,
  pageCacheRefcount,
  type MachineState,
  type PageSpan,
  type PageTableCount,
  type TaskState,
  type Trace,
} from '../../sim/index';

export interface Mapper {
  readonly pid: number;
  readonly writable: boolean;
}

export interface FrameRow {
  readonly id: string;
  readonly kind: FrameKind;
  /** Frame numbers [first, last]; null where the model does not number the frames (slab, stacks, tables). */
  readonly pfns: readonly [number, number] | null;
  /** Kernel stack and page-table rows: the process they belong to, and how many frames. */
  readonly owner: number | null;
  readonly frameCount: number | null;
  /** Page-table rows: the tables per level. */
  readonly tables: readonly PageTableCount[] | null;
  /** File pages (page cache, skb) or buffer pages (anon) held, [first, last]. */
  readonly pages: readonly [number, number];
  readonly refcount: number | null;
  /** Anon frames: 'orig', or the pid whose CoW copy this is. */
  readonly version: string | null;
  readonly mappedBy: readonly Mapper[];
}

/** Frame kinds, in the order the view lists them. */
export type FrameKind =
  'kernelStack' | 'pageTable' | 'userBuf' | 'pagecache' | 'anon' | 'skb' | 'skbRef' | 'pipeRef';

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

const NOT_TABLE = { owner: null, frameCount: null, tables: null } as const;

function hasMemory(t: TaskState): boolean {
  return t.state !== 'gone' && t.state !== 'killed' && t.state !== 'zombie';
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

/** Page-cache rows: the cached ranges, split where the refcount or the mappers change. */
function pageCacheRows(m: MachineState): FrameRow[] {
  const rows: FrameRow[] = [];
  for (const [first, last] of m.cached) {
    // Holders only change at span edges; checking every page is fine for the few pages a view lists.
    const edges = new Set([first, last + 1]);
    for (const s of [...m.skb, ...m.pipe]) [s.first, s.last + 1].forEach((e) => edges.add(e));
    for (const t of m.tasks)
      for (const p of t.ptes)
        if (p.backing === 'pagecache') [p.page, p.page + p.count].forEach((e) => edges.add(e));
    const cuts = [...edges].filter((e) => e >= first && e <= last + 1).sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const lo = cuts[i]!;
      const hi = cuts[i + 1]! - 1;
      rows.push({
        id: `pc:${lo}`,
        kind: 'pagecache',
        // src/sim/kernel/devices.ts: file page p lives in frame PAGECACHE_PFN_BASE + p
        pfns: [PAGECACHE_PFN_BASE + lo, PAGECACHE_PFN_BASE + hi],
        pages: [lo, hi],
        refcount: pageCacheRefcount(m, lo),
        version: null,
        mappedBy: pageCacheMappers(m, lo, hi),
        ...NOT_TABLE,
      });
    }
  }
  return rows;
}

/** Kernel memory per process: its kernel stack (THREAD_SIZE) and the page tables of its user half. */
function perProcessRows(trace: Trace, m: MachineState): FrameRow[] {
  const arch = trace.params.arch;
  const live = m.tasks.filter(hasMemory);
  const none = { pfns: null, pages: [0, 0] as const, refcount: null, version: null, mappedBy: [] };
  return [
    ...live.map((t) => ({
      ...none,
      id: `kstack:${t.pid}`,
      kind: 'kernelStack' as const,
      owner: t.pid,
      frameCount: Math.max(1, LAYOUTS[arch].kernelStack / trace.params.page),
      tables: null,
    })),
    ...live.map((t) => {
      const tables = countPageTables(arch, t.ptes);
      return {
        ...none,
        id: `pt:${t.pid}`,
        kind: 'pageTable' as const,
        owner: t.pid,
        frameCount: tables.reduce((n, x) => n + x.count, 0),
        tables,
      };
    }),
  ];
}

/**
 * The resident user buffer of read-write and direct-io (DESIGN §4): anonymous frames the task's page table
 * maps, outside the refcounted frames the model tracks one by one (cow-fork's, in m.anon).
 */
function userBufferRows(m: MachineState): FrameRow[] {
  const rows: FrameRow[] = [];
  for (const t of m.tasks.filter(hasMemory)) {
    for (const p of t.ptes) {
      if (p.backing !== 'anon' || m.anon.some((f) => f.pfn >= p.pfn && f.pfn < p.pfn + p.count)) continue;
      rows.push({
        id: `ubuf:${t.pid}:${p.pfn}`,
        kind: 'userBuf',
        pfns: [p.pfn, p.pfn + p.count - 1],
        owner: t.pid,
        frameCount: null,
        tables: null,
        pages: [p.page, p.page + p.count - 1],
        refcount: 1,
        version: null,
        mappedBy: [{ pid: t.pid, writable: p.writable }],
      });
    }
  }
  return rows;
}

/** Page-reference holders (skb frags, pipe buffers): contiguous spans of one kind are one row. */
function refRows(spans: readonly PageSpan[], kindOf: (s: PageSpan) => FrameKind, prefix: string): FrameRow[] {
  const rows: FrameRow[] = [];
  for (const s of spans) {
    const kind = kindOf(s);
    const prev = rows[rows.length - 1];
    if (prev && prev.kind === kind && prev.pages[1] + 1 === s.first)
      rows[rows.length - 1] = { ...prev, pages: [prev.pages[0], s.last] };
    else
      rows.push({
        id: `${prefix}:${rows.length}`,
        kind,
        pfns: null,
        pages: [s.first, s.last],
        refcount: null,
        version: null,
        mappedBy: [],
        ...NOT_TABLE,
      });
  }
  return rows;
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
 * Pure projection for the physical-memory panel: frames by kind (kernel stacks and page tables per process,
 * page cache and anonymous frames with refcounts, socket buffers, pipe buffers), who maps each, and how many
 * copies of each file page's bytes sit in RAM at this step.
 */
export function toPhysicalMemoryView(trace: Trace, step: number): PhysicalMemoryViewModel {
  const m = getMachineAt(trace, step);
  const frames: FrameRow[] = [...perProcessRows(trace, m), ...userBufferRows(m), ...pageCacheRows(m)];
  for (const f of [...m.anon].sort((a, b) => a.page - b.page || a.pfn - b.pfn)) {
    frames.push({
      id: `anon:${f.pfn}`,
      kind: 'anon',
      pfns: [f.pfn, f.pfn],
      pages: [f.page, f.page],
      refcount: f.refcount,
      version: f.version,
      mappedBy: anonMappers(m, f.pfn),
      ...NOT_TABLE,
    });
  }
  frames.push(...refRows(m.skb, (s) => (s.ref ? 'skbRef' : 'skb'), 'skb'));
  frames.push(...refRows(m.pipe, () => 'pipeRef', 'pipe'));
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
