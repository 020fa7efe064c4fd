// ra=linux against real Linux (issue 17): a cold sequential read with 4 KiB reads of 1 MiB and 64 MiB,
// captured by scripts/captureReadahead.ts (tracepoints page_cache_ra_order and block_rq_issue, and the
// disk's /sys/block/<dev>/stat delta), must make the same disk requests, of the same sizes, in the same
// readahead windows.
import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Step, type Trace } from '../../src/sim/index';
import { loadRaFixtures } from './readaheadFixture';

/** The steps of the sites this test reads, found in one pass over the trace. */
function readSteps(t: Trace): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < t.length; i++) {
    const s = getStep(t, i);
    if (/^(dma\.disk_to_pagecache|mm\.pagecache_alloc_(sync|async)_ra)$/.test(s.site)) out.push(s);
  }
  return out;
}

const fixtures = loadRaFixtures();

describe('ra=linux matches the captured cold sequential reads', () => {
  it('has captures of 1 MiB and 64 MiB', () => {
    expect(fixtures.map((f) => f.file)).toEqual([1 << 20, 64 << 20]);
  });

  describe.each(fixtures.map((f) => [f.file, f] as const))('file=%i', (_file, f) => {
    const t = simulate('read-write', {
      file: f.file,
      buf: f.buf,
      cache: 'cold',
      ra: 'linux',
      rakb: f.readAheadKb,
    });
    const pages = Math.ceil(f.file / 4096);
    const found = readSteps(t);
    const steps = (site: RegExp): Step[] => found.filter((s) => site.test(s.site));

    it('as many disk requests as /sys/block/<dev>/stat counted', () => {
      expect(f.stat.reads).toBe(f.requests.length);
      expect(t.totals.diskRequests).toBe(f.stat.reads);
    });

    it('each request the size block_rq_issue showed (split at max_sectors_kb)', () => {
      expect(steps(/^dma\.disk_to_pagecache$/).map((s) => s.data!.bytes)).toEqual(f.requests);
      expect(Math.max(...f.requests)).toBeLessThanOrEqual(f.maxSectorsKb * 1024);
    });

    it('the readahead windows page_cache_ra_order showed, clipped at the end of the file', () => {
      const real = f.windows
        .filter((w) => w.index < pages)
        .map((w) => [w.index, Math.min(w.size, pages - w.index)]);
      const sim = steps(/^mm\.pagecache_alloc_(sync|async)_ra$/).map((s) => [
        Number(s.params.first),
        Number(s.params.pages),
      ]);
      expect(sim).toEqual(real);
    });

    it('one synchronous window (the first read waits), the rest asynchronous', () => {
      expect(steps(/^mm\.pagecache_alloc_sync_ra$/).length).toBe(1);
      expect(steps(/^mm\.pagecache_alloc_async_ra$/).length).toBe(
        f.windows.filter((w) => w.index < pages).length - 1,
      );
    });
  });
});
