import type { Params } from './params';

type Arch = Params['arch'];

/** One slot of the pt_regs frame on the task's kernel stack, and who writes it. */
export interface PtRegsSlot {
  /** The pt_regs field (arch/x86/include/asm/ptrace.h). */
  readonly slot: string;
  /** 'cpu': pushed by the instruction itself; 'entry': pushed by the kernel's entry code. */
  readonly by: 'cpu' | 'entry';
  /** Where the value comes from, when it is not the register of the same name. */
  readonly from?: string;
}

/** How user space enters and leaves the kernel for a system call on one architecture (reference §7). */
export interface EntryPath {
  readonly instruction: 'syscall' | 'int 0x80';
  readonly returnInstruction: 'sysret' | 'iret';
  /**
   * How a new child first reaches user mode: ret_from_fork_asm jumps to
   * swapgs_restore_regs_and_return_to_usermode, which ends in IRET on both architectures (not SYSRET).
   */
  readonly childReturnInstruction: 'iret';
  readonly numberRegister: 'rax' | 'eax';
  readonly argRegisters: readonly string[];
  readonly returnRegister: 'rax' | 'eax';
  /** Registers the instruction copies into other registers, without touching memory. */
  readonly cpuRegisterSaves: readonly { readonly from: string; readonly to: string }[];
  /** Where the kernel stack pointer comes from. */
  readonly stackFrom: string;
  readonly entrySymbol: string;
  readonly dispatcher: string;
  /**
   * The function that dispatches: since Linux 6.9 (backported to 6.1 and 6.6) a `switch` on the number, not an
   * indirect call through the table (branch history injection, arch/x86/entry/syscall_64.c, syscall_32.c).
   */
  readonly dispatchSwitch: 'x64_sys_call' | 'ia32_sys_call';
  /** The table the kernel still builds for syscall tracing; no longer used to make the call. */
  readonly table: string;
  /** pt_regs from the top of the kernel stack down (push order). */
  readonly frame: readonly PtRegsSlot[];
}

const GPRS_64 = [
  'di',
  'si',
  'dx',
  'cx',
  'ax',
  'r8',
  'r9',
  'r10',
  'r11',
  'bx',
  'bp',
  'r12',
  'r13',
  'r14',
  'r15',
];

const X86_64: EntryPath = {
  instruction: 'syscall',
  returnInstruction: 'sysret',
  childReturnInstruction: 'iret',
  numberRegister: 'rax',
  argRegisters: ['rdi', 'rsi', 'rdx', 'r10', 'r8', 'r9'],
  returnRegister: 'rax',
  cpuRegisterSaves: [
    { from: 'rip', to: 'rcx' },
    { from: 'rflags', to: 'r11' },
  ],
  stackFrom: 'pcpu_hot.top_of_stack',
  entrySymbol: 'entry_SYSCALL_64',
  dispatcher: 'do_syscall_64',
  dispatchSwitch: 'x64_sys_call',
  table: 'sys_call_table',
  frame: [
    { slot: 'ss', by: 'entry', from: '__USER_DS' },
    { slot: 'sp', by: 'entry', from: 'user rsp' },
    { slot: 'flags', by: 'entry', from: 'r11' },
    { slot: 'cs', by: 'entry', from: '__USER_CS' },
    { slot: 'ip', by: 'entry', from: 'rcx' },
    { slot: 'orig_ax', by: 'entry', from: 'rax' },
    ...GPRS_64.map((slot) => ({
      slot,
      by: 'entry' as const,
      ...(slot === 'ax' ? { from: '-ENOSYS' } : {}),
    })),
  ],
};

const I386: EntryPath = {
  instruction: 'int 0x80',
  returnInstruction: 'iret',
  childReturnInstruction: 'iret',
  numberRegister: 'eax',
  argRegisters: ['ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp'],
  returnRegister: 'eax',
  cpuRegisterSaves: [],
  // Since 4.19 TSS.sp0 points to a small per-CPU entry stack; SAVE_ALL switch_stacks=1 then copies the frame
  // to the task's kernel stack (arch/x86/entry/entry_32.S: SWITCH_TO_KERNEL_STACK).
  stackFrom: 'TSS.sp0',
  entrySymbol: 'entry_INT80_32',
  dispatcher: 'do_int80_syscall_32',
  dispatchSwitch: 'ia32_sys_call',
  // A 32-bit kernel (CONFIG_X86_32) keeps its table under this name.
  table: 'sys_call_table',
  frame: [
    { slot: 'ss', by: 'cpu' },
    { slot: 'sp', by: 'cpu', from: 'esp' },
    { slot: 'flags', by: 'cpu', from: 'eflags' },
    { slot: 'cs', by: 'cpu' },
    { slot: 'ip', by: 'cpu', from: 'eip' },
    { slot: 'orig_ax', by: 'entry', from: 'eax' },
    // entry_32.S: SAVE_ALL pt_regs_ax=$-ENOSYS, as on x86-64 the slot waits for the handler's result.
    ...['gs', 'fs', 'es', 'ds', 'ax', 'bp', 'di', 'si', 'dx', 'cx', 'bx'].map((slot) => ({
      slot,
      by: 'entry' as const,
      ...(slot === 'ax' ? { from: '-ENOSYS' } : {}),
    })),
  ],
};

/**
 * The two entry paths. x86-64 `syscall` (entry_64.S): rip → rcx and rflags → r11, no stack push, rsp unchanged;
 * entry_SYSCALL_64 switches to the task's stack and builds all of pt_regs. i386 `int 0x80`: the CPU loads
 * TSS.sp0 (the per-CPU entry stack) and pushes ss, esp, eflags, cs, eip itself; SAVE_ALL pushes the rest and
 * copies the frame to the task's kernel stack.
 */
export const ENTRY_PATHS: { readonly [A in Arch]: EntryPath } = Object.freeze({
  x86_64: Object.freeze(X86_64),
  i386: Object.freeze(I386),
});
