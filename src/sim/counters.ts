import { SITES } from './sites';

/** Cumulative counters of DESIGN §6, in a fixed order so they fit in a Float64Array. */
export const COUNTER_KEYS = [
  'syscalls',
  'modeSwitchesBy.syscall',
  'modeSwitchesBy.exception',
  'modeSwitchesBy.interrupt',
  'cpuCopies',
  'cpuBytes',
  'dmaTransfers',
  'dmaBytes',
  'diskRequests',
  'pageFaults',
  'interrupts',
  'contextSwitches',
] as const;
/** Time keys: read from the CPU clock (cpuClock.ts), not counted per step. */
export type TimeKey = 'simTimeNs' | 'cpuBusyNs' | `cpuBusyNsBy.${'user' | 'kernel' | 'irq'}`;
export type CounterKey = (typeof COUNTER_KEYS)[number] | 'modeSwitches' | TimeKey;
export const TIME_KEYS: readonly TimeKey[] = [
  'simTimeNs',
  'cpuBusyNs',
  'cpuBusyNsBy.user',
  'cpuBusyNsBy.kernel',
  'cpuBusyNsBy.irq',
];
function isTimeKey(key: CounterKey): key is TimeKey {
  return (TIME_KEYS as readonly string[]).includes(key);
}
export const COUNTER_COUNT = COUNTER_KEYS.length;

export const C = {
  syscalls: 0,
  msSyscall: 1,
  msException: 2,
  msInterrupt: 3,
  cpuCopies: 4,
  cpuBytes: 5,
  dmaTransfers: 6,
  dmaBytes: 7,
  diskRequests: 8,
  pageFaults: 9,
  interrupts: 10,
  contextSwitches: 11,
} as const;

/** Totals as the CLI's `--format json` prints them (DESIGN §6). */
export interface Totals {
  readonly syscalls: number;
  readonly modeSwitches: number;
  readonly modeSwitchesBy: {
    readonly syscall: number;
    readonly exception: number;
    readonly interrupt: number;
  };
  readonly cpuCopies: number;
  readonly cpuBytes: number;
  readonly dmaTransfers: number;
  readonly dmaBytes: number;
  readonly diskRequests: number;
  readonly pageFaults: number;
  readonly interrupts: number;
  readonly contextSwitches: number;
  readonly simTimeNs: number;
  /** Time the CPU was busy (user + kernel + irq; idle excluded): the timeline's CPU lane, summed. */
  readonly cpuBusyNs: number;
  readonly cpuBusyNsBy: CpuTime['cpuBusyNsBy'];
}

/** CPU time of DESIGN §6 (issue 15), kept by cpuClock.ts. */
export interface CpuTime {
  readonly cpuBusyNs: number;
  readonly cpuBusyNsBy: { readonly user: number; readonly kernel: number; readonly irq: number };
}

/** Flag bits stored with a step (column `flags`). */
export const F = {
  /** irq.enter / irq.exit / fault: the CPU was (or returns to) ring 3, so this is a mode switch. */
  fromUser: 1,
  /** fault.enter: major fault (it needed disk I/O). */
  major: 2,
  /** syscall.exit: the syscall never returns (exit_group). */
  noReturn: 4,
  /**
   * cpu.copy: more of a copy already counted (one call's data copied into several skbs is one copy).
   * dma.start to the NIC: its skb starts with a corked header's linear bytes, then the file's pages.
   */
  continued: 8,
  /**
   * cpu.copy / ref.move into the socket: appended to the unsent tail skb (autocork, TCP_CORK), not a new
   * skb. dma.start to the NIC: its skb was split off the front of a corked tail (one skb more queued).
   */
  appended: 16,
  /**
   * Bits 5–7: 1 + the socket slot (declaration order) of a step on a TCP socket's path — its call, copies,
   * DMA, interrupts and ACKs — when the program has several sockets (or one not at fd 4); 0 otherwise, so a
   * program with one socket at fd 4 keeps its flags unchanged.
   */
  sockShift: 5,
  /**
   * Bits 8–10: 1 + the file slot (declaration order) of a step on a file to read — its call, page-cache
   * allocation, disk DMA, wake-up, copies and references out of its pages — when the program declares several
   * files to read (issue 14); 0 otherwise, so a program with one file keeps its flags unchanged.
   */
  fileShift: 8,
  /**
   * cpu.copy / dma into or out of the socket: the bytes start before file offset 0 — a header the program
   * sent in front of the file (nginx's response header by writev) — and the file's pages follow.
   */
  header: 1 << 11,
  /** With `header`: every byte is the header's; no file page is in it. */
  headerOnly: 1 << 12,
  /**
   * ref.move / dma of page references that are the process's own pages (vmsplice's, from a pipe), not the
   * page cache's.
   */
  userPages: 1 << 13,
} as const;

