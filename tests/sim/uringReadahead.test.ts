// Issue 17: io_uring's reads under ra=linux read the windows read() reads (page_cache_sync_ra from io_read,
// then page_cache_async_ra at each PG_readahead mark), so a cold 1 MiB or 64 MiB file makes the disk requests
// the captured cold sequential read made, whatever the batch; the fixed window (ra=N) makes its own.
import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Trace } from '../../src/sim/index';
import { loadRaFixtures } from '../fidelity/readaheadFixture';

/** The readahead windows a trace allocated, as [first page, pages], and its disk requests' sizes. */
function readahead(t: Trace): { windows: number[][]; requests: number[] } {
  const windows: number[][] = [];
  const requests: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const s = getStep(t, i);
    if (/^mm\.pagecache_alloc_(sync|async)_ra$/.test(s.site))
      windows.push([Number(s.params.first), Number(s.params.pages)]);
    if (s.site === 'dma.disk_to_pagecache') requests.push(s.data!.bytes);
  }
  return { windows, requests };
}

describe.each(loadRaFixtures().map((f) => [f.file, f] as const))('io-uring ra=linux, file=%i', (_file, f) => {
  const common = { file: f.file, buf: f.buf, cache: 'cold', ra: 'linux', rakb: f.readAheadKb } as const;
  const read = simulate('read-write', common);

  // 64 MiB runs ~10 s per variant: the batch and SQPOLL variants run on 1 MiB only.
  const variants = [
    ['batch=32', { batch: 32 }],
    ['batch=256', { batch: 256 }],
    ['sqpoll=on', { sqpoll: 'on' }],
  ] as const;
  it.each(f.file > 1 << 20 ? variants.slice(0, 1) : variants)(
    '%s: the disk requests of the capture, in read()’s windows',
    (_name, extra) => {
      const t = simulate('io-uring', { ...common, ...extra });
      expect(t.totals.diskRequests).toBe(f.stat.reads);
      const got = readahead(t);
      expect(got.requests).toEqual(f.requests);
      expect(got.windows).toEqual(readahead(read).windows);
      // Every byte still reaches user space once, as with read().
      expect(t.totals.cpuBytes).toBe(2 * f.file);
    },
  );

  it('the fixed window is another model: ra=32 reads 128 KiB per request', () => {
    const t = simulate('io-uring', { ...common, ra: 32 });
    expect(t.totals.diskRequests).toBe(Math.ceil(f.file / (32 * 4096)));
    expect(t.totals.diskRequests).not.toBe(f.stat.reads);
  });
});
