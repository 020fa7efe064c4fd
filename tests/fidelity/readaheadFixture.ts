// The shape of a readahead capture (scripts/captureReadahead.ts writes it, readahead.test.ts reads it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface RaFixture {
  readonly file: number;
  readonly buf: number;
  /** The disk's /sys/block/<dev>/queue/read_ahead_kb and max_sectors_kb during the capture. */
  readonly readAheadKb: number;
  readonly maxSectorsKb: number;
  /** page_cache_ra_order events of the reader, in order: the window's first page, size and async size. */
  readonly windows: readonly { readonly index: number; readonly size: number; readonly async: number }[];
  /** block_rq_issue events of the reader (RA requests), bytes each. */
  readonly requests: readonly number[];
  /** /sys/block/<dev>/stat deltas: completed reads and sectors read. */
  readonly stat: { readonly reads: number; readonly sectors: number };
  readonly kernel: string;
  readonly device: string;
  readonly capturedAt: string;
}

export const RA_DIR = path.join(import.meta.dirname, 'readahead');

export function loadRaFixtures(): RaFixture[] {
  return readdirSync(RA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(RA_DIR, f), 'utf8')) as RaFixture);
}
