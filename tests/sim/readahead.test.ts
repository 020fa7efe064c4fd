import { describe, expect, it } from 'vitest';
import { getStep, parseParams, simulate, type Params } from '../../src/sim/index';

/** The readahead windows a cold sequential read opened: [first page, pages] of each allocation step. */
function windows(params: Partial<Params>): [number, number][] {
  const t = simulate('read-write', { cache: 'cold', ra: 'linux', ...params });
  const out: [number, number][] = [];
  for (let i = 0; i < t.length; i++) {
    const s = getStep(t, i);
    if (/^mm\.pagecache_alloc_(sync|async)_ra$/.test(s.site))
      out.push([Number(s.params.first), Number(s.params.pages)]);
  }
  return out;
}

describe('Linux readahead windows (mm/readahead.c, 6.18), computed by hand', () => {
  it('ra_pages 32 (read_ahead_kb 128, the common default), 4 KiB reads: the ramp to 32 pages', () => {
    // Sync window: get_init_ra_size(1, 32) = 4 (1 ≤ 32/32 → ×4), PG_readahead on page 1 (async_size 3).
    // Each async window starts where the last ended with get_next_ra_size (×4 below 2, ×2 up to 16, else
    // 32), its end rounded down to a multiple of 2^min(order + 2, 5) where order grows by 2 a window
    // (capped at log2(size)): 4 → 8; 8 → 16 cut to 4 (end 28 → 16); 4 → 8; 8 → 16 cut to 8 (40 → 32);
    // 8 → 16; 16 → 32 cut to 16 (80 → 64); 16 → 32; then 32 each.
    expect(windows({ file: 160 * 4096, buf: 4096, rakb: 128 })).toEqual([
      [0, 4],
      [4, 8],
      [12, 4],
      [16, 8],
      [24, 8],
      [32, 16],
      [48, 16],
      [64, 32],
      [96, 32],
      [128, 32],
    ]);
  });

  it('ra_pages 2048, 64 KiB reads: get_init_ra_size(16, 2048) = 64 (16 ≤ 64 → ×4), mark after the request', () => {
    // async_size = 64 − 16 = 48: the mark on page 16; the next window starts at 64 with get_next_ra_size(64)
    // = 256 (64 < 128 → ×4), end 320 rounded to 2^min(0 + 2, 11) = 4 → 256 pages.
    expect(windows({ file: 1 << 20, buf: 65536, rakb: 8192 }).slice(0, 2)).toEqual([
      [0, 64],
      [64, 192],
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
