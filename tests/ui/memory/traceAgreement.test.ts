import { describe, expect, it } from 'vitest';
import {
  ANON_PFN_BASE,
  PAGECACHE_PFN_BASE,
  getMachineAt,
  getStep,
  simulate,
  type Params,
  type ScenarioId,
  type Trace,
} from '../../../src/sim/index';
import { toAddressSpaceView } from '../../../src/ui/memory/addressSpaceModel';
import { toPageWalkView } from '../../../src/ui/memory/pageWalkModel';
import { toPhysicalMemoryView } from '../../../src/ui/memory/physicalMemoryModel';

/** One page's entry as this test reconstructs it from the trace's own events. */
interface Entry {
  pfn: number;
  writable: boolean;
  accessed: boolean;
  dirty: boolean;
}

/** The page tables and anonymous refcounts, folded independently from the steps' PTE and frame events. */
class Fold {
  readonly ptes = new Map<number, Map<number, Entry>>();
  readonly anonRefs = new Map<number, number>();
  private vmaVpn = 0;

  constructor(private readonly trace: Trace) {
    // The scenario's stated initial state (DESIGN §4) is the only thing taken from the machine.
    const m0 = getMachineAt(trace, -1);
    for (const t of m0.tasks) {
      const map = new Map<number, Entry>();
      for (const r of t.ptes)
        for (let k = 0; k < r.count; k++)
          map.set(r.vpn + k, { pfn: r.pfn + k, writable: r.writable, accessed: r.accessed, dirty: r.dirty });
      this.ptes.set(t.pid, map);
    }
    for (const f of m0.anon) this.anonRefs.set(f.pfn, f.refcount);
  }

  private of(pid: number): Map<number, Entry> {
    if (!this.ptes.has(pid)) this.ptes.set(pid, new Map());
    return this.ptes.get(pid)!;
  }

  apply(i: number): void {
    const s = getStep(this.trace, i);
    const page = this.trace.params.page;
    const num = (k: string) => Number(s.params[k]);
    const mine = this.of(s.task);
    switch (s.site) {
      case 'mm.mmap_vma':
        this.vmaVpn = num('addr') / page;
        break;
      case 'mm.fault_around':
        for (let k = 0; k < num('pages'); k++)
          mine.set(num('vpn') + k, { pfn: num('pfn') + k, writable: false, accessed: false, dirty: false });
        break;
      case 'copy.mapping_to_skb':
        for (let p = s.data!.first; p <= s.data!.last; p++) {
          const e = mine.get(this.vmaVpn + p);
          if (e) e.accessed = true;
        }
        break;
      case 'mm.zap_ptes':
        for (let k = 0; k < num('pages'); k++) mine.delete(num('vpn') + k);
        break;
      case 'mm.fork_copy_ptes': {
        const child = this.of(num('child'));
        for (const [vpn, e] of mine) {
          e.writable = false;
          child.set(vpn, { ...e, accessed: false });
          if (this.anonRefs.has(e.pfn)) this.anonRefs.set(e.pfn, this.anonRefs.get(e.pfn)! + 1);
        }
        break;
      }
      case 'mm.cow_map_copy': {
        const old = mine.get(num('vpn'))!;
        this.anonRefs.set(old.pfn, this.anonRefs.get(old.pfn)! - 1);
        this.anonRefs.set(num('pfn'), 1);
        mine.set(num('vpn'), { pfn: num('pfn'), writable: true, accessed: true, dirty: true });
        break;
      }
      case 'mm.cow_reuse':
        Object.assign(mine.get(num('vpn'))!, { writable: true, accessed: true, dirty: true });
        break;
      case 'user.store': {
        const e = mine.get(num('addr') / page);
        if (e?.writable) Object.assign(e, { accessed: true, dirty: true });
        break;
      }
      case 'task.exited':
      case 'task.killed':
        for (const e of mine.values())
          if (this.anonRefs.has(e.pfn)) this.anonRefs.set(e.pfn, this.anonRefs.get(e.pfn)! - 1);
        for (const [pfn, n] of [...this.anonRefs]) if (n === 0) this.anonRefs.delete(pfn);
        mine.clear();
        break;
    }
  }

  mappersOf(pfn: number): { pid: number; writable: boolean }[] {
    const out: { pid: number; writable: boolean }[] = [];
    for (const [pid, map] of [...this.ptes].sort((a, b) => a[0] - b[0]))
      for (const e of map.values()) if (e.pfn === pfn) out.push({ pid, writable: e.writable });
    return out;
  }
}

