import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Trace } from '../../../src/sim/index';
import { toAddressSpaceView } from '../../../src/ui/memory/addressSpaceModel';
import { toPageWalkView } from '../../../src/ui/memory/pageWalkModel';
import { toPhysicalMemoryView } from '../../../src/ui/memory/physicalMemoryModel';

function findStep(trace: Trace, pred: (s: ReturnType<typeof getStep>) => boolean): number {
  for (let i = 0; i < trace.length; i++) if (pred(getStep(trace, i))) return i;
  throw new Error('no such step');
}

const cow = simulate('cow-fork');
const afterFork = findStep(cow, (s) => s.kind === 'mm.fork') + 1;
const childCopiesPage0 = findStep(
  cow,
  (s) => s.site === 'mm.cow_map_copy' && s.task === 101 && s.params.addr === '0x4aa000',
);

describe('toPhysicalMemoryView (cow-fork)', () => {
  it('after fork both processes map the same frames read-only, refcount 2', () => {
    const v = toPhysicalMemoryView(cow, afterFork);
    const anon = v.frames.filter((f) => f.kind === 'anon');
    expect(anon.length).toBe(cow.params.pages);
    for (const f of anon) {
      expect(f.refcount).toBe(2);
      expect(f.mappedBy).toEqual([
        { pid: 100, writable: false },
        { pid: 101, writable: false },
      ]);
    }
  });

  it("after the child's write to page 0 there are two frames for page 0, refcount 1 each", () => {
    const v = toPhysicalMemoryView(cow, childCopiesPage0);
    const page0 = v.frames.filter((f) => f.kind === 'anon' && f.pages[0] === 0);
    expect(page0).toHaveLength(2);
    expect(page0.map((f) => f.refcount)).toEqual([1, 1]);
    expect(page0.map((f) => f.mappedBy)).toEqual(
      expect.arrayContaining([[{ pid: 100, writable: false }], [{ pid: 101, writable: true }]]),
    );
    expect(new Set(page0.map((f) => f.pfns![0])).size).toBe(2);
  });
});

describe('toPhysicalMemoryView (copies of file bytes)', () => {
  it('read-write holds the bytes in page cache, user buffer and linear skb data', () => {
    const t = simulate('read-write');
    const counts = Array.from({ length: t.length }, (_, i) => toPhysicalMemoryView(t, i).maxCopies);
    expect(Math.max(...counts)).toBe(3);
    const i = counts.indexOf(3);
    const run = toPhysicalMemoryView(t, i).copies.find((c) => c.places.length === 3)!;
    expect(run.places.map((p) => p.kind).sort()).toEqual(['pagecache', 'skb', 'userbuf']);
  });

  it('page-cache frames are numbered PAGECACHE_PFN_BASE + file page and show their mapper', () => {
    const t = simulate('mmap-write');
    const i = findStep(t, (s) => s.site === 'mm.fault_around');
    const pc = toPhysicalMemoryView(t, i).frames.find((f) => f.kind === 'pagecache')!;
    expect(pc.pfns).toEqual([0x10000, 0x10000]);
    expect(pc.mappedBy).toEqual([{ pid: 100, writable: false }]);
  });
});

describe('toPageWalkView', () => {
  it('kernel-access: the supervisor PTE fails the U/S check and the process is killed', () => {
    const t = simulate('kernel-access');
    const fault = findStep(t, (s) => s.site === 'fault.user_protection');
    const v = toPageWalkView(t, fault);
    expect(v.addr).toBe('0xffff888000000000');
    expect(v.region).toBe('kernel-direct-map');
    expect(v.pte).toMatchObject({ present: true, user: false });
    expect(v.check).toBe('us-failed');
    const end = toPageWalkView(t, t.length - 1);
    expect(end.check).toBe('us-failed');
    expect(end.taskState).toBe('killed');
  });

  it('kernel-access on i386 walks 0xC0000000 to PGD index 768, a 4 MiB direct-map page', () => {
    const t = simulate('kernel-access', { arch: 'i386' });
    const v = toPageWalkView(t, 0);
    expect(v.levels.map((l) => [l.key, l.index])).toEqual([['pgd', 768]]);
    expect(v.pageBytes).toBe(4 * 1024 * 1024);
    expect(v.check).toBe('us-failed');
  });

  it('kernel-access on x86_64: the direct-map walk ends in a 2 MiB page, not a 4 KiB PTE', () => {
    const v = toPageWalkView(simulate('kernel-access'), 0);
    expect(v.levels.map((l) => l.key)).toEqual(['pgd', 'pud', 'pmd']);
    expect([v.pageBytes, v.offsetBits]).toEqual([2 * 1024 * 1024, [20, 0]]);
  });

  it('cow-fork: a write to a shared read-only page is write-protected, then allowed once copied', () => {
    const fault = findStep(cow, (s) => s.kind === 'fault.enter' && s.task === 101);
    expect(toPageWalkView(cow, fault)).toMatchObject({ check: 'write-protected', write: true, pid: 101 });
    const after = toPageWalkView(cow, childCopiesPage0);
    expect(after.pte).toMatchObject({ present: true, writable: true, user: true, backing: 'anon' });
  });
});

