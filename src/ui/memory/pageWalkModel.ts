import {
  NO_PTE,
  checkAccess,
  describeAddress,
  getMachineAt,
  getStep,
  kernelPte,
  lookupUserPte,
  walkAddress,
  type AccessVerdict,
  type PteLookup,
  type RegionKey,
  type TaskState,
  type Trace,
} from '../../sim/index';
import { getFocusAddress, hexAddr, type FocusSource } from './focusAddress';

/** What the MMU decides for the focused access (the core's checkAccess). */
export type WalkCheck = AccessVerdict;

export interface PageWalkLevelView {
  readonly key: 'pgd' | 'pud' | 'pmd' | 'pte';
  readonly name: string;
  readonly index: number;
  readonly bits: readonly [number, number];
}

/** The entry as the core's MMU lookup reads it. */
export type PteView = PteLookup;

export interface PageWalkViewModel {
  readonly arch: Trace['params']['arch'];
  readonly pid: number;
  readonly taskName: string;
  readonly taskState: TaskState['state'] | null;
  readonly addr: string;
  readonly source: FocusSource;
  /** The program has no user address to walk at this step (no buffer, no mapping): the view says so. */
  readonly none: boolean;
  readonly region: RegionKey;
  readonly kernelHalf: boolean;
  readonly canonical: boolean;
  readonly levels: readonly PageWalkLevelView[];
  readonly offset: number;
  readonly offsetBits: readonly [number, number];
  /** The page the walk ends in: 4 KiB, or a large page (the direct map). */
  readonly pageBytes: number;
  readonly pte: PteView;
  readonly fromUser: boolean;
  readonly write: boolean;
  readonly check: WalkCheck;
  readonly signal: string | null;
  /** The PTE fields this step changed for the address ('present', 'writable', 'accessed', 'dirty', 'frame'). */
  readonly changed: readonly PteField[];
  /** This step flushes the TLB: for `pages` pages (-1: the whole address space). */
  readonly tlbFlush: { readonly pages: number } | null;
}

export type PteField = 'present' | 'writable' | 'accessed' | 'dirty' | 'frame';

function changedFields(a: PteView, b: PteView): PteField[] {
  const out: PteField[] = [];
  if (a.present !== b.present) out.push('present');
  if (b.present && a.writable !== b.writable) out.push('writable');
  if (b.present && a.accessed !== b.accessed) out.push('accessed');
  if (b.present && a.dirty !== b.dirty) out.push('dirty');
  if (a.pfn !== b.pfn) out.push('frame');
  return out;
}

/**
 * Pure projection for the page-walk panel: the focused address split into table indices, the PTE that maps it
 * in the step's task (kernel addresses: the shared supervisor-only kernel mapping), what this step changed in
 * that PTE, and the MMU's verdict.
 */
export function toPageWalkView(trace: Trace, step: number): PageWalkViewModel {
  const arch = trace.params.arch;
  const focus = getFocusAddress(trace, step);
  const machine = getMachineAt(trace, step);
  const task = machine.tasks.find((t) => t.pid === focus.pid);
  const walk = walkAddress(arch, focus.addr);
  const region = describeAddress(arch, walk.addr);
  const kernelHalf = region.half === 'kernel';
  let pte: PteView;
  let changed: PteField[] = [];
  const page = trace.params.page;
  if (kernelHalf) {
    pte = kernelPte(arch, walk.addr, region.key === 'kernel-direct-map');
  } else if (region.half === 'hole') {
    pte = { ...NO_PTE, user: false };
  } else {
    pte = lookupUserPte(task, walk.addr, page);
    const before = getMachineAt(trace, step - 1).tasks.find((t) => t.pid === focus.pid);
    changed = changedFields(lookupUserPte(before, walk.addr, page), pte);
  }
  const s = getStep(trace, step);
  const tlbFlush = s.kind === 'mmu.tlb_flush' ? { pages: Number(s.params.pages) } : null;
  const check = checkAccess(walk.canonical, pte, focus);
  return {
    arch,
    pid: focus.pid,
    taskName: trace.tasks.find((t) => t.pid === focus.pid)?.name ?? '',
    taskState: task?.state ?? null,
    addr: hexAddr(walk.addr),
    source: focus.source,
    none: focus.source === 'none',
    region: region.key,
    kernelHalf,
    canonical: walk.canonical,
    levels: walk.levels.map((l) => ({ key: l.key, name: l.name, index: l.index, bits: l.bits })),
    offset: walk.offset,
    offsetBits: walk.offsetBits,
    pageBytes: walk.pageBytes,
    pte,
    fromUser: focus.fromUser,
    write: focus.write,
    check,
    signal: machine.signal,
    changed,
    tlbFlush,
  };
}
