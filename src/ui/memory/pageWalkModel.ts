import {
  DIRECT_MAP_BASE,
  describeAddress,
  getMachineAt,
  getStep,
  walkAddress,
  type RegionKey,
  type TaskState,
  type Trace,
} from '../../sim/index';
import { getFocusAddress, hexAddr, type FocusSource } from './focusAddress';

/** What the MMU decides for the focused access. */
export type WalkCheck = 'ok' | 'not-present' | 'write-protected' | 'us-failed' | 'non-canonical';

export interface PageWalkLevelView {
  readonly key: 'pgd' | 'pud' | 'pmd' | 'pte';
  readonly name: string;
  readonly index: number;
  readonly bits: readonly [number, number];
}

export interface PteView {
  readonly present: boolean;
  readonly writable: boolean;
  readonly user: boolean;
  readonly accessed: boolean;
  readonly dirty: boolean;
  /** Frame number, when known. */
  readonly pfn: number | null;
  readonly backing: 'pagecache' | 'anon' | 'kernel' | null;
}

export interface PageWalkViewModel {
  readonly arch: Trace['params']['arch'];
  readonly pid: number;
  readonly taskName: string;
  readonly taskState: TaskState['state'] | null;
  readonly addr: string;
  readonly source: FocusSource;
  readonly region: RegionKey;
  readonly kernelHalf: boolean;
  readonly canonical: boolean;
  readonly levels: readonly PageWalkLevelView[];
  readonly offset: number;
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

const NO_PTE: PteView = {
  present: false,
  writable: false,
  user: true,
  accessed: false,
  dirty: false,
  pfn: null,
  backing: null,
};

const PAGE_SHIFT = 12n;

function userPte(task: TaskState | undefined, vpn: bigint): PteView {
  const r = task?.ptes.find((p) => vpn >= BigInt(p.vpn) && vpn < BigInt(p.vpn) + BigInt(p.count));
  if (!r) return NO_PTE;
  return {
    present: true,
    writable: r.writable,
    user: r.user,
    accessed: r.accessed,
    dirty: r.dirty,
    pfn: r.pfn + Number(vpn - BigInt(r.vpn)),
    backing: r.backing,
  };
}

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
  if (kernelHalf) {
    // The kernel half is mapped in every process, supervisor-only (_PAGE_USER clear); PAGE_KERNEL has A and D set.
    const pfn =
      region.key === 'kernel-direct-map' ? Number((walk.addr - DIRECT_MAP_BASE[arch]) >> PAGE_SHIFT) : null;
    pte = { present: true, writable: true, user: false, accessed: true, dirty: true, pfn, backing: 'kernel' };
  } else if (region.half === 'hole') {
    pte = { ...NO_PTE, user: false };
  } else {
    const vpn = walk.addr >> PAGE_SHIFT;
    pte = userPte(task, vpn);
    const before = getMachineAt(trace, step - 1).tasks.find((t) => t.pid === focus.pid);
    changed = changedFields(userPte(before, vpn), pte);
  }
  const s = getStep(trace, step);
  const tlbFlush = s.kind === 'mmu.tlb_flush' ? { pages: Number(s.params.pages) } : null;
  let check: WalkCheck = 'ok';
  if (!walk.canonical) check = 'non-canonical';
  else if (!pte.present) check = 'not-present';
  else if (focus.fromUser && !pte.user) check = 'us-failed';
  else if (focus.write && !pte.writable) check = 'write-protected';
  return {
    arch,
    pid: focus.pid,
    taskName: trace.tasks.find((t) => t.pid === focus.pid)?.name ?? '',
    taskState: task?.state ?? null,
    addr: hexAddr(walk.addr),
    source: focus.source,
    region: region.key,
    kernelHalf,
    canonical: walk.canonical,
    levels: walk.levels.map((l) => ({ key: l.key, name: l.name, index: l.index, bits: l.bits })),
    offset: walk.offset,
    pte,
    fromUser: focus.fromUser,
    write: focus.write,
    check,
    signal: machine.signal,
    changed,
    tlbFlush,
  };
}
