/**
 * en narration, one message per simulation site: `step.<site id>` (src/sim/sites.ts). Placeholders are the
 * step's `params` (src/sim/step.ts narrationParams). Keys and placeholders must match zh-CN (tests/i18n).
 */
export const steps: Readonly<Record<string, string>> = {
  // Phrases inside narration (src/i18n/narrate.ts): one page reads "page 3", not "pages 3–3".
  'narration.filePage': 'file page {first}',
  'narration.filePages': 'file pages {first}–{last}',
  // Bytes no read put in the buffer (nginx's response header, built in memory) and the file's after them.
  'narration.headerOnly': 'bytes the program made itself, not from a file',
  'narration.headerThen': 'bytes the program made itself, then {pages}',
  // The receive path: bytes of the TCP stream, by the 4 KiB slices the views colour, before any file has them.
  'narration.streamPage': 'the stream’s page {first}',
  'narration.streamPages': 'the stream’s pages {first}–{last}',
  // vmsplice: the process's own pages, not the page cache's.
  'narration.bufferPage': 'buffer page {first}',
  'narration.bufferPages': 'buffer pages {first}–{last}',
  'narration.nicReadsUser': 'The NIC will read the bytes straight from the process’s pages by DMA.',
  'narration.onePage': '1 page',
  'narration.pages': '{pages} pages',
  'narration.oneByte': '1 byte',
  'narration.bytes': '{n} bytes',
  'narration.continuedCopy':
    ' This continues the same call’s copy into the next skb, so it is not counted as another copy.',
  'narration.nicReads.on': 'The NIC will read the data straight from the page cache.',
  'narration.nicReads.off':
    'This NIC cannot gather (scatter-gather off): when the skb is sent, the CPU will copy these pages into a linear buffer for it.',
  // System calls: entry (ring 3 → ring 0) and exit (ring 0 → ring 3).
  'step.read.enter':
    'Process {pid} calls read() for up to {countBytes} from the file: the CPU goes from ring 3 to ring 0 via {entry}, a mode switch (user mode → kernel mode), not a context switch.',
  'step.read.exit':
    'read() returns {ret} (bytes copied into the buffer; 0 means end of file) and the CPU goes back to ring 3 via {entry}: the second mode switch of this call.',
  'stepError.read.exit':
    'read() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped, so the copy to user space faulted and nothing was read.',
  'step.read_direct.enter':
    'Process {pid} calls read() on the O_DIRECT file for {countBytes} into the buffer at {addr}: ring 3 → ring 0 via {entry}. With O_DIRECT the buffer address, file offset and length must all be multiples of the block alignment.',
  'step.read_direct.exit':
    'read() returns {ret} to ring 3 via {entry}: the bytes read, 0 at end of file, or -22 (EINVAL) if the buffer, offset or length was misaligned, in which case nothing moved.',
  // A failed call worded on its own (src/i18n/narrate.ts: narrationKey).
  'stepError.read_direct.exit':
    'read() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer address, the file offset or the length is not a multiple of the O_DIRECT alignment, so the kernel refused the call before starting any DMA. Nothing moved.',
  'step.write.enter':
    'Process {pid} calls write() to send {countBytes} on the socket (fd 4): ring 3 → ring 0 via {entry}, a mode switch.',
  'step.write.exit':
    'write() returns {ret} and the CPU goes back to ring 3 via {entry}. The bytes now sit in the socket buffer; write() does not wait for them to reach the wire.',
  'stepError.write.exit':
    'write() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped, so the copy from user space faulted and nothing was sent.',
  'step.sendfile.enter':
    'Process {pid} calls sendfile() to send up to {countBytes} of the file straight to the socket: ring 3 → ring 0 via {entry}. The data never has to visit user space.',
  'step.sendfile.exit':
    'sendfile() returns {ret} (bytes handed to the socket; 0 means end of file) and the CPU goes back to ring 3 via {entry}.',
  'step.splice_in.enter':
    'Process {pid} calls splice() to move up to {countBytes} from the file into the pipe: ring 3 → ring 0 via {entry}.',
  'step.splice_in.exit':
    'splice() returns {ret} (bytes now referenced by the pipe; 0 means end of file) to ring 3 via {entry}.',
  'step.splice_out.enter':
    'Process {pid} calls splice() to move {countBytes} from the pipe to the socket: ring 3 → ring 0 via {entry}.',
  'step.splice_out.exit':
    'splice() returns {ret} (bytes handed to the socket) to ring 3 via {entry}. The pipe is empty again.',
  'step.pipe2.enter':
    'Process {pid} calls pipe2() to create a pipe: ring 3 → ring 0 via {entry}. The pipe will carry page references, not bytes.',
  'step.pipe2.exit':
    'pipe2() returns {ret} (success) to ring 3 via {entry}: the program now has a read end and a write end. A pipe holds up to 16 buffers, each a reference to (part of) one page.',
  'step.mmap.enter':
    'Process {pid} calls mmap() to map {countBytes} of the file, read-only and shared: ring 3 → ring 0 via {entry}.',
  'step.mmap.exit':
    'mmap() returns {addr} to ring 3 via {entry}: the start of the new mapping (if the mapping does not fit in the free user address space, it returns -12, ENOMEM, and the program stops). Nothing has been read or copied yet.',
  'step.munmap.enter':
    'Process {pid} calls munmap() to remove the mapping of {countBytes} at {addr}: ring 3 → ring 0 via {entry}.',
  'step.munmap.exit':
    'munmap() returns {ret} (success) to ring 3 via {entry}. The file pages stay in the page cache for the next reader.',
  'step.clone.enter':
    'Process {pid} calls fork() (the clone system call): ring 3 → ring 0 via {entry}. The kernel creates a child process that shares the parent’s memory copy-on-write.',
  'step.clone.exit':
    'fork() returns {ret}, the child’s pid, to the parent in ring 3 via {entry}. The child exists but has not run yet.',
  'step.wait4.enter':
    'Process {pid} calls waitpid() (the wait4 system call) for child {arg}: ring 3 → ring 0 via {entry}.',
  'step.wait4.exit':
    'wait4() returns {ret}, the pid of the child that exited, and process {pid} goes back to ring 3 via {entry}.',
  'step.exit_group.enter':
    'Process {pid} calls exit({arg}) (the exit_group system call): ring 3 → ring 0 via {entry}. This call never returns.',
  'step.exit_group.exit': 'exit_group() never returns to ring 3: the process no longer exists.',
  'step.getpid.enter':
    'The program puts the system call number {arg} (getpid) in rax and executes the syscall instruction: the CPU switches from ring 3 to ring 0 and jumps to the kernel’s entry point. This is a mode switch, not a context switch: process {pid} keeps running, now in kernel mode.',
  'step.getpid.exit':
    '{entry} takes the CPU from ring 0 back to ring 3 and the program continues after the syscall instruction with rax = {ret}. The round trip is two mode switches (about 120 ns measured on a test VM).',
  'step.getpid32.enter':
    'The program puts the system call number {arg} (getpid’s number on i386) in eax and executes {entry}, a software interrupt through gate 0x80: the CPU switches from ring 3 to ring 0. A mode switch, not a context switch.',
  'step.getpid32.exit':
    'iret restores the saved user state and the CPU returns from ring 0 to ring 3 with eax = {ret}. This legacy path is slower than syscall/sysret, but it is still two mode switches.',

  // Inside the kernel entry path (syscall scenario).
  'step.entry.stack_switch':
    'The syscall instruction does not change the stack, so the entry code does: swapgs, save the user stack pointer, and load the top of process {pid}’s own kernel stack.',
  'step.entry.stack_switch32':
    'Because {entry} goes through an interrupt gate, the CPU itself switches stacks: it loads TSS.sp0, which since Linux 4.19 points to a small per-CPU entry stack, and pushes the user ss, sp, flags, cs and ip there.',
  'step.entry.pt_regs':
    'The entry code saves all user registers as a struct pt_regs at the top of process {pid}’s kernel stack (the syscall number goes in orig_ax), then clears them. strace, signals and the return path all read this frame.',
  'step.entry.pt_regs32':
    'The entry code (SAVE_ALL with switch_stacks=1) pushes the rest of the user registers after what the CPU pushed, then copies the whole frame from the entry stack to the top of process {pid}’s kernel stack: a complete struct pt_regs.',
  'step.entry.dispatch':
    'do_syscall_64 passes the number {nr} to x64_sys_call(), a switch statement whose case {nr} calls the handler __x64_sys_getpid. Since Linux 6.9 (backported to 6.1 and 6.6) the kernel dispatches with this switch instead of an indirect call through sys_call_table[], a defence against branch history injection; the table is still built, for tracing.',
  'step.entry.dispatch32':
    'do_int80_syscall_32 passes the number {nr} to ia32_sys_call(), a switch statement whose case {nr} calls the handler __ia32_sys_getpid. Since Linux 6.9 dispatch is this switch, not an indirect call through the system call table (a defence against branch history injection).',
  'step.entry.work':
    'The handler does the actual work: getpid returns the caller’s process id, {ret}. The result is stored in the ax slot of pt_regs, where the user program will find it.',
  'step.entry.exit_work':
    'Before returning, the kernel checks for pending work (a signal to deliver, or a reschedule, which is where a context switch could happen), then restores the user registers from pt_regs.',
  'step.entry.exit_work32':
    'Before returning, the kernel checks for pending work (signals, rescheduling), restores the registers from pt_regs and prepares iret, which pops the ss, sp, flags, cs and ip that {entry} pushed.',

  // CPU copies: the CPU moves bytes from one buffer to another.
  'step.copy.pagecache_to_user':
    'The CPU copies {bytesText} of {filePages} from the page cache into the user buffer (copy_to_user). This is CPU copy work that the zero-copy paths avoid.',
  'stepOwnBytes.copy.user_to_skb':
    'The CPU copies {bytesText} ({filePages}) from the user buffer into a socket buffer (skb) on the socket’s send queue. Data the program made in memory, such as a response header, costs this one CPU copy into the socket, like any write().',
  'step.copy.user_to_skb':
    'The CPU copies {bytesText} ({filePages}) from the user buffer into a socket buffer (skb) on the socket’s send queue. In read() + write() this is the second CPU copy; with O_DIRECT, whose disk DMA filled the buffer, it is the only one.',
  'step.copy.mapping_to_skb':
    'The CPU copies {bytesText} of {filePages} through the mapping, that is straight out of the page-cache frames, into a socket buffer (skb). mmap saved the copy into a user buffer; this copy remains.',
  'step.copy.skb_linearize':
    'The NIC cannot gather from scattered pages (scatter-gather off). TCP still queued page references (every TCP socket has NETIF_F_SG through GSO), so the copy happens now, at transmit: validate_xmit_skb copies {bytesText} of {filePages} from the page cache into a linear buffer for the driver. This is the textbook’s “1 CPU copy” for sendfile without scatter-gather; the queued skb keeps its page references.',
  'stepUserPages.copy.skb_linearize':
    'The NIC cannot gather from scattered pages (scatter-gather off). TCP still queued page references (every TCP socket has NETIF_F_SG through GSO), so the copy happens now, at transmit: validate_xmit_skb copies {bytesText} of {filePages} — the process’s own pages that vmsplice put in the pipe — into a linear buffer for the driver. Without scatter-gather, vmsplice’s zero copy costs this one CPU copy after all.',
  'step.copy.cow_page':
    'The frame is still shared, so the kernel allocates a new frame {pfn} and the CPU copies the whole page {first} ({bytesText}) into it. This is the copy in copy-on-write: it happens now, on the first write, not at fork().',

  // Page references: zero copy.
  'step.ref.pagecache_to_skb':
    'No bytes are copied: references to {filePages} ({bytesText}) in the page cache are attached to the socket buffer as fragments. {nicReads}',
  'step.ref.pagecache_to_pipe':
    'No bytes are copied: the pipe’s buffers now point at {filePages} ({bytesText}) in the page cache, whose reference counts go up.',
  'step.ref.pipe_to_skb':
    'The page references move from the pipe into the socket buffer as fragments: {filePages}, {bytesText}, still without a CPU copy here. {nicReads}',

  // DMA: devices move data without the CPU.
  'step.dma.disk_to_pagecache':
    'The kernel sends one request to the disk for {filePages} ({pageCount}, {bytesText}). The disk controller will write them into the page-cache frames by DMA, without the CPU.',
  'step.dma.disk_to_pagecache.done':
    'The disk has finished the DMA: the bytes of {filePages} ({bytesText}) are in the page-cache frames, which are still locked and not yet marked up to date. The device posts a completion entry; no kernel code has run yet. Its completion interrupt follows.',
  'step.dma.disk_to_user':
    'O_DIRECT: the kernel pins the user buffer and sends the disk a request for {bytesText} ({filePages}). The disk will DMA them straight into the user buffer, bypassing the page cache, on every read, cached or not.',
  'step.dma.disk_to_user.done':
    'The disk has written {bytesText} ({filePages}) straight into the user buffer by DMA and posts a completion entry; its completion interrupt follows. The page cache was neither used nor filled.',
  'step.dma.skb_to_nic':
    'TCP hands the next skb on the send queue to the driver (tcp_write_xmit), and the NIC will fetch its {bytesText} ({filePages}) of linear data by DMA and send them. The CPU is free meanwhile.',
  'step.dma.skb_to_nic.done':
    'The NIC has fetched the {bytesText} ({filePages}) by DMA and sent them on the wire; it marks the descriptor done. Its transmit-completion interrupt follows.',
  'step.dma.gather_to_nic':
    'Scatter-gather DMA: TCP hands the next skb to the driver, and the NIC will fetch the packet headers from the skb and the {bytesText} of payload straight from the page-cache frames of {filePages}. This is why no CPU copy is needed.',
  'stepUserPages.dma.gather_to_nic':
    'Scatter-gather DMA: TCP hands the next skb to the driver, and the NIC will fetch the packet headers from the skb and the {bytesText} of payload straight from the process’s own pages ({filePages}) that vmsplice put in the pipe — not from the page cache. No CPU copy is needed.',
  'stepUserPages.dma.gather_to_nic.done':
    'The NIC has gathered the {bytesText} ({filePages}) from the process’s pages by DMA and sent them; it marks the descriptor done. Its transmit-completion interrupt follows.',
  'step.dma.gather_to_nic.done':
    'The NIC has gathered the {bytesText} ({filePages}) from the page cache by DMA and sent them; it marks the descriptor done. Its transmit-completion interrupt follows.',

  // Page faults.
  'step.fault.kernel_file':
    'The copy inside write() touches {addr}, which has no page-table entry yet: a page fault taken in kernel mode (error code {err}: kernel read, page not present). The CPU is already in ring 0, so this is not a mode switch. If the page is not in the page cache, it is a major fault and the disk must read it first.',
  'step.fault.user_cow':
    'The store to {addr} hits a read-only page-table entry: the MMU raises a page fault in user mode (error code {err}: present, write, user), a mode switch into the kernel. Since fork() the page is copy-on-write.',
  'step.user.load_bad':
    'User code in ring 3 loads from {addr}. The MMU looks the address up in the process’s page table.',
  'step.user.store_bad':
    'User code in ring 3 stores to {addr}. The MMU looks the address up in the process’s page table.',
  'step.fault.user_no_vma':
    'No page-table entry maps {addr}: page fault from user mode, error code {err} (bits: 1 present, 2 write, 4 user), a mode switch into the kernel. do_user_addr_fault looks for the VMA that covers the address and finds none: it is not mapped at all. Nothing is ever mapped below mmap_min_addr (64 KiB), which is why a NULL pointer always lands here.',
  'step.fault.user_access_error':
    'Page fault from user mode at {addr}, error code {err} (bits: 1 present, 2 write, 4 user), a mode switch into the kernel. A VMA covers the address, the file mapping made with PROT_READ, but it does not allow writing: access_error says no, so this is not a copy-on-write fault (there the VMA allows writing) and nothing is mapped.',
  'step.task.killed_segv':
    'The default action for SIGSEGV terminates process {pid}: it never returns to the instruction that faulted. Any other process runs on.',
  'step.fault.user_protection':
    'The MMU refuses the access: {addr} is on a supervisor page (U/S bit clear), and the CPU is in ring 3. Page fault from user mode, error code {err} (present, user, read): a mode switch into the kernel’s fault handler. This assumes no KPTI, as on CPUs not affected by Meltdown: with KPTI the user page tables do not map the kernel half at all, so the error code would be 0x4 (not present, user, read).',
  'step.fault.return_kernel':
    'The fault handler returns to the interrupted copy inside the kernel ({addr} is now mapped). The CPU was in ring 0 before the fault and stays there: no mode switch.',
  'step.fault.return':
    'The fault is handled and the access to {addr} that faulted is retried, now successfully. After a user-mode fault this return (iret) is a mode switch back to ring 3; after a fault inside the kernel’s copy, the CPU stays in ring 0 and the copy resumes.',

  // Memory management: VMAs, page tables, TLB.
  'step.mm.mmap_vma':
    'mmap only records a new virtual memory area of {bytesText} ({pageCount}) at {addr}. No page-table entries are set and no data is read or copied; pages are mapped later, on first access, by page faults.',
  'step.mm.fault_around':
    'Fault-around: the handler maps {pageCount} (already in the page cache) at once, starting at {addr} (frame {pfn}), read-only, pointing at the page-cache frames themselves. One fault maps the whole window, so the following pages will not fault.',
  'step.mm.zap_ptes':
    'munmap clears the page-table entries of {pageCount} starting at {addr}. The page-cache pages themselves stay cached; only this process’s view of them goes away.',
  'step.mm.tlb_flush_range':
    'The TLB may still hold the old translations, so the kernel flushes the {pageCount} from {addr} out of the TLB. On a multi-CPU machine this can take an inter-processor interrupt (TLB shootdown).',
  'step.mm.fork_copy_ptes':
    'fork() copies process {pid}’s page tables for child {child}. Now the buffer ({pageCount}) is shared: the same frames, marked read-only in both processes, with raised reference counts. No data is copied.',
  'step.mm.tlb_flush_all':
    'The parent’s page-table entries just became read-only, but its TLB may still cache them as writable, so the kernel flushes process {pid}’s whole TLB.',
  'step.mm.cow_map_copy':
    'The page-table entry for {addr} now points at the new frame {pfn}, writable and private to process {pid}. The old frame loses one reference.',
  'step.mm.cow_reuse':
    'Frame {pfn} has only one user left, because the other process already copied the page away. So the kernel just makes the entry for {addr} writable again: a reuse, no copy.',
  'step.mm.tlb_flush_page':
    'The stale read-only translation for {addr} is flushed from the TLB (one page), so the CPU uses the new page-table entry.',
  'step.mm.pagecache_alloc':
    'Page-cache miss: the kernel allocates page-cache frames ({pageCount}) for {filePages} (the missing pages plus the readahead window) and locks them until the disk has filled them.',

  // Interrupts.
  'step.irq.disk.enter':
    'The disk reports completion with an interrupt. The CPU stops what it was doing (often the idle task) and runs the handler in ring 0: vring_interrupt → virtblk_done → blk_mq_complete_request, which hands the finished request to the BLOCK softirq. Taking the interrupt is a mode switch only if the CPU was running user code.',
  'step.irq.disk.exit':
    'The interrupt and the softirq it raised are done, and the CPU returns to what it was doing.',
  'step.irq.nic.enter':
    'The NIC raises a transmit-completion interrupt: the packet has left. If the CPU was running user code, taking the interrupt is a mode switch (ring 3 → ring 0).',
  'step.irq.nic.exit':
    'The handler has cleaned the TX ring and freed the driver’s clone of the skb ({bytesText}). The skb itself, with its data or its page references, stays on TCP’s retransmit queue until the receiver acknowledges it. If another skb was waiting, TCP Small Queues handed it to the NIC in this handler (tcp_wfree → tcp_tsq_handler). The CPU returns to what it was doing.',
  'step.irq.nic_rx.enter':
    'An ACK from the receiver arrives: the NIC has written the small frame into a receive buffer and raises a receive interrupt. The handler only schedules NAPI; the work happens in the NET_RX softirq. It is a mode switch only if the CPU was running user code.',
  'stepUserPages.tcp.ack':
    'In the NET_RX softirq TCP processes the ACK (tcp_ack → tcp_clean_rtx_queue): the acknowledged skb ({bytesText}, {filePages}) leaves the send queue and is freed, dropping its references to the process’s own pages (given by vmsplice, or pinned by a zero-copy send) — from now on the program may write that part of its buffer again (a zero-copy send learns it from the completion notification). Its room in the send buffer is free again.',
  'step.tcp.ack':
    'In the NET_RX softirq TCP processes the ACK (tcp_ack → tcp_clean_rtx_queue): the acknowledged skb ({bytesText}, {filePages}) leaves the send queue and is freed; for sendfile and splice this drops its references to the page-cache pages. Its room in the send buffer is free again.',
  'step.irq.nic_rx.exit': 'The receive softirq is done and the CPU returns to what it was doing.',

  // Scheduler: blocking, waking, process context switches.
  'step.sched.block_io':
    'The data is not in memory yet, so process {pid} goes to sleep (uninterruptible, waiting for I/O) until the disk finishes. Blocking is what causes a real process context switch: the CPU moves on to another task.',
  'step.sched.block_dio':
    'Process {pid} sleeps until the direct-I/O request completes. O_DIRECT blocks on the disk on every read, even when the file is cached.',
  'step.sched.block_sndbuf':
    'The socket’s send buffer is full ({bytesText} queued, the limit is sndbuf): tcp_sendmsg_locked cannot queue more, so process {pid} sleeps in sk_stream_wait_memory until ACKs free room. Sleeping is a real process context switch; the call has not returned yet.',
  'step.sched.block_wait':
    'The child has not exited yet, so wait4 puts process {pid} to sleep until the child’s exit wakes it.',
  'step.sched.wake_io':
    'In the BLOCK softirq the block layer ends the request: bio_endio calls the file system’s end_io (ext4’s mpage_end_io), which calls folio_end_read. In one step that marks the pages up to date, unlocks them and wakes process {pid}, which becomes runnable and will be switched back in.',
  'step.sched.wake_dio':
    'In the BLOCK softirq bio_endio calls the direct-I/O completion, iomap_dio_bio_end_io, which wakes process {pid}: the data is in its buffer. No page-cache page is involved, so nothing is marked up to date. The process becomes runnable again.',
  'step.sched.wake_sndbuf':
    'ACKs have freed enough of the send buffer (free room is now at least half of the {bytesText} still queued), so sk_stream_write_space wakes process {pid}. It will go on queueing the rest of its call.',
  'step.sched.wake_parent': 'The child’s exit wakes its parent, process {pid}, which is sleeping in wait4().',
  'step.sched.switch':
    'The scheduler switches from {prev} to {next}: a process context switch (another task’s kernel stack and registers, and its address space if it has one of its own), not a mode switch. It happens in kernel mode.',

  // Processes and signals.
  'step.task.ret_from_fork':
    'The child, process {pid}, runs for the first time: it starts in ret_from_fork and returns from fork() to ring 3 via {entry} with the value {ret}, which means “you are the child”.',
  'step.signal.sigsegv':
    'There is no user mapping at {addr} that allows this access, so the kernel sends SIGSEGV (segmentation fault) to process {pid}.',
  'step.signal.sigchld':
    'The kernel sends SIGCHLD to the parent, process {pid}, to tell it that its child has exited.',
  'step.task.killed':
    'The default action for SIGSEGV terminates process {pid}. It never returns to ring 3: ring protection kept user code out of kernel memory.',
  'step.task.exited':
    'Process {pid} exits: the kernel frees its address space, which drops its references to the frames it shared.',

  // User code.
  'step.user.store':
    'Process {pid} stores to buffer page {page} at {addr}, in user mode. If the page-table entry is writable the store simply happens; a read-only (copy-on-write) entry makes the MMU raise a page fault.',
  'step.user.load_kernel':
    'User code in ring 3 loads a byte from {addr}, an address in the kernel half. The kernel half is mapped in every process, but its pages are marked supervisor-only.',
  'step.prog.end':
    'The program has finished and every device is idle. The counters now show the totals for the whole run.',
};
