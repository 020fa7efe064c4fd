import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countPageTables,
  getMachineAt,
  lookupUserPte,
  pageAddress,
  simulate,
  toAddress,
  userBufferOf,
  SCENARIO_IDS,
  type Params,
  type Trace,
} from '../../../src/sim/index';
import { toEntryView } from '../../../src/ui/entry/entryModel';
import { toMachineView } from '../../../src/ui/machine/toMachineView';
import { toAddressSpaceView } from '../../../src/ui/memory/addressSpaceModel';
import { toPageWalkView } from '../../../src/ui/memory/pageWalkModel';
import { toPhysicalMemoryView } from '../../../src/ui/memory/physicalMemoryModel';

/** Issue 12: the machine view, the memory tab and the entry view read one machine state per step. */

const paramsArb = fc.record({
  file: fc.integer({ min: 1, max: 40_000 }),
  buf: fc.constantFrom(512, 4096, 8192),
  cache: fc.constantFrom('cold' as const, 'warm' as const),
  sg: fc.constantFrom('on' as const, 'off' as const),
  loop: fc.constantFrom('size' as const, 'eof' as const),
  arch: fc.constantFrom('x86_64' as const, 'i386' as const),
  ra: fc.integer({ min: 1, max: 8 }),
  fa: fc.constantFrom(1, 4, 16),
  pages: fc.integer({ min: 1, max: 8 }),
});

const caseArb = fc.tuple(
  fc.constantFrom(...SCENARIO_IDS),
  paramsArb,
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const traces = new Map<string, Trace>();
function traceOf(id: (typeof SCENARIO_IDS)[number], p: Partial<Params>): Trace {
  const key = `${id}?${JSON.stringify(p)}`;
  if (!traces.has(key)) traces.set(key, simulate(id, p));
  return traces.get(key)!;
}

function checkStep(trace: Trace, step: number): void {
  const page = trace.params.page;
  const m = getMachineAt(trace, step);
  const machine = toMachineView(trace, step, 'en');
  const space = toAddressSpaceView(trace, step);
  const walk = toPageWalkView(trace, step);
  const phys = toPhysicalMemoryView(trace, step);
  const entry = toEntryView(trace, step);
  const buffer = userBufferOf(trace.scenario, trace.params);

  for (const lane of machine.lanes) {
    const task = m.tasks.find((t) => t.pid === lane.pid);
    const column = space.processes.find((c) => c.pid === lane.pid)!;
    const heap = column.cells.find((c) => c.key === 'heap')!;
    // A buffer the machine view draws with bytes in it is mapped: present in the page walk's lookup.
    if (lane.buffer && lane.buffer.blocks.length > 0) {
      expect(buffer, 'a drawn buffer belongs to a program that has one').not.toBeNull();
      expect(lookupUserPte(task, toAddress(buffer!.addr), page).present).toBe(true);
      expect(heap.ptes.length).toBeGreaterThan(0);
    }
    // File pages the lane shows as mapped have present entries at their addresses.
    for (const b of lane.mapping?.blocks ?? []) {
      const pte = task?.ptes.find((p) => p.backing === 'pagecache' && p.page === b.first);
      expect(pte).toBeDefined();
      expect(lookupUserPte(task, pageAddress(pte!.vpn, page), page).present).toBe(true);
    }
    // Copy-on-write cells are entries the address-space view lists, with the same writability.
    for (const c of lane.cow?.cells ?? []) {
      const vpn = Number(c.key.split('-').at(-1));
      const entry = [...column.cells.flatMap((x) => x.ptes)].find(
        (e) => toAddress(e.vaddr) === pageAddress(vpn, page),
      );
      expect(entry?.writable).toBe(c.writable);
    }
    // The heap cell names a buffer exactly when the program has one, of the program's size.
    if (column.alive) {
      expect(heap.detail?.bytes ?? null).toBe(buffer?.bytes ?? null);
    }
    // The page-table frames the physical view counts are those the address-space view's entries need.
    const tables = phys.frames.find((f) => f.kind === 'pageTable' && f.owner === lane.pid);
    if (tables && task) expect(tables.tables).toEqual(countPageTables(trace.params.arch, task.ptes));
  }

  // The walk agrees with the address-space view: an address it finds present is listed there, and back.
  if (!walk.none && !walk.kernelHalf && walk.canonical) {
    const column = space.processes.find((c) => c.pid === walk.pid);
    const listed = (column?.alive ? column.cells.flatMap((c) => c.ptes) : []).some(
      (e) => toAddress(e.vaddr) === (toAddress(walk.addr) / BigInt(page)) * BigInt(page),
    );
    expect(listed).toBe(walk.pte.present);
  }
  // The walk's task and access agree with the CPU state the machine view and the entry view show.
  expect(entry.pid).toBe(walk.pid);
  expect(entry.ring).toBe(m.ring);
  if (walk.source === 'userBuf' || walk.source === 'vma') expect(walk.fromUser).toBe(m.ring === 3);
  if (!buffer && walk.source !== 'vma') expect(walk.source).not.toBe('userBuf');
}

describe('the machine view, the memory tab and the entry view agree at every step', () => {
  it('random scenarios, parameters and steps', () => {
    fc.assert(
      fc.property(caseArb, ([id, p, at]) => {
        const trace = traceOf(id, p);
        checkStep(trace, Math.min(trace.length - 1, Math.floor(at * trace.length)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the memory tab at the steps the issue names', () => {
  it('read-write?file=10000&step=12: the filled buffer is present, with its tables, and write() reads it in ring 0', () => {
    const t = simulate('read-write', { file: 10000 });
    const walk = toPageWalkView(t, 12);
    expect(walk.addr).toBe('0x4aa000');
    expect(walk.pte.present).toBe(true);
    expect(walk.check).toBe('ok');
    expect(walk.fromUser).toBe(false);
    const tables = toPhysicalMemoryView(t, 12).frames.find((f) => f.kind === 'pageTable')!.tables!;
    expect(Object.fromEntries(tables.map((x) => [x.key, x.count]))).toEqual({
      pgd: 1,
      pud: 1,
      pmd: 1,
      pte: 1,
    });
    const heap = toAddressSpaceView(t, 12).processes[0]!.cells.find((c) => c.key === 'heap')!;
    expect(heap.ptes.map((e) => e.vaddr)).toEqual(['0x4aa000']);
  });

  it('the copy into the buffer is a kernel-mode write to it', () => {
    const t = simulate('read-write', { file: 10000 });
    const walk = toPageWalkView(t, 10);
    expect([walk.source, walk.addr, walk.fromUser, walk.write]).toEqual(['step', '0x4aa000', false, true]);
  });

  it.each(['sendfile', 'splice', 'kernel-access', 'mmap-write', 'syscall'] as const)(
    '%s has no user buffer: no 4,096-byte buffer in the address space',
    (id) => {
      const t = simulate(id);
      for (const step of [0, t.length - 1]) {
        const heap = toAddressSpaceView(t, step).processes[0]!.cells.find((c) => c.key === 'heap')!;
        expect(heap.detail).toBeNull();
      }
    },
  );

  it('sendfile: the page walk says there is no user address instead of walking a buffer that is not there', () => {
    const t = simulate('sendfile');
    expect(toPageWalkView(t, 0).none).toBe(true);
  });

  it('cow-fork: the buffer is pages × page bytes', () => {
    const t = simulate('cow-fork', { pages: 64 });
    const heap = toAddressSpaceView(t, 0).processes[0]!.cells.find((c) => c.key === 'heap')!;
    expect(heap.detail?.bytes).toBe(64 * 4096);
  });
});