/** F.header / F.headerOnly for bytes [offset, offset + bytes) of a stream whose file starts at offset 0. */
export function headerFlags(offset: number, bytes: number): number {
  if (offset >= 0) return 0;
  return F.header | (offset + bytes <= 0 ? F.headerOnly : 0);
}

/** The flag bits that name a file slot (F.fileShift). */
export const FILE_FLAG_MASK = 7 << F.fileShift;

/** The file slot a step's flags name (F.fileShift), or -1 when they name none (one file: slot 0). */
export function fileSlotOf(flags: number): number {
  return ((flags >> F.fileShift) & 7) - 1;
}

/** The socket slot a step's flags name (F.sockShift), or -1 when they name none. */
export function socketSlotOf(flags: number): number {
  return ((flags >> F.sockShift) & 7) - 1;
}

/**
 * Adds one step's contribution to the counters `acc`. The only place that decides what a step counts, so
 * "every counter equals the number of its events" holds by construction and is tested by replay.
 */
export function countStep(acc: Float64Array, site: number, bytes: number, flags: number): void {
  const def = SITES[site];
  if (!def) return;
  switch (def.kind) {
    case 'syscall.enter':
      acc[C.syscalls]! += 1;
      acc[C.msSyscall]! += 1;
      return;
    case 'syscall.exit':
      acc[C.msSyscall]! += 1;
      return;
    case 'entry.detail':
      return;
    case 'cpu.copy':
      if (!(flags & F.continued)) acc[C.cpuCopies]! += 1;
      acc[C.cpuBytes]! += bytes;
      return;
    case 'dma.start':
      // A request is issued when it is submitted; the transfer counts once the device has moved the bytes.
      if (def.device === 'disk') acc[C.diskRequests]! += 1;
      return;
    case 'dma.done':
      acc[C.dmaTransfers]! += 1;
      acc[C.dmaBytes]! += bytes;
      return;
    case 'fault.enter':
      acc[C.pageFaults]! += 1;
      if (flags & F.fromUser) acc[C.msException]! += 1;
      return;
    case 'fault.return':
      if (flags & F.fromUser) acc[C.msException]! += 1;
      return;
    case 'irq.enter':
      acc[C.interrupts]! += 1;
      if (flags & F.fromUser) acc[C.msInterrupt]! += 1;
      return;
    case 'irq.exit':
      if (flags & F.fromUser) acc[C.msInterrupt]! += 1;
      return;
    case 'sched.switch':
      acc[C.contextSwitches]! += 1;
      return;
    default:
      return;
  }
}

/** Does this step raise the given counter? Used to list and jump to the steps behind a counter. */
export function stepRaises(key: CounterKey, site: number, bytes: number, flags: number): boolean {
  // Time passes at every step: no step "raises" it more than another.
  if (isTimeKey(key)) return false;
  const acc = new Float64Array(COUNTER_COUNT);
  countStep(acc, site, bytes, flags);
  if (key === 'modeSwitches') return acc[C.msSyscall]! + acc[C.msException]! + acc[C.msInterrupt]! > 0;
  return acc[COUNTER_KEYS.indexOf(key)]! > 0;
}

export function toTotals(acc: Float64Array, simTimeNs: number, cpu: CpuTime): Totals {
  const by = { syscall: acc[C.msSyscall]!, exception: acc[C.msException]!, interrupt: acc[C.msInterrupt]! };
  return {
    syscalls: acc[C.syscalls]!,
    modeSwitches: by.syscall + by.exception + by.interrupt,
    modeSwitchesBy: by,
    cpuCopies: acc[C.cpuCopies]!,
    cpuBytes: acc[C.cpuBytes]!,
    dmaTransfers: acc[C.dmaTransfers]!,
    dmaBytes: acc[C.dmaBytes]!,
    diskRequests: acc[C.diskRequests]!,
    pageFaults: acc[C.pageFaults]!,
    interrupts: acc[C.interrupts]!,
    contextSwitches: acc[C.contextSwitches]!,
    simTimeNs,
    cpuBusyNs: cpu.cpuBusyNs,
    cpuBusyNsBy: cpu.cpuBusyNsBy,
  };
}
