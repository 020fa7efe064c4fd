import {
  ADDRESS_REGIONS,
  LAYOUTS,
  getMachineAt,
  hex,
  pageAddress,
  userBufferOf,
  type RegionKey,
  type TaskState,
  type Trace,
} from '../../sim/index';
import { getFocusAddress, hexAddr } from './focusAddress';
import { diffPtes, expandPtes, type PteChange, type PteEntry } from './pteDiff';

type Arch = Trace['params']['arch'];

/** The user-half areas the scenarios use, top-down. */
export type UserAreaKey = 'stack' | 'mmap' | 'heap' | 'text';

/** One band of the (broken) address axis, listed top (high addresses) to bottom. */
export type AxisBand =
  | { readonly half: 'kernel'; readonly key: RegionKey; readonly start: string; readonly size: bigint }
  | { readonly half: 'hole'; readonly key: 'non-canonical'; readonly start: string; readonly size: bigint }
  | {
      readonly half: 'user';
      readonly key: UserAreaKey;
      readonly start: string;
      readonly size: bigint | null;
    };

export interface PteEntryView {
  readonly vaddr: string;
  readonly pfn: string;
  readonly writable: boolean;
  readonly accessed: boolean;
  readonly dirty: boolean;
  readonly backing: 'pagecache' | 'anon' | 'kernel';
  readonly page: number;
  /** This step installed, changed or cleared the entry. */
  readonly change: PteChange | null;
}

export interface UserCellView {
  readonly key: UserAreaKey;
  readonly present: boolean;
  /** mmap: the mapping's address and length; heap: the user buffer's address. */
  readonly detail: { readonly addr: string; readonly bytes: number } | null;
  readonly ptes: readonly PteEntryView[];
  /** Entries this step cleared (munmap, exit), shown struck through. */
  readonly cleared: readonly PteEntryView[];
  /** The focused address of this step falls here (for the step's task). */
  readonly touched: boolean;
}

export interface ProcessColumnView {
  readonly pid: number;
  readonly name: string;
  readonly state: TaskState['state'];
  readonly running: boolean;
  /** The process has an address space (created and not torn down). */
  readonly alive: boolean;
  readonly cells: readonly UserCellView[];
  readonly kstack: readonly string[];
}

export interface AddressSpaceViewModel {
  readonly arch: Arch;
  readonly bands: readonly AxisBand[];
  /** First kernel address: the user/kernel split. */
  readonly split: string;
  readonly processes: readonly ProcessColumnView[];
  /** The kernel band the step's address falls in, if it is a kernel address. */
  readonly touchedKernel: RegionKey | null;
}

/** Kernel regions worth a band; the remaining gaps are left out of the broken axis. */
const KERNEL_BANDS: { readonly [A in Arch]: readonly RegionKey[] } = {
  x86_64: ['modules', 'kernel-text', 'vmemmap', 'vmalloc', 'kernel-direct-map'],
  i386: ['kernel-high', 'kernel-direct-map'],
};

/** Conventional link address of the program text: 0x400000 (x86-64 non-PIE), 0x08048000 (i386). */
const TEXT_START: { readonly [A in Arch]: number } = { x86_64: 0x400000, i386: 0x08048000 };
/** The default 8 MiB stack rlimit (RLIMIT_STACK), drawn below the top of user space. */
const STACK_SIZE = 8 * 1024 * 1024;

function userBands(arch: Arch): AxisBand[] {
  const l = LAYOUTS[arch];
  return [
    { half: 'user', key: 'stack', start: hex(l.userTop - STACK_SIZE), size: BigInt(STACK_SIZE) },
    { half: 'user', key: 'mmap', start: hex(l.mmapBottom), size: BigInt(l.mmapTop - l.mmapBottom) },
    { half: 'user', key: 'heap', start: hex(l.userBuf), size: null },
    { half: 'user', key: 'text', start: hex(TEXT_START[arch]), size: null },
  ];
}

function userArea(arch: Arch, addr: bigint): UserAreaKey {
  const l = LAYOUTS[arch];
  if (addr >= BigInt(l.userTop - STACK_SIZE)) return 'stack';
  if (addr >= BigInt(l.mmapBottom)) return 'mmap';
  if (addr >= BigInt(l.userBuf)) return 'heap';
  return 'text';
}

