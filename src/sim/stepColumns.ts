import type { RawStep } from './applyStep';

const SHIFT = 16;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;

interface Chunk {
  readonly site: Uint16Array;
  readonly task: Uint16Array;
  readonly ring: Uint8Array;
  /** F's bits: 0–7, and 8–10 the file slot (issue 14's several files). */
  readonly flags: Uint16Array;
  readonly line: Uint8Array;
  readonly t: Float64Array;
  readonly n: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
}

function newChunk(size = CHUNK): Chunk {
  return {
    site: new Uint16Array(size),
    task: new Uint16Array(size),
    ring: new Uint8Array(size),
    flags: new Uint16Array(size),
    line: new Uint8Array(size),
    t: new Float64Array(size),
    n: new Float64Array(size),
    a: new Float64Array(size),
    b: new Float64Array(size),
    c: new Float64Array(size),
  };
}

/** An empty chunk that stands for released ones: a stray read finds nothing rather than old steps. */
const RELEASED = newChunk(0);

/** Frees the memory of every whole chunk below step `end` (a streamed run never reads them again). */
export function releaseChunksBelow(cols: StepColumns, end: number): void {
  for (let k = 0; k < Math.floor(end / CHUNK); k++) cols.chunks[k] = RELEASED;
}

/**
 * Steps stored column-wise in fixed 64 Ki-step chunks (≈ 47 bytes a step): a 1 GiB read/write trace of
 * 2.6 M steps fits in ~120 MB, and growing never copies what is already stored.
 */
export interface StepColumns {
  readonly chunks: Chunk[];
  length: number;
}

export function createColumns(): StepColumns {
  return { chunks: [], length: 0 };
}

export function pushStep(cols: StepColumns, s: RawStep, line: number): void {
  const i = cols.length;
  const off = i & MASK;
  if (off === 0) cols.chunks.push(newChunk());
  const ch = cols.chunks[i >>> SHIFT]!;
  ch.site[off] = s.site;
  ch.task[off] = s.task;
  ch.ring[off] = s.ring;
  ch.flags[off] = s.flags;
  ch.line[off] = line;
  ch.t[off] = s.t;
  ch.n[off] = s.n;
  ch.a[off] = s.a;
  ch.b[off] = s.b;
  ch.c[off] = s.c;
  cols.length = i + 1;
}

/** Reads step i into `out` (reused to avoid allocation in replay loops). */
export function readStep(cols: StepColumns, i: number, out: RawStep): RawStep {
  const ch = cols.chunks[i >>> SHIFT]!;
  const off = i & MASK;
  out.site = ch.site[off]!;
  out.task = ch.task[off]!;
  out.ring = ch.ring[off] as 0 | 3;
  out.flags = ch.flags[off]!;
  out.t = ch.t[off]!;
  out.n = ch.n[off]!;
  out.a = ch.a[off]!;
  out.b = ch.b[off]!;
  out.c = ch.c[off]!;
  return out;
}

export function readLine(cols: StepColumns, i: number): number {
  return cols.chunks[i >>> SHIFT]!.line[i & MASK]!;
}

export function readSite(cols: StepColumns, i: number): number {
  return cols.chunks[i >>> SHIFT]!.site[i & MASK]!;
}

export function readTime(cols: StepColumns, i: number): number {
  return cols.chunks[i >>> SHIFT]!.t[i & MASK]!;
}

export function emptyRaw(): RawStep {
  return { site: 0, task: 0, ring: 3, flags: 0, t: 0, n: 0, a: 0, b: 0, c: 0 };
}
