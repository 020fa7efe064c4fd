/**
 * en glossary, textbook comparisons and scenario descriptions: `glossary.<term>.title|body`,
 * `textbook.<scenario>`, `scenario.<id>.title|question|teaches`. Keys must match zh-CN (tests/i18n).
 */
export const glossary: Readonly<Record<string, string>> = {
  'glossary.mode-switch.title': 'Mode switch (user ↔ kernel)',
  'glossary.mode-switch.body':
    'One change of the CPU’s privilege level, ring 3 (user mode) → ring 0 (kernel mode) or back. A system call costs two, a page fault taken in user mode costs two, and an interrupt costs two only if it arrives while user code runs. The same process keeps running: only its registers are saved in pt_regs. Textbooks often call this a “context switch”; it is not one.',
  'glossary.context-switch.title': 'Process context switch',
  'glossary.context-switch.body':
    'The scheduler stops one task and runs another: it switches kernel stacks and registers and, if the address space differs, the page tables. It always happens in kernel mode, typically when a system call blocks (a disk read, O_DIRECT, waitpid) or a wake-up preempts. An ordinary system call does two mode switches and no context switch.',
  'glossary.cpu-copy.title': 'CPU copy',
  'glossary.cpu-copy.body':
    'The CPU itself moves bytes from one buffer to another (memcpy, copy_to_user, copy_from_user). Copies cost CPU time and memory bandwidth and pollute the caches. The simulator counts one copy per copy operation, with its size in bytes.',
  'glossary.dma.title': 'DMA (direct memory access)',
  'glossary.dma.body':
    'A device (disk, NIC) reads or writes main memory by itself, without the CPU touching the bytes. The CPU only sets up the transfer and is free meanwhile; the device reports completion with an interrupt.',
  'glossary.page-fault.title': 'Page fault',
  'glossary.page-fault.body':
    'An exception the MMU raises when a page-table entry is missing or does not allow the access. The error code says why (bit 0: protection vs not present, bit 1: write, bit 2: user mode). In user mode it is a mode switch; inside the kernel (for example in a copy) it is not. A fault that has to wait for the disk is a major fault.',
  'glossary.page-cache.title': 'Page cache',
  'glossary.page-cache.body':
    'Kernel memory that keeps recently used file pages. read(), sendfile(), splice() and mmap all go through it; a miss makes the kernel read the pages from disk by DMA and block the caller. It is shared by all processes and stays after the file is closed.',
  'glossary.readahead.title': 'Readahead',
  'glossary.readahead.body':
    'On a page-cache miss the kernel reads not only the missing page but a window of the following pages (the ra parameter), in one disk request, betting that the program reads on sequentially. Later reads then hit the cache.',
  'glossary.fault-around.title': 'Fault-around',
  'glossary.fault-around.body':
    'When a read fault hits a file mapping, the kernel also maps the neighbouring pages that are already in the page cache (a window of fa pages, 16 by default, aligned to the window). One fault then maps up to 16 pages. It never starts disk I/O and does not apply to writes or anonymous memory.',
  'glossary.cow.title': 'Copy-on-write (CoW)',
  'glossary.cow.body':
    'After fork() parent and child share every private page, read-only in both. The first write to a shared page faults, and the kernel copies the page for the writer. The last process still using a frame does not copy: the kernel just makes its entry writable again (reuse).',
  'glossary.zero-copy.title': 'Zero copy',
  'glossary.zero-copy.body':
    'Sending data without the CPU copying the payload: the kernel passes page references (sendfile, splice) and the NIC gathers the bytes by DMA. It means zero CPU copies on the sending side; there are still DMA transfers, and the receiver still copies once into its buffer.',
  'glossary.scatter-gather.title': 'Scatter-gather DMA',
  'glossary.scatter-gather.body':
    'A NIC feature (NETIF_F_SG) that lets one packet be fetched from several memory areas: the headers from the socket buffer and the payload straight from page-cache pages. Without it (sg=off) the kernel must first copy the payload into one linear buffer.',
  'glossary.pt_regs.title': 'pt_regs and the kernel stack',
  'glossary.pt_regs.body':
    'Every task has its own kernel stack. On every entry into the kernel (system call, exception, interrupt) the user registers are saved as a struct pt_regs at the top of that stack, and restored from it on the way out. strace, ptrace and signal delivery read and change this frame.',
  'glossary.syscall-table.title': 'System call numbers and dispatch',
  'glossary.syscall-table.body':
    'Each system call has a number per architecture. The program puts it in rax (eax on i386): 39 is getpid on x86-64, 20 on i386. The entry code checks the number and x64_sys_call() (ia32_sys_call() for i386) switches on it to the handler. Since Linux 6.9, backported to 6.1 and 6.6, this switch replaced the indirect call through sys_call_table[nr], a defence against branch history injection; the table is still built, for tracing.',
  'glossary.o-direct.title': 'O_DIRECT',
  'glossary.o-direct.body':
    'An open() flag that makes reads and writes bypass the page cache: the disk transfers data by DMA straight to or from the user buffer, on every call. The buffer address, file offset and length must be aligned (typically to 512 bytes), otherwise the call fails with EINVAL.',
  'glossary.mmap.title': 'mmap',
  'glossary.mmap.body':
    'Maps a file into the process’s address space. With MAP_SHARED the page-table entries point at the page-cache frames themselves, so no copy into a user buffer is needed. mmap only creates the area; pages are mapped lazily, by page faults on first access. munmap removes the entries and flushes the TLB.',
  'glossary.splice.title': 'splice',
  'glossary.splice.body':
    'Moves data between a file descriptor and a pipe by passing page references instead of bytes. A pipe holds up to 16 buffers, each a reference to (part of) a page. file → pipe → socket sends a file without any CPU copy when the NIC supports scatter-gather.',
  'glossary.sendfile.title': 'sendfile',
  'glossary.sendfile.body':
    'Sends file data to a socket in one system call, without passing through user space. Internally it uses the splice machinery (a per-task pipe). With a scatter-gather NIC it needs no CPU copy; without one, one copy into the socket buffer.',
  'glossary.irq.title': 'Interrupt (IRQ)',
  'glossary.irq.body':
    'A signal from a device that makes the CPU stop what it is doing and run a handler in kernel mode, for example when a disk read or a NIC transmission completes. It is a mode switch only if the CPU was running user code; the handler usually wakes a waiting task or frees buffers.',
  'glossary.tlb.title': 'TLB',
  'glossary.tlb.body':
    'The translation lookaside buffer: the CPU’s cache of recent virtual-to-physical translations. When the kernel removes or downgrades a page-table entry (munmap, fork, copy-on-write) it must flush the stale entries, and on other CPUs that takes an interrupt (a TLB shootdown).',

  'textbook.read-write':
    'The textbook counts 4 “context switches”: they are mode switches (2 per system call). Its 2 DMA + 2 CPU copies hold for one chunk; a real loop repeats them per chunk, the disk DMA happens only on a page-cache miss (and readahead batches it), a miss blocks the process (a real context switch), and a loop until EOF makes one more read that returns 0.',
  'textbook.mmap-write':
    'The textbook shows mmap + write: 4 mode switches, 2 DMA + 1 CPU copy. It leaves out munmap (a third system call plus a TLB flush) and the page fault inside write(): the copy touches the unmapped pages, which faults in kernel mode (not a mode switch), and fault-around maps up to 16 pages per fault.',
  'textbook.sendfile':
    'The textbook’s “2 DMA + 1 CPU copy” is the case of a NIC without scatter-gather (sg=off). With scatter-gather, which modern NICs have, Linux passes page references and there is no CPU copy at all. Large files also need more than one call.',
  'textbook.splice':
    'The textbook says “0 CPU copies via a pipe”. True, but it takes pipe2 and two splice calls per chunk (file → pipe, pipe → socket), a pipe holds at most 16 pages, and without scatter-gather the pipe → socket step copies after all.',
  'textbook.direct-io':
    'The textbook only says O_DIRECT “bypasses the page cache”. Here you also see the cost: a disk request and a blocking context switch on every read, even when the file is cached, and misaligned buffers, offsets or lengths fail with EINVAL. The copy into the socket buffer remains.',
  'textbook.cow-fork':
    'The textbook: fork marks pages read-only, a write faults, the page is copied. It leaves out that the parent’s entries become read-only too (so the parent faults as well), that fork flushes the parent’s TLB, and that the last user of a frame gets it back without a copy (reuse).',

  'scenario.syscall.title': 'One system call',
  'scenario.syscall.question': 'What exactly happens when a program calls getpid()?',
  'scenario.syscall.teaches':
    'Ring 3 → ring 0 and back, pt_regs on the task’s kernel stack, dispatch by system call number; syscall/sysret on x86-64, int 0x80/iret on i386.',
  'scenario.read-write.title': 'read() + write()',
  'scenario.read-write.question': 'Why does the traditional read/write loop copy every byte twice?',
  'scenario.read-write.teaches':
    'The traditional path: page cache → user buffer → socket buffer, 2 CPU copies and 4 mode switches per chunk, plus disk DMA and blocking on a cache miss.',
  'scenario.mmap-write.title': 'mmap() + write()',
  'scenario.mmap-write.question': 'What does mmap save, and where is the hidden page fault?',
  'scenario.mmap-write.teaches':
    'Sharing page-cache frames with user space: no copy into a user buffer, but a kernel-mode page fault inside write(), fault-around, and munmap’s TLB flush.',
  'scenario.sendfile.title': 'sendfile()',
  'scenario.sendfile.question': 'Why does sendfile need no CPU copy on a modern NIC?',
  'scenario.sendfile.teaches':
    'No user copy at all; with scatter-gather (sg=on) page references go to the NIC and the CPU copies nothing, without it one copy into the socket buffer.',
  'scenario.splice.title': 'splice() through a pipe',
  'scenario.splice.question': 'How can a pipe move data without copying it?',
  'scenario.splice.teaches':
    'Page references, not bytes, move from the page cache into a pipe and on to the socket: zero CPU copies, but more system calls.',
  'scenario.direct-io.title': 'O_DIRECT read + write',
  'scenario.direct-io.question': 'What does bypassing the page cache gain, and what does it cost?',
  'scenario.direct-io.teaches':
    'Disk DMA straight into the user buffer on every read, a block and wake-up each time, and the alignment rules that make a misaligned read fail with EINVAL.',
  'scenario.cow-fork.title': 'fork() and copy-on-write',
  'scenario.cow-fork.question': 'Why is fork() cheap, and when does the copying happen?',
  'scenario.cow-fork.teaches':
    'Shared read-only frames after fork, a protection fault on the first write, one page copy while the frame is shared, and a reuse without copy for its last user.',
  'scenario.kernel-access.title': 'User code touches kernel memory',
  'scenario.kernel-access.question': 'What stops a program from reading kernel memory?',
  'scenario.kernel-access.teaches':
    'Ring protection: the kernel half is mapped in every process but supervisor-only, so a ring-3 load faults (U/S check), the kernel sends SIGSEGV and the process is killed.',
};