function toEntryView(e: PteEntry, change: PteChange | null, page: number): PteEntryView {
  return {
    vaddr: hexAddr(pageAddress(e.vpn, page)),
    pfn: hex(e.pfn),
    writable: e.writable,
    accessed: e.accessed,
    dirty: e.dirty,
    backing: e.backing,
    page: e.page,
    change,
  };
}

function inArea(arch: Arch, area: UserAreaKey, page: number) {
  return (e: PteEntry) => userArea(arch, pageAddress(e.vpn, page)) === area;
}

/**
 * Pure projection for the address-space panel: the axis bands (kernel half shared, the x86-64 non-canonical
 * hole as a break, the user areas the scenarios use) and, per process, what its user half maps and what its
 * kernel stack holds at this step.
 */
export function toAddressSpaceView(trace: Trace, step: number): AddressSpaceViewModel {
  const arch = trace.params.arch;
  const page = trace.params.page;
  const m = getMachineAt(trace, step);
  const diff = diffPtes(getMachineAt(trace, step - 1), m);
  const focus = getFocusAddress(trace, step);
  const regions = ADDRESS_REGIONS[arch];
  const kernelBands: AxisBand[] = KERNEL_BANDS[arch].map((key) => {
    const r = regions.find((x) => x.key === key)!;
    return { half: 'kernel', key, start: hexAddr(r.start), size: r.end - r.start + 1n };
  });
  const hole = regions.find((r) => r.half === 'hole');
  const bands: AxisBand[] = [
    ...kernelBands.sort((a, b) => (BigInt(a.start) > BigInt(b.start) ? -1 : 1)),
    ...(hole
      ? [
          {
            half: 'hole',
            key: 'non-canonical',
            start: hexAddr(hole.start),
            size: hole.end - hole.start + 1n,
          } as const,
        ]
      : []),
    ...userBands(arch),
  ];
  const firstKernel = regions.find((r) => r.half === 'kernel')!;
  const focusRegion =
    focus.source === 'none' ? undefined : regions.find((r) => focus.addr >= r.start && focus.addr <= r.end);
  const touchedKernel =
    focusRegion?.half === 'kernel' && KERNEL_BANDS[arch].includes(focusRegion.key) ? focusRegion.key : null;
  const buffer = userBufferOf(trace.scenario, trace.params);
  const processes = trace.tasks.map((info): ProcessColumnView => {
    const task = m.tasks.find((t) => t.pid === info.pid);
    const state = task?.state ?? 'gone';
    const alive = state !== 'gone' && state !== 'zombie' && state !== 'killed';
    const focusArea =
      focus.pid === info.pid && focusRegion?.half === 'user' ? userArea(arch, focus.addr) : null;
    const changes = diff.get(info.pid);
    const cells = (['stack', 'mmap', 'heap', 'text'] as const).map((key): UserCellView => {
      const ptes =
        task && alive
          ? expandPtes(task.ptes)
              .filter(inArea(arch, key, page))
              .map((e) => toEntryView(e, changes?.changes.get(e.vpn) ?? null, page))
          : [];
      const cleared = (changes?.removed ?? [])
        .filter(inArea(arch, key, page))
        .map((e) => toEntryView(e, 'removed', page));
      let detail: UserCellView['detail'] = null;
      let present = alive && key !== 'mmap';
      if (key === 'mmap' && task?.vma && alive) {
        present = true;
        detail = { addr: hex(task.vma.addr), bytes: task.vma.len };
      }
      // Only programs with a buffer of their own have one (sendfile, splice, kernel-access have none).
      if (key === 'heap' && alive && buffer) detail = { addr: hex(buffer.addr), bytes: buffer.bytes };
      return { key, present, detail, ptes, cleared, touched: focusArea === key };
    });
    return {
      pid: info.pid,
      name: info.name,
      state,
      running: m.current === info.pid,
      alive,
      cells,
      kstack: task ? [...task.kstack] : [],
    };
  });
  return { arch, bands, split: hexAddr(firstKernel.start), processes, touchedKernel };
}
