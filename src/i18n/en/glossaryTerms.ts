/**
 * en glossary: `glossary.<term>.title|body`, the definitions behind the words the counters and the
 * narration use. They load on demand with the views' messages (loadViewMessages), after the first paint.
 */
export const glossaryTerms: Readonly<Record<string, string>> = {
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
};
