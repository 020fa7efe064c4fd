import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Trace } from '../../../src/sim/index';
import { MAX_RANGES, compactBytes, pageCacheBlocks, pageLabel } from '../../../src/ui/machine/pageBlocks';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

function firstStep(trace: Trace, pred: (i: number) => boolean, from = 0): number {
  for (let i = from; i < trace.length; i++) if (pred(i)) return i;
  throw new Error('no such step');
}

describe('toMachineView', () => {
  it('the ring follows the step, at every step', () => {
    const t = simulate('syscall', {});
    for (let i = 0; i < t.length; i++) {
      expect(toMachineView(t, i, 'en').cpu.ring).toBe(getStep(t, i).ring);
    }
  });

  it('after read-write copies a page to the user buffer, the page cache still holds it', () => {
    const t = simulate('read-write', { file: 10000 });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'cpu.copy');
    const vm = toMachineView(t, i, 'en');
    expect(vm.lanes[0]!.buffer!.blocks.map((b) => b.label)).toEqual(['p0']);
    const p0 = vm.pagecache!.blocks.find((b) => b.label === 'p0');
    expect(p0?.kind).toBe('data');
    expect(vm.move).toMatchObject({ kind: 'copy', from: 'pagecache', to: 'user' });
    expect(vm.ram.copies).toBe('p0 ×2');
  });

  it('sendfile queues references (frags) in the skb; with sg=off a linear copy joins them at transmit', () => {
    for (const sg of ['on', 'off'] as const) {
      const t = simulate('sendfile', { file: 10000, sg });
      const i = firstStep(t, (k) => getStep(t, k).kind === 'ref.move');
      const skb = toMachineView(t, i, 'en').skb!;
      expect(skb.blocks.map((b) => b.kind)).toEqual(['ref']);
      // 10,000 bytes of payload plus 1 KiB of skb overhead, of the default 4 MiB send buffer.
      expect(skb.caption).toBe('10.8 KiB / 4 MiB');
      expect(skb.count).toBe('1 skb');
      expect(skb.fill).toBeCloseTo(11024 / (4 * 1024 * 1024));
    }
    const t = simulate('sendfile', { file: 10000, sg: 'off' });
    const copy = firstStep(t, (k) => getStep(t, k).site === 'copy.skb_linearize');
    expect(toMachineView(t, copy, 'en').skb!.blocks.map((b) => b.kind)).toEqual(['ref', 'data']);
    const sent = firstStep(t, (k) => getStep(t, k).site === 'dma.skb_to_nic.done');
    expect(toMachineView(t, sent, 'en').skb!.blocks.map((b) => b.kind)).toEqual(['ref']);
  });

  it('a cold read shows the task blocked from sched.block until it is woken', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const block = firstStep(t, (k) => getStep(t, k).kind === 'sched.block');
    const wake = firstStep(t, (k) => getStep(t, k).kind === 'sched.wake', block);
    expect(toMachineView(t, block - 1, 'en').lanes[0]!.dim).toBe(false);
    for (let i = block; i < wake; i++) {
      const lane = toMachineView(t, i, 'en').lanes[0]!;
      expect(lane.dim).toBe(true);
      expect(lane.stateLabel).toMatch(/blocked \(waiting for disk\)/);
    }
    expect(toMachineView(t, wake, 'en').lanes[0]!.stateLabel).not.toMatch(/blocked/);
  });

  it('summarises a 1 GiB page cache as a few range blocks', () => {
    const t = simulate('sendfile', { file: 2 ** 30, cache: 'warm' });
    const vm = toMachineView(t, t.length - 1, 'en');
    expect(vm.pagecache!.mode).toBe('ranges');
    expect(vm.pagecache!.blocks).toHaveLength(1);
    expect(vm.pagecache!.blocks[0]).toMatchObject({ label: 'p0–p262143', detail: '1 GiB' });
  });

  it('bounds page-cache blocks however fragmented the cache is', () => {
    const cached: [number, number][] = Array.from({ length: 50 }, (_, k) => [k * 10, k * 10 + 3]);
    const { blocks, hidden } = pageCacheBlocks({ cached, locked: null, page: 4096, file: 4096 * 1000 });
    expect(blocks).toHaveLength(MAX_RANGES);
    expect(hidden).toBe(50 - MAX_RANGES);
  });

  it('shows the frame a CoW copy fills, and counts the copies of the page', () => {
    const t = simulate('cow-fork', {});
    const i = firstStep(t, (k) => getStep(t, k).kind === 'cpu.copy');
    const vm = toMachineView(t, i, 'en');
    expect(vm.move?.fromCell).toMatch(/^anon-/);
    expect(vm.move?.toCell).toMatch(/^anon-/);
    expect(vm.ram.cells.some((c) => `anon-${c.key.slice(5)}` === vm.move?.toCell)).toBe(true);
    expect(vm.ram.copies).toMatch(/×2$/);
  });

  it('greys the killed process and names the signal', () => {
    const t = simulate('kernel-access', {});
    const lane = toMachineView(t, t.length - 1, 'en').lanes[0]!;
    expect(lane.alert).toBe(true);
    expect(lane.stateLabel).toBe('killed by SIGSEGV');
  });

  it('translates labels', () => {
    const t = simulate('read-write', {});
    const vm = toMachineView(t, 0, 'zh-CN');
    expect(vm.pagecache!.title).toBe('页缓存');
    expect(vm.cpu.ringLabel).toBe('ring 0 · 内核态');
  });

  // msg-zerocopy's disk box said "4 KiB" (its `file`, bytes the program made): a run that never touches the
  // disk says so at every step, in both languages; a run with a file on the disk keeps its size there.
  it.each([
    ['msg-zerocopy', {}],
    ['msg-zerocopy', { nic: 'loopback', file: 65536 }],
    ['vmsplice', {}],
    ['syscall', {}],
    ['cow-fork', {}],
  ] as const)('%s %o: the disk box shows no file size, the disk is not used', (id, params) => {
    const t = simulate(id, params);
    expect(t.totals.diskRequests).toBe(0);
    for (let i = 0; i < t.length; i++) {
      const disk = toMachineView(t, i, 'en').disk;
      expect(disk.lines).toEqual(['not used']);
      expect(disk.active).toBe(false);
    }
    expect(toMachineView(t, t.length - 1, 'zh-CN').disk.lines).toEqual(['未使用']);
  });

  it.each([
    ['read-write', { cache: 'warm', file: 10000 }, ['10000 B', 'idle']],
    ['read-write', { cache: 'cold', file: 10000 }, ['10000 B', 'idle']],
    ['recv-write', { file: 4096 }, ['4 KiB', 'idle']],
    ['io-uring', { file: 65536 }, ['64 KiB', 'idle']],
  ] as const)('%s %o: the disk box keeps the file’s size', (id, params, last) => {
    const t = simulate(id, params);
    expect(toMachineView(t, t.length - 1, 'en').disk.lines).toEqual(last);
  });

  it('a cold read shows the disk reading the pages it DMAs', () => {
    const t = simulate('read-write', { cache: 'cold', file: 10000 });
    const i = firstStep(t, (k) => getStep(t, k).site === 'dma.disk_to_pagecache');
    const lines = toMachineView(t, i, 'en').disk.lines;
    expect(lines[0]).toBe('10000 B');
    expect(lines[1]).toMatch(/^→ p\d/);
  });

  it('clamps the step into the trace', () => {
    const t = simulate('syscall', {});
    expect(toMachineView(t, 999, 'en').step).toBe(t.length - 1);
    expect(toMachineView(t, -5, 'en').step).toBe(0);
  });
});

describe('page labels', () => {
  it('names single pages and ranges, and sizes compactly', () => {
    expect(pageLabel(3, 3)).toBe('p3');
    expect(pageLabel(0, 262143)).toBe('p0–p262143');
    expect(compactBytes(10000)).toBe('9.77 KiB');
    expect(compactBytes(2 ** 30)).toBe('1 GiB');
    expect(compactBytes(512)).toBe('512 B');
  });
});
