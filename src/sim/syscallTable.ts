import type { Params } from './params';

type Arch = Params['arch'];

/** One row of an architecture's system-call table: the number user space puts in eax/rax, and its handler. */
export interface SyscallTableEntry {
  /** The name in the kernel's table (i386 glibc calls mmap2 for mmap(), so the row says mmap2). */
  readonly name: string;
  readonly nr: number;
  /** The function the table slot points to (Linux 6.x wrapper names). */
  readonly handler: string;
}

function rows(
  prefix: string,
  list: readonly (readonly [string, string, number, string?])[],
): Readonly<Record<string, SyscallTableEntry>> {
  const out: Record<string, SyscallTableEntry> = {};
  for (const [traceName, name, nr, sym] of list)
    out[traceName] = Object.freeze({ name, nr, handler: `${prefix}${sym ?? `sys_${name}`}` });
  return Object.freeze(out);
}

/**
 * The syscalls the scenarios use, keyed by the name the trace gives them. Numbers from
 * arch/x86/entry/syscalls/syscall_64.tbl and syscall_32.tbl (= asm/unistd_64.h, unistd_32.h). Handlers are the
 * pt_regs wrappers the tables point to since Linux 4.17 (`__x64_sys_*`; `__ia32_sys_*` on i386).
 */
export const SYSCALL_TABLE: { readonly [A in Arch]: Readonly<Record<string, SyscallTableEntry>> } =
  Object.freeze({
    x86_64: rows('__x64_', [
      ['read', 'read', 0],
      ['write', 'write', 1],
      ['close', 'close', 3],
      ['mmap', 'mmap', 9],
      ['munmap', 'munmap', 11],
      ['pipe', 'pipe', 22],
      ['getpid', 'getpid', 39],
      ['sendfile', 'sendfile', 40, 'sys_sendfile64'],
      ['clone', 'clone', 56],
      ['fork', 'fork', 57],
      ['wait4', 'wait4', 61],
      ['fadvise64', 'fadvise64', 221],
      ['exit_group', 'exit_group', 231],
      ['openat', 'openat', 257],
      ['splice', 'splice', 275],
      ['pipe2', 'pipe2', 293],
      // Issue 16.
      ['recvfrom', 'recvfrom', 45],
      ['fsync', 'fsync', 74],
      ['fdatasync', 'fdatasync', 75],
      // Issue 17.
      ['vmsplice', 'vmsplice', 278],
      ['copy_file_range', 'copy_file_range', 326],
      ['poll', 'poll', 7],
      ['sendto', 'sendto', 44],
      ['recvmsg', 'recvmsg', 47],
      ['setsockopt', 'setsockopt', 54],
      ['io_uring_setup', 'io_uring_setup', 425],
      ['io_uring_enter', 'io_uring_enter', 426],
      // Issue 18 (nginx, the JDK).
      ['pread64', 'pread64', 17],
      ['newfstatat', 'newfstatat', 262],
      ['accept4', 'accept4', 288],
      // Issue 18's leftovers: nginx's writev and directio's fcntl, RocketMQ's producer (ftruncate, msync).
      ['writev', 'writev', 20],
      ['msync', 'msync', 26],
      ['fcntl', 'fcntl', 72],
      ['ftruncate', 'ftruncate', 77],
      // Issue 14's lseek (kafka-fetch's later consumers, several files).
      ['lseek', 'lseek', 8],
    ]),
    i386: rows('__ia32_', [
      ['fork', 'fork', 2],
      ['read', 'read', 3],
      ['write', 'write', 4],
      ['close', 'close', 6],
      ['getpid', 'getpid', 20],
      ['pipe', 'pipe', 42],
      ['munmap', 'munmap', 91],
      ['wait4', 'wait4', 114],
      ['clone', 'clone', 120],
      ['sendfile', 'sendfile', 187],
      ['mmap', 'mmap2', 192, 'sys_mmap_pgoff'],
      ['exit_group', 'exit_group', 252],
      ['fadvise64', 'fadvise64_64', 272],
      ['openat', 'openat', 295],
      ['splice', 'splice', 313],
      ['pipe2', 'pipe2', 331],
      // Issue 16 (i386 glibc calls recvfrom directly since Linux 4.3, not through socketcall).
      ['fsync', 'fsync', 118],
      ['fdatasync', 'fdatasync', 148],
      ['recvfrom', 'recvfrom', 371],
      // Issue 17.
      ['vmsplice', 'vmsplice', 316],
      ['copy_file_range', 'copy_file_range', 377],
      // Issue 17 (the socket calls directly, as recvfrom).
      ['poll', 'poll', 168],
      ['setsockopt', 'setsockopt', 366],
      ['sendto', 'sendto', 369],
      ['recvmsg', 'recvmsg', 372],
      ['io_uring_setup', 'io_uring_setup', 425],
      ['io_uring_enter', 'io_uring_enter', 426],
      // Issue 18: i386's pread64 takes the offset in two registers; its fstatat is fstatat64.
      ['pread64', 'pread64', 180, 'sys_ia32_pread64'],
      ['newfstatat', 'fstatat64', 300],
      ['accept4', 'accept4', 364],
      // Issue 18's leftovers: glibc calls the 64-bit fcntl and ftruncate on i386.
      ['writev', 'writev', 146],
      ['msync', 'msync', 144],
      ['fcntl', 'fcntl64', 221],
      ['ftruncate', 'ftruncate64', 194],
      // glibc's lseek() on i386 calls _llseek (the 64-bit offset in two registers).
      ['lseek', '_llseek', 140, 'sys_llseek'],
    ]),
  });

/** Pure: the table row for a syscall the trace names, on `arch`; undefined for a name outside the table. */
export function lookupSyscall(arch: Arch, name: string): SyscallTableEntry | undefined {
  return Object.hasOwn(SYSCALL_TABLE[arch], name) ? SYSCALL_TABLE[arch][name] : undefined;
}
