import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getMachineAt,
  parseParams,
  simulate,
  type Params,
  type Step,
  type Trace,
  type Totals,
} from '../../src/sim/index';
import { allSteps } from './helpers';

/** Issue 16's reference totals (README "Receiving and writing files"), defaults file=4096 buf=4096 mss=1448. */
const REFERENCE: [string, 'recv-write' | 'file-copy', Partial<Params>, Partial<Totals>][] = [
  [
    'recv-write',
    'recv-write',
    {},
    {
      syscalls: 4,
      cpuCopies: 4,
      cpuBytes: 8192,
      dmaTransfers: 3,
      dmaBytes: 4096,
      diskRequests: 0,
      interrupts: 2,
    },
  ],
  [
    'recv-write sync=fsync',
    'recv-write',
    { sync: 'fsync' },
    {
      syscalls: 5,
      cpuCopies: 4,
      cpuBytes: 8192,
      dmaTransfers: 4,
      dmaBytes: 8192,
      diskRequests: 1,
      interrupts: 3,
    },
  ],
  [
    'recv-write sync=osync',
    'recv-write',
    { sync: 'osync' },
    {
      syscalls: 4,
      cpuCopies: 4,
      cpuBytes: 8192,
      dmaTransfers: 5,
      dmaBytes: 12288,
      diskRequests: 2,
      interrupts: 4,
    },
  ],
  [
    'recv-write sync=direct',
    'recv-write',
    { sync: 'direct' },
    {
      syscalls: 3,
      cpuCopies: 2,
      cpuBytes: 4096,
      dmaTransfers: 4,
      dmaBytes: 8192,
      diskRequests: 1,
      interrupts: 3,
    },
  ],
  [
    'file-copy',
    'file-copy',
    {},
    { syscalls: 2, cpuCopies: 2, cpuBytes: 8192, dmaTransfers: 1, dmaBytes: 4096, diskRequests: 1 },
  ],
  [
    'file-copy sync=fsync',
    'file-copy',
    { sync: 'fsync' },
    { syscalls: 3, cpuCopies: 2, cpuBytes: 8192, dmaTransfers: 2, dmaBytes: 8192, diskRequests: 2 },
  ],
  [
    'file-copy sync=direct',
    'file-copy',
    { sync: 'direct' },
    { syscalls: 2, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 2, dmaBytes: 8192 },
  ],
  [
    'file-copy method=mmap sync=fsync',
    'file-copy',
    { method: 'mmap', sync: 'fsync' },
    { syscalls: 4, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 2, pageFaults: 1 },
  ],
  [
    'file-copy method=sendfile sync=fsync',
    'file-copy',
    { method: 'sendfile', sync: 'fsync' },
    { syscalls: 2, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 2 },
  ],
  [
    'file-copy method=splice sync=fsync',
    'file-copy',
    { method: 'splice', sync: 'fsync' },
    { syscalls: 4, cpuCopies: 1, cpuBytes: 4096, dmaTransfers: 2 },
  ],
];

const sites = (t: Trace, site: string): Step[] => allSteps(t).filter((s) => s.site === site);
const last = (t: Trace) => getMachineAt(t, t.length - 1);
const pagesOf = (p: Params) => Math.ceil(p.file / p.page);
const diskWriteBytes = (t: Trace) =>
  [...sites(t, 'dma.pagecache_to_disk.done'), ...sites(t, 'dma.user_to_disk.done')].reduce(
    (n, s) => n + s.data!.bytes,
    0,
  );

describe('issue 16 reference totals', () => {
  it.each(REFERENCE)('%s', (_name, scenario, params, want) => {
    const t = simulate(scenario, params);
    for (const [k, v] of Object.entries(want)) expect(t.totals[k as keyof Totals], k).toBe(v);
  });
});

/** The receive path's rules, checked on one trace. */
function checkReceive(t: Trace): void {
  const p = t.params;
  // The peer's bytes arrive by NIC DMA in frames of at most mss, in order, exactly once.
  const frames = sites(t, 'dma.wire_to_rx.done');
  expect(frames.length).toBe(Math.ceil(p.file / p.mss));
  let next = 0;
  for (const f of frames) {
    expect(f.data!.offset).toBe(next);
    expect(f.data!.bytes).toBeLessThanOrEqual(p.mss);
    next += f.data!.bytes;
  }
  expect(next).toBe(p.file);
  // NAPI hands every frame up once; recv() copies the stream to the user in order, once.
  expect(sites(t, 'net.rx_deliver').length).toBe(frames.length);
  let taken = 0;
  for (const c of sites(t, 'copy.skb_to_user')) {
    expect(c.data!.offset).toBe(taken);
    taken += c.data!.bytes;
  }
  expect(taken).toBe(p.file);
  // At most one interrupt per `coalesce` new frames, plus the end of the burst (NAPI masks it while polling).
  const irqs = sites(t, 'irq.nic_rxdata.enter').length;
  expect(irqs).toBeGreaterThan(0);
  expect(irqs).toBeLessThanOrEqual(Math.floor(frames.length / p.coalesce) + 1);
}

