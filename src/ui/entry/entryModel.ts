import {
  ENTRY_PATHS,
  LAYOUTS,
  getStep,
  getTaskSyscallAt,
  lookupSyscall,
  type EntryPath,
  type Step,
  type Trace,
} from '../../sim/index';
import { stepPid } from '../memory/focusAddress';

/** Where the current step is relative to the system call shown. */
export type EntryPhase = 'user' | 'entry' | 'dispatch' | 'kernel' | 'return';

/** The phases of one system call, in order (the view draws them as a strip). */
export const ENTRY_PHASES = ['entry', 'dispatch', 'kernel', 'return'] as const;

export interface SyscallView {
  /** The name the trace gives the call (strace's name). */
  readonly name: string;
  /** The kernel table's row: number and handler; null when the call is not in the table. */
  readonly tableName: string | null;
  readonly nr: number | null;
  readonly handler: string | null;
  readonly enterStep: number | null;
  readonly exitStep: number | null;
  /** The return value once the call has returned at or before this step. */
  readonly ret: number | null;
  readonly errname: string;
  /** The child's half of fork: it returns through ret_from_fork without having entered. */
  readonly fromFork: boolean;
  /** How this call returns to user mode (the fork child: ret_from_fork's IRET path). */
  readonly returnInstruction: EntryPath['returnInstruction'];
}

export interface EntryViewModel {
  readonly arch: Trace['params']['arch'];
  readonly path: EntryPath;
  readonly pid: number;
  readonly taskName: string;
  readonly ring: 0 | 3;
  /** The call this step belongs to, else the task's last (or next) call; null when it makes none. */
  readonly call: SyscallView | null;
  /** 'user' when the step is outside `call` (before or after it). */
  readonly phase: EntryPhase;
  /** Kernel stack size (THREAD_SIZE) the pt_regs frame sits at the top of. */
  readonly kernelStackBytes: number;
  /** The result the handler has written into pt_regs->ax at this step, else null (ax still holds -ENOSYS). */
  readonly axResult: number | null;
}

function phaseOf(s: Step, call: SyscallView): EntryPhase {
  if (s.index === call.enterStep) return 'entry';
  if (s.index === call.exitStep) return 'return';
  if (s.kind === 'entry.detail') {
    if (s.site.startsWith('entry.stack_switch') || s.site.startsWith('entry.pt_regs')) return 'entry';
    if (s.site.startsWith('entry.dispatch')) return 'dispatch';
    if (s.site.startsWith('entry.exit_work')) return 'return';
  }
  return 'kernel';
}

function toCall(trace: Trace, name: string, enter: number | null, exit: number | null, now: number) {
  const arch = trace.params.arch;
  const row = lookupSyscall(arch, name);
  const returned = exit !== null && exit <= now ? getStep(trace, exit) : null;
  const ret = returned ? Number(returned.params.ret) : null;
  return {
    name,
    tableName: row?.name ?? null,
    nr: row?.nr ?? null,
    handler: row?.handler ?? null,
    enterStep: enter,
    exitStep: exit,
    ret,
    errname: returned ? String(returned.params.errname ?? '') : '',
    fromFork: enter === null,
    returnInstruction:
      enter === null ? ENTRY_PATHS[arch].childReturnInstruction : ENTRY_PATHS[arch].returnInstruction,
  } satisfies SyscallView;
}

/**
 * Pure projection for the system-call entry view at step `step`: the entry path of the trace's architecture,
 * the call the step's task is in (or last made), its number and handler from the syscall table, and the phase
 * (entry, dispatch, in the kernel, return) the step is in. Everything comes from the trace and core tables.
 */
export function toEntryView(trace: Trace, step: number): EntryViewModel {
  const arch = trace.params.arch;
  const s = getStep(trace, step);
  const pid = stepPid(trace, step);
  const base = {
    arch,
    path: ENTRY_PATHS[arch],
    pid,
    taskName: trace.tasks.find((t) => t.pid === pid)?.name ?? '',
    ring: s.ring,
    kernelStackBytes: LAYOUTS[arch].kernelStack,
    axResult: null,
  };
  // The child's return from fork() is a syscall exit with no entry of its own.
  if (s.site === 'task.ret_from_fork') {
    const call = toCall(trace, s.syscall ?? 'clone', null, step, step);
    return { ...base, call, phase: 'return' };
  }
  const found = getTaskSyscallAt(trace, step, pid);
  if (!found) return { ...base, call: null, phase: 'user' };
  const enter = trace.groups.syscallStart[found.g]!;
  const end = trace.groups.syscallEnd[found.g]!;
  const call = toCall(trace, getStep(trace, enter).syscall ?? '?', enter, end >= 0 ? end : null, step);
  const phase = found.inside ? phaseOf(s, call) : 'user';
  // The handler's result is in pt_regs->ax from the handler's own step (entry.work) or the way out on.
  const stored = found.inside && (phase === 'return' || s.site.startsWith('entry.work'));
  const axResult = stored && call.exitStep !== null ? Number(getStep(trace, call.exitStep).params.ret) : null;
  return { ...base, call, phase, axResult };
}