function checkStep(trace: Trace, fold: Fold, i: number): void {
  const where = `step ${i} (${getStep(trace, i).site})`;
  // Address-space view: which frame each process maps at each page, with the flags.
  const as = toAddressSpaceView(trace, i);
  for (const p of as.processes) {
    const shown = new Map(
      p.cells.flatMap((c) =>
        c.ptes.map((e) => [
          Number(e.vaddr) / 4096,
          { pfn: Number(e.pfn), writable: e.writable, accessed: e.accessed, dirty: e.dirty },
        ]),
      ),
    );
    const expected = p.alive ? new Map(fold.ptes.get(p.pid) ?? []) : new Map();
    expect(Object.fromEntries(shown), `${where}, pid ${p.pid}`).toEqual(Object.fromEntries(expected));
  }
  // Physical memory view: anonymous refcounts and who maps each frame; page-cache frames' mappers.
  const phys = toPhysicalMemoryView(trace, i);
  const anon = phys.frames.filter((f) => f.kind === 'anon');
  expect(Object.fromEntries(anon.map((f) => [f.pfns![0], f.refcount])), `${where}: anon refcounts`).toEqual(
    Object.fromEntries(fold.anonRefs),
  );
  for (const f of anon)
    expect(f.mappedBy, `${where}: mappers of ${f.pfns![0]}`).toEqual(fold.mappersOf(f.pfns![0]));
  for (const f of phys.frames.filter((x) => x.kind === 'pagecache'))
    for (let pfn = f.pfns![0]; pfn <= f.pfns![1]; pfn++) {
      const mappers = fold.mappersOf(pfn);
      expect(f.mappedBy, `${where}: mappers of page-cache frame ${pfn}`).toEqual(mappers);
      expect(f.refcount, `${where}: refcount of ${pfn}`).toBe(1 + mappers.length);
    }
  // Page walk: the PTE of the focused user address is the one the fold holds.
  const walk = toPageWalkView(trace, i);
  if (!walk.kernelHalf && walk.canonical) {
    const e = fold.ptes.get(walk.pid)?.get(Number(BigInt(walk.addr) >> 12n));
    expect(
      { present: walk.pte.present, pfn: walk.pte.pfn, writable: walk.pte.present && walk.pte.writable },
      `${where}: walk of ${walk.addr}`,
    ).toEqual({ present: e !== undefined, pfn: e?.pfn ?? null, writable: e?.writable ?? false });
    if (e) expect({ a: walk.pte.accessed, d: walk.pte.dirty }).toEqual({ a: e.accessed, d: e.dirty });
  }
}

const CASES: [ScenarioId, Partial<Params>][] = [
  ['mmap-write', {}],
  ['mmap-write', { arch: 'i386', file: 3 * 4096, cache: 'warm' }],
  ['mmap-write', { file: 40 * 4096, fa: 16 }],
  ['cow-fork', {}],
  ['cow-fork', { arch: 'i386', pages: 3 }],
  ['kernel-access', {}],
  ['kernel-access', { arch: 'i386' }],
];

describe('the memory views agree with the trace’s PTE and frame events at every step', () => {
  it.each(CASES)('%s %j', (scenario, params) => {
    const trace = simulate(scenario, params);
    const fold = new Fold(trace);
    for (let i = 0; i < trace.length; i++) {
      fold.apply(i);
      checkStep(trace, fold, i);
    }
  });

  it('the fold is not trivially empty: cow-fork ends with private copies, mmap-write maps then unmaps', () => {
    const cow = simulate('cow-fork');
    const fold = new Fold(cow);
    for (let i = 0; i < cow.length; i++) fold.apply(i);
    expect([...fold.anonRefs.keys()].some((pfn) => pfn >= ANON_PFN_BASE + cow.params.pages)).toBe(true);
    const mm = simulate('mmap-write');
    const f2 = new Fold(mm);
    let mappedMax = 0;
    for (let i = 0; i < mm.length; i++) {
      f2.apply(i);
      mappedMax = Math.max(mappedMax, f2.mappersOf(PAGECACHE_PFN_BASE).length);
    }
    expect(mappedMax).toBe(1);
    expect(f2.mappersOf(PAGECACHE_PFN_BASE)).toEqual([]);
  });
});
