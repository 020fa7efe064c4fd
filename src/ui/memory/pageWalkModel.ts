import {
  DIRECT_MAP_BASE,
  describeAddress,
  getMachineAt,
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
}

const PAGE_SHIFT = 12n;

function userPte(task: TaskState | undefined, vpn: bigint): PteView {
  const r = task?.ptes.find((p) => vpn >= BigInt(p.vpn) && vpn < BigInt(p.vpn) + BigInt(p.count));
  if (!r) return { present: false, writable: false, user: true, pfn: null, backing: null };
  return {
    present: true,
    writable: r.writable,
    user: r.user,
    pfn: r.pfn + Number(vpn - BigInt(r.vpn)),
    backing: r.backing,
  };
}

/**
 * Pure projection for the page-walk panel: the focused address split into table indices, the PTE that maps it
 * in the step's task (kernel addresses: the shared supervisor-only kernel mapping) and the MMU's verdict.
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
  if (kernelHalf) {
    // The kernel half is mapped in every process, supervisor-only (_PAGE_USER clear).
    const pfn =
      region.key === 'kernel-direct-map' ? Number((walk.addr - DIRECT_MAP_BASE[arch]) >> PAGE_SHIFT) : null;
    pte = { present: true, writable: true, user: false, pfn, backing: 'kernel' };
  } else if (region.half === 'hole') {
    pte = { present: false, writable: false, user: false, pfn: null, backing: null };
  } else {
    pte = userPte(task, walk.addr >> PAGE_SHIFT);
  }
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
  };
}
