import { getMachineAt, getStep, toAddress, userBufferOf, type Step, type Trace } from '../../sim/index';

/**
 * Where the focused address comes from: the step itself, a recent step of the same task, the task's mapping
 * or user buffer; 'none' when the program has no user address of its own to show (sendfile, splice…).
 */
export type FocusSource = 'step' | 'recent' | 'vma' | 'userBuf' | 'none';

export interface FocusAddress {
  readonly pid: number;
  readonly addr: bigint;
  readonly source: FocusSource;
  /** The step that touched the address (step or recent), else null. */
  readonly at: number | null;
  /** The access came from user mode (ring 3), so the MMU checks U/S. */
  readonly fromUser: boolean;
  readonly write: boolean;
}

/** How far back to look for the last address a task touched (keeps the projection O(1) per step). */
const LOOK_BACK = 32;

const ADDRESS_KINDS = new Set<Step['kind']>([
  'fault.enter',
  'fault.return',
  'user.access',
  'mmu.pte_update',
  'mmu.tlb_flush',
  'mm.unmap',
  'mm.map',
]);

function stepAddress(s: Step): bigint | null {
  if (!ADDRESS_KINDS.has(s.kind)) return null;
  if (s.kind === 'mmu.tlb_flush' && s.params.pages === -1) return null;
  const a = s.params.addr;
  if (typeof a !== 'string' || a === '') return null;
  return toAddress(a);
}

/** The pid a step belongs to; interrupt and idle steps (task 0) belong to the running task. */
export function stepPid(trace: Trace, i: number): number {
  const s = getStep(trace, i);
  if (s.task !== 0) return s.task;
  const m = getMachineAt(trace, i);
  return m.current !== 0 ? m.current : (trace.tasks[0]?.pid ?? 0);
}

function accessOf(s: Step): { fromUser: boolean; write: boolean } {
  if (s.kind === 'user.access') return { fromUser: true, write: s.site === 'user.store' };
  if (s.kind === 'fault.enter') {
    const err = Number(s.params.err ?? 0);
    // arch/x86/include/asm/trap_pf.h: bit 1 = write, bit 2 = user-mode access
    return { fromUser: (err & 4) !== 0, write: (err & 2) !== 0 };
  }
  return { fromUser: false, write: false };
}

/** A CPU copy into or out of the user buffer: the kernel (ring 0) writes or reads the buffer's pages. */
function copyAccess(trace: Trace, s: Step): { addr: bigint; write: boolean } | null {
  if (s.kind !== 'cpu.copy' || !s.data) return null;
  const buf = userBufferOf(trace.scenario, trace.params);
  if (!buf) return null;
  if (s.data.to === 'user') return { addr: toAddress(buf.addr), write: true };
  if (s.data.from === 'user') return { addr: toAddress(buf.addr), write: false };
  return null;
}

/**
 * The address the step touches (fault, user access, PTE change, a copy to or from the user buffer), else the
 * last one its task touched in the previous few steps, else the task's mapping or user buffer, with the
 * access the current step's CPU mode makes (a ring-0 step inside read() or write() is the kernel's).
 */
export function getFocusAddress(trace: Trace, step: number): FocusAddress {
  const pid = stepPid(trace, step);
  const now = getStep(trace, step);
  const copy = copyAccess(trace, now);
  if (copy) return { pid, addr: copy.addr, source: 'step', at: step, fromUser: false, write: copy.write };
  for (let i = step; i >= 0 && i > step - LOOK_BACK; i--) {
    const s = getStep(trace, i);
    if (i !== step && s.task !== pid) continue;
    const addr = stepAddress(s);
    if (addr !== null) return { pid, addr, source: i === step ? 'step' : 'recent', at: i, ...accessOf(s) };
  }
  const task = getMachineAt(trace, step).tasks.find((t) => t.pid === pid);
  const fromUser = now.ring === 3;
  if (task?.vma)
    return { pid, addr: toAddress(task.vma.addr), source: 'vma', at: null, fromUser, write: false };
  const buf = userBufferOf(trace.scenario, trace.params);
  const addr = toAddress(buf?.addr ?? 0);
  return { pid, addr, source: buf ? 'userBuf' : 'none', at: null, fromUser, write: false };
}

/** 0x-prefixed lowercase hex of a bigint address or number. */
export function hexAddr(a: bigint | number): string {
  return '0x' + BigInt(a).toString(16);
}
