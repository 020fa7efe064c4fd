/**
 * en: what each scenario teaches (`scenario.<id>.teaches`), shown on the gallery's cards: it loads with the
 * gallery (loadViewMessages), not in the initial JavaScript. Keys must match zh-CN (tests/i18n).
 */
export const scenarioTeaches: Readonly<Record<string, string>> = {
  'scenario.syscall.teaches':
    'Ring 3 → ring 0 and back, pt_regs on the task’s kernel stack, dispatch by system call number; syscall/sysret on x86-64, int 0x80/iret on i386.',
  'scenario.read-write.teaches':
    'The traditional path: page cache → user buffer → socket buffer, 2 CPU copies and 4 mode switches per chunk, plus disk DMA and blocking on a cache miss.',
  'scenario.mmap-write.teaches':
    'Sharing page-cache frames with user space: no copy into a user buffer, but a kernel-mode page fault inside write(), fault-around, and munmap’s TLB flush.',
  'scenario.sendfile.teaches':
    'No user copy at all; with scatter-gather (sg=on) page references go to the NIC and the CPU copies nothing, without it one copy into the socket buffer.',
  'scenario.splice.teaches':
    'Page references, not bytes, move from the page cache into a pipe and on to the socket: zero CPU copies, but more system calls.',
  'scenario.direct-io.teaches':
    'Disk DMA straight into the user buffer on every read, a block and wake-up each time, and the alignment rules that make a misaligned read fail with EINVAL.',
  'scenario.cow-fork.teaches':
    'Shared read-only frames after fork, a protection fault on the first write, one page copy while the frame is shared, and a reuse without copy for its last user.',
  'scenario.kernel-access.teaches':
    'Ring protection: the kernel half is mapped in every process but supervisor-only, so a ring-3 load faults (U/S check), the kernel sends SIGSEGV and the process is killed.',
};
