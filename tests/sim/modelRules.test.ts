import { describe, expect, it } from 'vitest';
import { MAX_RW_COUNT, getStep, getStraceLines, simulate } from '../../src/sim/index';
import { allSteps, stepsOf } from './helpers';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

describe('rule 1 — page-cache misses and readahead', () => {
  it('a cold 10000-byte file is read by one 3-page request on the first read; later reads hit', () => {
    const t = simulate('read-write', { file: 10000 });
    const disk = stepsOf(t, 'dma.disk_to_pagecache');
    expect(disk.map((s) => [s.data?.first, s.data?.last, s.data?.bytes])).toEqual([[0, 2, 12288]]);
    expect(t.totals.contextSwitches).toBe(2);
  });

  it('readahead windows of ra pages: 1 MiB with ra=32 is 8 requests, with ra=4 is 64', () => {
    expect(simulate('read-write', { file: MiB, ra: 32 }).totals.diskRequests).toBe(8);
    expect(simulate('read-write', { file: MiB, ra: 4 }).totals.diskRequests).toBe(64);
  });

  it('a request never reaches past the file, and a read spanning the window end still gets its pages', () => {
    const t = simulate('read-write', { file: 5 * 4096 + 7, buf: 3 * 4096, ra: 2 });
    for (const s of stepsOf(t, 'dma.disk_to_pagecache')) expect(s.data!.last).toBeLessThanOrEqual(5);
    expect(stepsOf(t, 'dma.disk_to_pagecache').map((s) => [s.data!.first, s.data!.last])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('a warm cache issues no disk request and never blocks', () => {
    const t = simulate('read-write', { file: MiB, cache: 'warm' });
    expect([t.totals.diskRequests, t.totals.contextSwitches]).toEqual([0, 0]);
  });

  it('a miss inside read/sendfile/splice is not a page fault', () => {
    for (const id of ['read-write', 'sendfile', 'splice'] as const)
      expect(simulate(id, { file: MiB }).totals.pageFaults).toBe(0);
  });

  it('the page size changes the request size: page=16384 reads whole 16 KiB pages', () => {
    const t = simulate('read-write', { file: 10000, page: 16384 });
    expect(stepsOf(t, 'dma.disk_to_pagecache').map((s) => s.data!.bytes)).toEqual([16384]);
  });
});

describe('rule 2 — read/write loops', () => {
  it('multi-chunk file with a partial last chunk, loop=size', () => {
    const t = simulate('read-write', { file: 10000 });
    expect(getStraceLines(t)).toEqual([
      'read(3, buf, 4096) = 4096',
      'write(4, buf, 4096) = 4096',
      'read(3, buf, 4096) = 4096',
      'write(4, buf, 4096) = 4096',
      'read(3, buf, 4096) = 1808',
      'write(4, buf, 1808) = 1808',
    ]);
    expect([t.totals.cpuCopies, t.totals.cpuBytes]).toEqual([6, 20000]);
  });

  it('loop=eof adds the final read that returns 0, even when the file ends on a buffer boundary', () => {
    const lines = getStraceLines(simulate('read-write', { file: 12288, loop: 'eof' }));
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('read(3, buf, 4096) = 0');
  });

  it('one TX-completion interrupt and one ACK interrupt per send call of at most 64 KiB', () => {
    const t = simulate('read-write', { file: 10000, cache: 'warm' });
    const sites = allSteps(t).map((s) => s.site);
    expect(sites.filter((s) => s === 'irq.nic.enter')).toHaveLength(3);
    expect(sites.filter((s) => s === 'irq.nic_rx.enter')).toHaveLength(3);
    expect(t.totals.interrupts).toBe(6);
  });

  it('a buffer of MAX_RW_COUNT still moves at most 0x7ffff000 bytes per call', () => {
    const t = simulate('sendfile', { file: 4 * GiB, cache: 'warm' });
    expect(getStraceLines(t)).toEqual([
      `sendfile(4, 3, NULL, ${4 * GiB}) = ${MAX_RW_COUNT}`,
      `sendfile(4, 3, NULL, ${4 * GiB - MAX_RW_COUNT}) = ${MAX_RW_COUNT}`,
      `sendfile(4, 3, NULL, ${4 * GiB - 2 * MAX_RW_COUNT}) = ${4 * GiB - 2 * MAX_RW_COUNT}`,
    ]);
  });
});

describe('rule 4/5 — sendfile and splice', () => {
  it('sendfile with SG moves page references, without SG one CPU copy per call', () => {
    const on = simulate('sendfile', { file: 10000 });
    const off = simulate('sendfile', { file: 10000, sg: 'off' });
    expect(stepsOf(on, 'ref.pagecache_to_skb')).toHaveLength(1);
    expect(on.totals.cpuCopies).toBe(0);
    expect([off.totals.cpuCopies, off.totals.cpuBytes]).toEqual([1, 10000]);
  });

  it('sendfile loop=eof makes the final call that returns 0', () => {
    expect(getStraceLines(simulate('sendfile', { file: 10000, loop: 'eof' }))).toEqual([
      'sendfile(4, 3, NULL, 10000) = 10000',
      'sendfile(4, 3, NULL, 10000) = 0',
    ]);
  });

  it('splice moves at most 64 KiB a call through the pipe and copies nothing with SG', () => {
    const t = simulate('splice', { file: MiB + 100 });
    const lines = getStraceLines(t);
    expect(lines[0]).toBe('pipe2([5, 6], 0) = 0');
    expect(lines.filter((l) => l.startsWith('splice(3'))).toHaveLength(17);
    expect(lines.at(-1)).toBe('splice(5, NULL, 4, NULL, 100, 0) = 100');
    expect(t.totals.cpuCopies).toBe(0);
    expect(simulate('splice', { file: MiB, sg: 'off' }).totals.cpuCopies).toBe(16);
  });
});

describe('rule 6 — mmap', () => {
  it('one kernel-mode fault per fault-around window: 1 MiB warm = 16 faults of 16 pages', () => {
    const t = simulate('mmap-write', { file: MiB, cache: 'warm' });
    const maps = stepsOf(t, 'mm.fault_around');
    expect(maps).toHaveLength(16);
    expect(maps.every((s) => s.params.pages === 16)).toBe(true);
    expect(stepsOf(t, 'fault.kernel_file').every((s) => !s.fromUser)).toBe(true);
    expect(t.totals.modeSwitchesBy.exception).toBe(0);
  });

  it('cold: a fault on a missing page is major and reads a readahead window first', () => {
    const t = simulate('mmap-write', { file: MiB, ra: 32 });
    const faults = stepsOf(t, 'fault.kernel_file');
    expect(faults.filter((s) => s.major)).toHaveLength(8);
    expect(t.totals.diskRequests).toBe(8);
  });

  it('fault-around maps only cached pages: ra=4 with fa=16 needs a fault every 4 pages', () => {
    const t = simulate('mmap-write', { file: 64 * KiB, ra: 4, fa: 16 });
    expect(t.totals.pageFaults).toBe(4);
  });

  it('munmap clears the PTEs and flushes the TLB', () => {
    const t = simulate('mmap-write', { file: 10000 });
    const steps = allSteps(t);
    const zap = steps.findIndex((s) => s.site === 'mm.zap_ptes');
    expect(steps[zap + 1]!.site).toBe('mm.tlb_flush_range');
  });

  it('a 3 GiB mapping does not fit the i386 user half: ENOMEM, nothing else happens', () => {
    const t = simulate('mmap-write', { file: 3 * GiB, arch: 'i386' });
    expect(getStraceLines(t)).toEqual([
      `mmap2(NULL, ${3 * GiB}, PROT_READ, MAP_SHARED, 3, 0) = -1 ENOMEM (Cannot allocate memory)`,
    ]);
    expect(simulate('mmap-write', { file: 3 * GiB, cache: 'warm' }).totals.pageFaults).toBe(
      (3 * GiB) / 4096 / 16,
    );
  });
});

describe('rule 7 — O_DIRECT', () => {
  it('one disk request per read, straight into the user buffer, even with a warm cache', () => {
    const t = simulate('direct-io', { file: 10000, cache: 'warm', loop: 'eof' });
    expect(stepsOf(t, 'dma.disk_to_user').map((s) => s.data!.bytes)).toEqual([4096, 4096, 4096]);
    expect(getStraceLines(t).filter((l) => l.startsWith('read'))).toEqual([
      'read(3, buf, 4096) = 4096',
      'read(3, buf, 4096) = 4096',
      'read(3, buf, 4096) = 1808',
      'read(3, buf, 4096) = 0',
    ]);
    expect(t.totals.contextSwitches).toBe(6);
  });

  it('misaligned buffer, length or alignment → EINVAL and nothing moves', () => {
    for (const p of [{ bufoff: 1 }, { bufoff: 256 }, { buf: 1000 }, { align: 4096, buf: 512 }]) {
      const t = simulate('direct-io', { file: 10000, ...p });
      expect(getStraceLines(t)).toEqual([`read(3, buf, ${p.buf ?? 4096}) = -1 EINVAL (Invalid argument)`]);
      expect(t.totals.dmaTransfers).toBe(0);
    }
    expect(simulate('direct-io', { file: 10000, bufoff: 512 }).totals.syscalls).toBe(6);
  });

  it('the page cache is neither used nor filled', () => {
    const t = simulate('direct-io', { file: 10000 });
    expect(stepsOf(t, 'dma.disk_to_pagecache')).toHaveLength(0);
  });
});

describe('rule 8/9 — fork CoW and ring protection', () => {
  it('after fork both processes map the same frames read-only; copy, copy, then reuse', () => {
    const t = simulate('cow-fork', { pages: 8 });
    const sites = allSteps(t).map((s) => s.site);
    expect(sites.filter((s) => s === 'copy.cow_page')).toHaveLength(2);
    expect(sites.filter((s) => s === 'mm.cow_reuse')).toHaveLength(1);
    expect(t.totals.pageFaults).toBe(3);
  });

  it('a ring-3 load from the kernel half faults with error 0x5 and the process is killed', () => {
    for (const [arch, addr] of [
      ['x86_64', '0xffff888000000000'],
      ['i386', '0xc0000000'],
    ] as const) {
      const steps = allSteps(simulate('kernel-access', { arch }));
      expect(steps.map((s) => s.site)).toEqual([
        'user.load_kernel',
        'fault.user_protection',
        'signal.sigsegv',
        'task.killed',
      ]);
      expect(steps[1]!.params).toMatchObject({ addr, err: '0x5' });
    }
  });
});

describe('return to user mode', () => {
  it.each(['x86_64', 'i386'] as const)(
    '%s: ordinary calls return by the arch’s instruction; the fork child by IRET (ret_from_fork)',
    (arch) => {
      const trace = simulate('cow-fork', { arch });
      const exits = [...Array(trace.length).keys()]
        .map((i) => getStep(trace, i))
        .filter((s) => s.kind === 'syscall.exit');
      const child = exits.filter((s) => s.site === 'task.ret_from_fork');
      expect(child).toHaveLength(1);
      expect(child[0]!.params.entry).toBe('iret');
      const others = exits.filter((s) => s.site !== 'task.ret_from_fork');
      expect(others.length).toBeGreaterThan(0);
      for (const s of others) expect(s.params.entry).toBe(arch === 'i386' ? 'iret' : 'sysret');
    },
  );
});

describe('a device that finishes while the CPU is in another interrupt handler', () => {
  // Found by the invariants property test: the NIC finished during the disk's handler.
  const t = simulate('read-write', { file: 294913, buf: 8192, ra: 60, fa: 1 });
  const steps = [...Array(t.length).keys()].map((i) => getStep(t, i));

  it('completes at its own time, so time never runs backwards', () => {
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.t).toBeGreaterThanOrEqual(steps[i - 1]!.t);
  });

  it('raises its interrupt only after that handler has exited (interrupts are masked inside it)', () => {
    let inside: string | null = null;
    let nested = 0;
    for (const s of steps) {
      if (s.kind === 'irq.enter') {
        if (inside) nested++;
        inside = s.site;
      } else if (s.kind === 'irq.exit') inside = null;
    }
    expect(nested).toBe(0);
    // And the case arises here: a DMA completes between a handler's entry and its exit.
    let inHandler = false;
    let doneInsideHandler = false;
    for (const s of steps) {
      if (s.kind === 'irq.enter') inHandler = true;
      else if (s.kind === 'irq.exit') inHandler = false;
      else if (s.kind === 'dma.done' && inHandler) doneInsideHandler = true;
    }
    expect(doneInsideHandler).toBe(true);
  });
});