/** The write path's rules: the file's bytes went into it in order; what is dirty at the end was never written back. */
function checkWrite(t: Trace): void {
  const p = t.params;
  const m = last(t);
  if (p.sync === 'direct') {
    expect(m.out.cached).toEqual([]);
    expect(diskWriteBytes(t)).toBe(p.file);
    return;
  }
  expect(m.out.size).toBe(p.file);
  expect(m.out.cached).toEqual([[0, pagesOf(p) - 1]]);
  expect(m.out.writeback).toEqual([]);
  if (p.sync === 'none') {
    // write() returns when the data is in memory: every page is still dirty and no disk DMA happened.
    expect(m.out.dirty).toEqual([[0, pagesOf(p) - 1]]);
    expect(sites(t, 'dma.pagecache_to_disk')).toEqual([]);
  } else {
    expect(m.out.dirty).toEqual([]);
    expect(diskWriteBytes(t)).toBeGreaterThanOrEqual(pagesOf(p) * p.page);
  }
}

describe('recv-write: the rules hold', () => {
  it('sync=none ends with the file’s pages dirty in memory and no disk DMA', () => {
    const t = simulate('recv-write', { file: 100000 });
    checkReceive(t);
    checkWrite(t);
    expect(t.totals.diskRequests).toBe(0);
    expect(t.totals.dmaBytes).toBe(100000);
  });

  it('fsync blocks the process until writeback completes; the disk DMA carries the whole file', () => {
    const t = simulate('recv-write', { file: 1000000, buf: 65536, sync: 'fsync' });
    checkReceive(t);
    checkWrite(t);
    const steps = allSteps(t);
    const enter = steps.findIndex((s) => s.site === 'fsync.enter');
    const exit = steps.findIndex((s) => s.site === 'fsync.exit');
    const block = steps.findIndex((s) => s.site === 'sched.block_writeback');
    const lastDone = steps.map((s) => s.site).lastIndexOf('dma.pagecache_to_disk.done');
    const wake = steps.findIndex((s) => s.site === 'sched.wake_writeback');
    expect(enter).toBeLessThan(block);
    expect(block).toBeLessThan(lastDone);
    expect(lastDone).toBeLessThan(wake);
    expect(wake).toBeLessThan(exit);
    // The disk writes whole pages: the file's size rounded up to a page (245 pages here).
    expect(diskWriteBytes(t)).toBe(pagesOf(t.params) * 4096);
    expect(diskWriteBytes(t)).toBe(1003520);
    // The process is asleep between block and wake.
    expect(getMachineAt(t, block).tasks[0]!.state).toBe('blocked');
  });

  it('mss=9000: 9000-byte frames, one RX DMA each', () => {
    const t = simulate('recv-write', { file: 1048576, mss: 9000, sync: 'fsync' });
    checkReceive(t);
    checkWrite(t);
    expect(sites(t, 'dma.wire_to_rx.done').length).toBe(117);
  });

  it('O_DIRECT writes go from the user buffer to the disk; a length off the alignment fails with EINVAL', () => {
    const t = simulate('recv-write', { file: 65536, buf: 16384, sync: 'direct' });
    checkReceive(t);
    checkWrite(t);
    expect(sites(t, 'copy.user_to_pagecache')).toEqual([]);
    const bad = simulate('recv-write', { file: 1000, sync: 'direct' });
    const exit = sites(bad, 'write_direct.exit')[0]!;
    expect(exit.params.ret).toBe(-22);
    expect(bad.totals.diskRequests).toBe(0);
  });

  it('coalescing frames lowers the interrupt count; NAPI takes several frames per interrupt', () => {
    const one = simulate('recv-write', { file: 1048576 });
    const eight = simulate('recv-write', { file: 1048576, coalesce: 8 });
    const irqs = (t: Trace) => sites(t, 'irq.nic_rxdata.enter').length;
    expect(irqs(one)).toBeLessThan(sites(one, 'dma.wire_to_rx.done').length);
    expect(irqs(eight)).toBeLessThan(irqs(one));
    expect(irqs(eight)).toBeLessThanOrEqual(Math.floor(725 / 8) + 1);
  });

  it('the flusher (a kworker) writes the dirty pages back once they are older than expire', () => {
    const t = simulate('recv-write', { expire: 0 });
    expect(t.tasks.some((x) => x.kernel && x.name.startsWith('kworker'))).toBe(true);
    expect(sites(t, 'wb.flusher').length).toBe(1);
    expect(last(t).out.dirty).toEqual([]);
    expect(diskWriteBytes(t)).toBe(4096);
    // With the default 30 s no run of this size lasts that long: the pages stay dirty.
    expect(sites(simulate('recv-write', {}), 'wb.flusher')).toEqual([]);
  });

  it('on parameters no test lists (random file, buf, mss, coalesce, sync, loop)', () => {
    fc.assert(
      fc.property(
        fc.record({
          file: fc.integer({ min: 1, max: 200_000 }),
          buf: fc.constantFrom(512, 1000, 4096, 65536),
          mss: fc.integer({ min: 536, max: 9000 }),
          coalesce: fc.integer({ min: 1, max: 64 }),
          sync: fc.constantFrom('none' as const, 'fsync' as const, 'osync' as const),
          loop: fc.constantFrom('size' as const, 'eof' as const),
        }),
        (p) => {
          const t = simulate('recv-write', p);
          checkReceive(t);
          checkWrite(t);
          // The mirror of read + write: one copy in recv(), one in write(), per chunk.
          const recvs = sites(t, 'recvfrom.exit').filter((s) => Number(s.params.ret) > 0).length;
          expect(t.totals.cpuCopies).toBe(2 * recvs);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('issue 16 runs: time, rings, determinism', () => {
  it('the machine after the last step of a trace of exactly 2 × 256 steps (no checkpoint 2)', () => {
    const p = { file: 42001, buf: 1000, mss: 539, coalesce: 23, sync: 'fsync', loop: 'eof' } as const;
    const t = simulate('recv-write', p);
    expect(t.length).toBe(512);
    expect(getMachineAt(t, t.length - 1).out.dirty).toEqual([]);
  });

  it.each([
    ['recv-write', { file: 50000, sync: 'osync' }],
    ['recv-write', { file: 50000, sync: 'direct', buf: 8192, loop: 'eof' }],
    ['recv-write', { file: 50000, expire: 0, coalesce: 4 }],
    ['file-copy', { file: 50000, method: 'splice', sync: 'osync' }],
    ['file-copy', { file: 50000, method: 'mmap', expire: 0 }],
  ] as const)('%s %o', (scenario, params) => {
    const steps = allSteps(simulate(scenario, params));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.t).toBeGreaterThanOrEqual(steps[i - 1]!.t);
    for (const s of steps) {
      if (s.kind === 'syscall.enter' || s.kind === 'cpu.copy') expect(s.ring).toBe(0);
      if (s.kind === 'syscall.exit') expect(s.ring).toBe(3);
    }
    expect(allSteps(simulate(scenario, params))).toEqual(steps);
  });
});

describe('file-copy: the rules hold', () => {
  it.each(['rw', 'mmap', 'sendfile', 'splice'] as const)(
    'method=%s copies the file into the destination’s pages, in order; rw copies twice per chunk, the others once',
    (method) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 300_000 }),
          fc.constantFrom(1000, 4096, 65536),
          fc.constantFrom('cold' as const, 'warm' as const),
          fc.constantFrom('none' as const, 'fsync' as const, 'osync' as const),
          (file, buf, cache, sync) => {
            const t = simulate('file-copy', { file, buf, cache, sync, method });
            checkWrite(t);
            const into = allSteps(t).filter((s) => s.kind === 'cpu.copy' && s.data?.to === 'pagecache');
            let next = 0;
            for (const c of into) {
              expect(c.data!.offset).toBe(next);
              next += c.data!.bytes;
            }
            expect(next).toBe(file);
            const calls = t.totals.syscalls - (sync === 'fsync' ? 1 : 0);
            if (method === 'rw') expect(t.totals.cpuCopies).toBe(calls);
            if (method === 'sendfile') expect(t.totals.cpuCopies).toBe(calls);
            if (method === 'splice') expect(t.totals.cpuCopies).toBe((calls - 1) / 2);
            if (method === 'mmap') expect(t.totals.cpuCopies).toBe(calls - 2);
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});

describe('file-copy parameters', () => {
  it('refuses sync=direct with a method other than rw, naming why', () => {
    const r = parseParams('file-copy', { sync: 'direct', method: 'splice' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toEqual({ code: 'directNeedsRw', name: 'sync', value: 'direct', method: 'splice' });
    expect(parseParams('file-copy', { sync: 'direct', method: 'rw' }).ok).toBe(true);
  });
});
