import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMachineAt, parseParams, simulate, type Params, type Totals } from '../../src/sim/index';
import { allSteps } from './helpers';

type Scenario = 'copy-file-range' | 'vmsplice' | 'file-copy';

/** Issue 17's reference totals (README "copy_file_range and vmsplice"), defaults file=4096 page=4096. */
const REFERENCE: [string, Scenario, Partial<Params>, Partial<Totals>][] = [
  [
    'copy-file-range (ext4, cold)',
    'copy-file-range',
    {},
    {
      syscalls: 1,
      modeSwitches: 2,
      cpuCopies: 1,
      cpuBytes: 4096,
      dmaTransfers: 1,
      dmaBytes: 4096,
      diskRequests: 1,
      pageFaults: 0,
    },
  ],
  [
    'copy-file-range cache=warm',
    'copy-file-range',
    { cache: 'warm' },
    { syscalls: 1, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 0, diskRequests: 0 },
  ],
  [
    'copy-file-range sync=fsync',
    'copy-file-range',
    { sync: 'fsync' },
    { syscalls: 2, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 2, dmaBytes: 8192, diskRequests: 2 },
  ],
  [
    'copy-file-range fs=xfs',
    'copy-file-range',
    { fs: 'xfs' },
    {
      syscalls: 1,
      modeSwitches: 2,
      cpuCopies: 0,
      cpuBytes: 0,
      dmaTransfers: 0,
      diskRequests: 0,
      interrupts: 0,
    },
  ],
  [
    'copy-file-range fs=btrfs sync=fsync',
    'copy-file-range',
    { fs: 'btrfs', sync: 'fsync' },
    { syscalls: 2, cpuCopies: 0, dmaTransfers: 0, diskRequests: 0 },
  ],
  [
    'file-copy method=copy_file_range',
    'file-copy',
    { method: 'copy_file_range' },
    { syscalls: 1, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 1, diskRequests: 1 },
  ],
  [
    'vmsplice',
    'vmsplice',
    {},
    {
      syscalls: 3,

      cpuCopies: 0,
      cpuBytes: 0,
      dmaTransfers: 1,
      dmaBytes: 4096,
      diskRequests: 0,
      pageFaults: 0,
      interrupts: 2,
    },
  ],
];

describe('issue 17 reference totals', () => {
  it.each(REFERENCE)('%s', (_name, scenario, params, want) => {
    const t = simulate(scenario, params);
    for (const [k, v] of Object.entries(want)) expect(t.totals[k as keyof Totals], k).toBe(v);
  });
});

describe('copy-file-range: the rules hold on parameters no test lists', () => {
  it('ext4: one in-kernel copy per call of exactly the file, in order, into dirty pages; no user copy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.constantFrom('cold' as const, 'warm' as const),
        fc.constantFrom('none' as const, 'fsync' as const, 'osync' as const),
        fc.constantFrom(8, 32, 'linux' as const),
        (file, cache, sync, ra) => {
          const t = simulate('copy-file-range', { file, cache, sync, ra });
          const steps = allSteps(t);
          const copies = steps.filter((s) => s.kind === 'cpu.copy');
          expect(copies.every((s) => s.site === 'copy.pagecache_to_pagecache_cfr')).toBe(true);
          let next = 0;
          for (const c of copies) {
            expect(c.data!.offset).toBe(next);
            next += c.data!.bytes;
          }
          expect(next).toBe(file);
          const calls = steps.filter((s) => s.site === 'copy_file_range.enter').length;
          expect(t.totals.cpuCopies).toBe(calls);
          expect(t.totals.cpuBytes).toBe(file);
          // Cold: every source page read from the disk once; warm: no read.
          const read = steps
            .filter((s) => s.site === 'dma.disk_to_pagecache.done')
            .reduce((n, s) => n + s.data!.bytes, 0);
          expect(read).toBe(cache === 'cold' ? Math.ceil(file / 4096) * 4096 : 0);
          const m = getMachineAt(t, t.length - 1);
          const pages = Math.ceil(file / 4096);
          expect(m.out.cached).toEqual([[0, pages - 1]]);
          expect(m.out.dirty).toEqual(sync === 'none' ? [[0, pages - 1]] : []);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('xfs and btrfs: a reflink — no copy, no DMA, no page read or dirtied, whatever the cache or sync', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 30 }),
        fc.constantFrom('xfs' as const, 'btrfs' as const),
        fc.constantFrom('cold' as const, 'warm' as const),
        fc.constantFrom('none' as const, 'fsync' as const, 'osync' as const),
        (file, fs, cache, sync) => {
          const t = simulate('copy-file-range', { file, fs, cache, sync });
          expect(t.totals.cpuCopies).toBe(0);
          expect(t.totals.dmaTransfers).toBe(0);
          expect(t.totals.diskRequests).toBe(0);
          const m = getMachineAt(t, t.length - 1);
          expect(m.out.dirty).toEqual([]);
          expect(m.cached).toEqual(cache === 'warm' ? [[0, Math.ceil(file / 4096) - 1]] : []);
          const remapped = allSteps(t).filter((s) => s.site === 'fs.reflink_remap');
          expect(remapped.reduce((n, s) => n + Number(s.params.ret), 0)).toBe(file);
          // At most MAX_RW_COUNT (0x7ffff000) per call.
          expect(remapped.length).toBe(Math.ceil(file / 0x7ffff000));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('sync=direct is refused with its own problem, naming copy_file_range', () => {
    const r = parseParams('copy-file-range', { sync: 'direct' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toEqual({
        code: 'directNeedsRw',
        name: 'sync',
        value: 'direct',
        method: 'copy_file_range',
      });
  });
});

describe('vmsplice: the rules hold on parameters no test lists', () => {
  it('no CPU copy at all: references to the buffer’s pages go through the pipe to the socket, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(4096, 65536, 1 << 20, 4 << 20),
        fc.constantFrom('off' as const, 'on' as const),
        (file, sndbuf, autocork) => {
          const t = simulate('vmsplice', { file, sndbuf, autocork });
          expect(t.totals.cpuCopies).toBe(0);
          expect(t.totals.diskRequests).toBe(0);
          const steps = allSteps(t);
          const into = steps.filter((s) => s.site === 'ref.user_to_pipe');
          let next = 0;
          for (const r of into) {
            expect(r.data!.offset).toBe(next);
            expect(r.data!.bytes).toBeLessThanOrEqual(65536);
            next += r.data!.bytes;
          }
          expect(next).toBe(file);
          // Two calls a round (vmsplice, splice) and pipe2; every byte leaves through the NIC once.
          expect(t.totals.syscalls).toBe(1 + 2 * Math.ceil(file / 65536));
          const sent = steps.filter((s) => s.kind === 'dma.done' && s.data?.to === 'wire');
          expect(sent.reduce((n, s) => n + s.data!.bytes, 0)).toBe(file);
        },
      ),
      { numRuns: 20 },
    );
  });
});