describe('toAddressSpaceView', () => {
  it('x86-64: kernel bands on top (high addresses first), the hole as a break, then the user areas', () => {
    const v = toAddressSpaceView(cow, afterFork);
    expect(v.bands.map((b) => `${b.half}:${b.key}`)).toEqual([
      'kernel:modules',
      'kernel:kernel-text',
      'kernel:vmemmap',
      'kernel:vmalloc',
      'kernel:kernel-direct-map',
      'hole:non-canonical',
      'user:stack',
      'user:mmap',
      'user:heap',
      'user:text',
    ]);
    expect(v.processes.map((p) => [p.pid, p.alive])).toEqual([
      [100, true],
      [101, true],
    ]);
    const heap = v.processes.map((p) =>
      p.cells.find((c) => c.key === 'heap')!.ptes.map((e) => [e.pfn, e.writable]),
    );
    expect(heap[0]).toEqual(heap[1]);
    expect(v.processes[1]!.kstack).toEqual(['pt_regs']);
  });

  it('i386: the split at 0xc0000000 and no hole; mmap-write shows the mapping', () => {
    const t = simulate('mmap-write', { arch: 'i386' });
    const i = findStep(t, (s) => s.site === 'mm.fault_around');
    const v = toAddressSpaceView(t, i);
    expect(v.split).toBe('0xc0000000');
    expect(v.bands.some((b) => b.half === 'hole')).toBe(false);
    const mmap = v.processes[0]!.cells.find((c) => c.key === 'mmap')!;
    expect(mmap.present).toBe(true);
    expect(mmap.touched).toBe(true);
    expect(mmap.ptes[0]).toMatchObject({ pfn: '0x10000', backing: 'pagecache', writable: false });
  });

  it('before fork the child has no address space', () => {
    expect(toAddressSpaceView(cow, 0).processes[1]).toMatchObject({ pid: 101, alive: false, state: 'gone' });
  });
});

describe('PTE changes, A/D flags, TLB flushes', () => {
  const mm = simulate('mmap-write', { file: 3 * 4096 });
  const faultAround = findStep(mm, (s) => s.site === 'mm.fault_around');
  const copy = findStep(mm, (s) => s.site === 'copy.mapping_to_skb');
  const zap = findStep(mm, (s) => s.site === 'mm.zap_ptes');

  it('mmap-write: fault-around installs three old, clean, read-only entries; the copy sets Accessed', () => {
    const mmap = (i: number) => toAddressSpaceView(mm, i).processes[0]!.cells.find((c) => c.key === 'mmap')!;
    expect(mmap(faultAround).ptes.map((p) => [p.change, p.accessed, p.dirty, p.writable])).toEqual(
      Array(3).fill(['added', false, false, false]),
    );
    expect(mmap(copy).ptes.map((p) => [p.change, p.accessed])).toEqual(Array(3).fill(['changed', true]));
    expect(toPageWalkView(mm, faultAround).changed).toEqual(['present', 'frame']);
  });

  it('munmap clears the entries (shown once as cleared) and the next step flushes the TLB', () => {
    const mmap = toAddressSpaceView(mm, zap).processes[0]!.cells.find((c) => c.key === 'mmap')!;
    expect(mmap.ptes).toEqual([]);
    expect(mmap.cleared.map((p) => p.change)).toEqual(['removed', 'removed', 'removed']);
    expect(
      toAddressSpaceView(mm, zap + 1).processes[0]!.cells.find((c) => c.key === 'mmap')!.cleared,
    ).toEqual([]);
    expect(toPageWalkView(mm, zap + 1).tlbFlush).toEqual({ pages: 3 });
    expect(toPageWalkView(mm, zap).changed).toContain('present');
  });

  it('cow-fork: fork write-protects both and clears Accessed in the child; a reuse sets A and D', () => {
    const fork = findStep(cow, (s) => s.kind === 'mm.fork');
    const heap = (i: number, k: number) =>
      toAddressSpaceView(cow, i).processes[k]!.cells.find((c) => c.key === 'heap')!.ptes;
    expect(heap(fork, 0).map((p) => [p.writable, p.accessed, p.dirty, p.change])).toEqual(
      Array(4).fill([false, true, true, 'changed']),
    );
    expect(heap(fork, 1).map((p) => [p.writable, p.accessed, p.dirty, p.change])).toEqual(
      Array(4).fill([false, false, true, 'added']),
    );
    const reuse = findStep(cow, (s) => s.site === 'mm.cow_reuse');
    expect(toPageWalkView(cow, reuse)).toMatchObject({
      pte: { writable: true, accessed: true, dirty: true },
      changed: ['writable', 'accessed'],
    });
    expect(toPageWalkView(cow, fork + 1).tlbFlush).toEqual({ pages: -1 });
  });
});

describe('toPhysicalMemoryView: frames by kind', () => {
  it('lists a kernel stack and the user page tables per live process', () => {
    const v = toPhysicalMemoryView(cow, afterFork);
    expect(v.frames.filter((f) => f.kind === 'kernelStack').map((f) => [f.owner, f.frameCount])).toEqual([
      [100, 4],
      [101, 4],
    ]);
    const tables = v.frames.filter((f) => f.kind === 'pageTable');
    expect(tables.map((f) => f.tables!.map((x) => x.count))).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
    const i386 = simulate('cow-fork', { arch: 'i386' });
    const k = toPhysicalMemoryView(i386, 0).frames.find((f) => f.kind === 'kernelStack')!;
    expect(k.frameCount).toBe(2);
  });

  it('page-cache frames count the cache, each mapping and each page reference', () => {
    const mm = simulate('mmap-write');
    const i = findStep(mm, (s) => s.site === 'mm.fault_around');
    expect(toPhysicalMemoryView(mm, i).frames.find((f) => f.kind === 'pagecache')!.refcount).toBe(2);
    const sp = simulate('splice', { cache: 'warm' });
    const inPipe = findStep(sp, (s) => s.site === 'ref.pagecache_to_pipe');
    const v = toPhysicalMemoryView(sp, inPipe);
    expect(v.frames.filter((f) => f.kind === 'pipeRef').map((f) => f.pages)).toEqual([[0, 0]]);
    expect(v.frames.find((f) => f.kind === 'pagecache')!.refcount).toBe(2);
  });
});
