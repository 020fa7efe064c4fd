import { describe, expect, it } from 'vitest';
import {
  asyncWindow,
  initRaSize,
  markOf,
  nextRaSize,
  syncWindow,
  type RaWindow,
} from '../../src/sim/kernel/readahead';
import { parseParams, simulate } from '../../src/sim/index';

/**
 * Follows a sequential reader of 1-page reads through the windows: the sync window at page 0, then each
 * async window when the reader reaches the previous window's mark (as kernel/linuxRead.ts does).
 */
function windows(max: number, lastPage: number, count: number): [number, number][] {
  let w: RaWindow = syncWindow(0, 1, max);
  const out: [number, number][] = [[w.start, w.size]];
  while (out.length < count) {
    const mark = markOf(w, lastPage);
    if (!mark) break;
    w = asyncWindow(w, mark.page, mark.order, 1, max, mark.page + 1);
    out.push([w.start, w.size]);
  }
  return out;
}

describe('Linux readahead arithmetic (mm/readahead.c, 6.18)', () => {
  it('get_init_ra_size and get_next_ra_size, by hand', () => {
    // 1 page with ra_pages 2048: 1 ≤ 64 → ×4; 256 pages: 256 ≤ 512 → ×2; 1024 > 512 → max.
    expect([initRaSize(1, 2048), initRaSize(256, 2048), initRaSize(1024, 2048)]).toEqual([4, 512, 2048]);
    // With the default 32 pages (128 KiB): 1 → 4, 3 → 4 → 8 (4 ≤ 8), 16 → 32 (max).
    expect([initRaSize(1, 32), initRaSize(3, 32), initRaSize(16, 32)]).toEqual([4, 8, 32]);
    // Ramp-up: ×4 below max/16, ×2 up to max/2, then max.
    expect([
      nextRaSize(4, 2048),
      nextRaSize(240, 2048),
      nextRaSize(1024, 2048),
      nextRaSize(2048, 2048),
    ]).toEqual([16, 480, 2048, 2048]);
  });

  it('the first window of a 1-page read: 4 pages, PG_readahead on page 1', () => {
    const w = syncWindow(0, 1, 2048);
    expect(w).toEqual({ start: 0, size: 4, async: 3, order: 0 });
    expect(markOf(w, 1_000_000)).toEqual({ page: 1, order: 0 });
  });

  it('ra_pages 2048 (read_ahead_kb 8192): the windows the capture of a 64 MiB read showed, computed by hand', () => {
    // start += size; size = next(size) trimmed so the end is a multiple of 2^min(order + 2, 11):
    // 4 → 16; 16 → 64 trimmed to 60 (end 84 → 80); 60 → 240; 240 → 480 trimmed to 448 (end 800 → 768);
    // 448 → 896 trimmed to 256 (end 1664 → 1024); 256 → 512; 512 → 1024 trimmed to 512 (end 2560 → 2048); …
    expect(windows(2048, 16383, 12)).toEqual([
      [0, 4],
      [4, 16],
      [20, 60],
      [80, 240],
      [320, 448],
      [768, 256],
      [1024, 512],
      [1536, 512],
      [2048, 1024],
      [3072, 1024],
      [4096, 2048],
      [6144, 2048],
    ]);
  });

  it('ra_pages 32 (the common 128 KiB): the ramp stays within 32 pages, the windows tile the file', () => {
    const ws = windows(32, 4095, 40);
    for (let i = 1; i < ws.length; i++) expect(ws[i]![0]).toBe(ws[i - 1]![0] + ws[i - 1]![1]);
    expect(Math.max(...ws.map(([, size]) => size))).toBeLessThanOrEqual(32);
    expect(ws.slice(0, 3)).toEqual([
      [0, 4],
      [4, 8],
      [12, 4],
    ]);
  });
});

describe('ra as a parameter', () => {
  it('accepts linux besides a page count, and read_ahead_kb as rakb', () => {
    const r = parseParams('read-write', { ra: 'linux', rakb: '8192' });
    expect(r.ok && r.params.ra).toBe('linux');
    expect(r.ok && r.params.rakb).toBe(8192);
    expect(parseParams('read-write', { ra: 'fast' }).ok).toBe(false);
  });

  it('a cold 1 MiB file read in one 1 MiB read is one 1 MiB request (reference §4, read_ahead_kb 8192)', () => {
    const t = simulate('read-write', { file: 1 << 20, buf: 1 << 20, ra: 'linux', rakb: 8192 });
    expect(t.totals.diskRequests).toBe(1);
  });

  it('every page of a cold file is read from the disk exactly once, whatever the read size', () => {
    for (const [file, buf, rakb] of [
      [300_000, 4096, 128],
      [1_000_000, 65536, 128],
      [2_000_000, 1000, 512],
      [5 << 20, 1 << 20, 8192],
    ] as const) {
      const t = simulate('read-write', { file, buf, ra: 'linux', rakb });
      expect(t.totals.dmaBytes - file, `${file} ${buf}`).toBe(Math.ceil(file / 4096) * 4096);
    }
  });
});
