import { formatBytes } from '../../sim/index';
import type { PlacedBlock } from './machineViewModel';
import { placePages, rangeBytes, type PageRun } from './pageBlocks';

type Ranges = readonly (readonly [number, number])[];

interface OutFileInput {
  readonly cached: Ranges;
  readonly dirty: Ranges;
  readonly writeback: Ranges;
  readonly page: number;
  /** Bytes the file will have (its pages are laid out along the box). */
  readonly file: number;
  /** The words for a dirty page and a page under writeback, in the view's language. */
  readonly words: { readonly dirty: string; readonly writeback: string };
}

type PageKind = 'data' | 'dirty' | 'writeback';

function kindOf(p: number, input: OutFileInput): PageKind | 'empty' {
  const has = (r: Ranges) => r.some(([a, b]) => p >= a && p <= b);
  if (has(input.writeback)) return 'writeback';
  if (has(input.dirty)) return 'dirty';
  return has(input.cached) ? 'data' : 'empty';
}

/** Runs of pages with one state, from the sorted, disjoint range lists (bounded by their number, not pages). */
function runs(input: OutFileInput): PageRun<PageKind>[] {
  const cuts = new Set<number>();
  for (const list of [input.cached, input.dirty, input.writeback])
    for (const [a, b] of list) cuts.add(a).add(b + 1);
  const points = [...cuts].sort((x, y) => x - y);
  const out: { a: number; b: number; kind: PageKind }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]! - 1;
    const kind = kindOf(a, input);
    if (kind === 'empty') continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind && prev.b === a - 1) prev.b = b;
    else out.push({ a, b, kind });
  }
  return out;
}

/**
 * Issue 16: the written file's page-cache blocks — clean, dirty (written, not yet on the disk) or under
 * writeback — one slot per page for small files, else one block per run of pages in one state.
 */
export function outFileBlocks(input: OutFileInput): {
  mode: 'slots' | 'ranges';
  blocks: PlacedBlock[];
  hidden: number;
} {
  const { page, file, words } = input;
  return placePages<PageKind>({
    total: Math.max(1, Math.ceil(file / page)),
    key: 'out',
    kindOf: (p) => kindOf(p, input),
    runs: () => runs(input),
    detail: (kind, a, b) => {
      if (kind === 'empty') return '';
      const bytes = formatBytes(rangeBytes(a, b, page, file));
      return kind === 'data' ? bytes : `${bytes} · ${words[kind]}`;
    },
  });
}
