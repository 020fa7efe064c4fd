/**
 * The tracepoint (`system:event`) whose kernel stack shows each site's functions on a real machine, for
 * sites some tracepoint can observe. The same mapping drives tests/fidelity/stacks.test.ts (the narrated
 * functions must appear, in order, on a stack captured at that tracepoint) and the `perf record` command
 * each step offers. Sites missing here run where no tracepoint fires (user code, the device itself, the
 * i386 entry path); their function names carry source references in the test instead.
 */
const BY_SITE: Readonly<Record<string, string>> = {
  'read.enter': 'filemap:mm_filemap_get_pages',
  'read.exit': 'filemap:mm_filemap_get_pages',
  'read_direct.enter': 'iomap:iomap_dio_rw_begin',
  'read_direct.exit': 'iomap:iomap_dio_rw_begin',
  'write.enter': 'tcp:tcp_sendmsg_locked',
  'write.exit': 'tcp:tcp_sendmsg_locked',
  'sendfile.enter': 'tcp:tcp_sendmsg_locked',
  'sendfile.exit': 'tcp:tcp_sendmsg_locked',
  'splice_in.enter': 'filemap:mm_filemap_get_pages',
  'splice_in.exit': 'filemap:mm_filemap_get_pages',
  'splice_out.enter': 'tcp:tcp_sendmsg_locked',
  'splice_out.exit': 'tcp:tcp_sendmsg_locked',
  'munmap.enter': 'tlb:tlb_flush',
  'munmap.exit': 'tlb:tlb_flush',
  'clone.enter': 'kmem:mm_page_alloc',
  'clone.exit': 'kmem:mm_page_alloc',
  'wait4.enter': 'sched:sched_switch',
  'wait4.exit': 'sched:sched_switch',
  'exit_group.enter': 'signal:signal_generate',
  'exit_group.exit': 'signal:signal_generate',
  'getpid.enter': 'syscalls:sys_enter_getpid',
  'getpid.exit': 'syscalls:sys_enter_getpid',
  'entry.stack_switch': 'syscalls:sys_enter_getpid',
  // getpid's tracepoint fires in do_syscall_64 just before the dispatch (x64_sys_call: see the stacks test).
  'entry.dispatch': 'syscalls:sys_enter_getpid',
  'entry.exit_work': 'sched:sched_switch',
  'copy.pagecache_to_user': 'filemap:mm_filemap_get_pages',
  'copy.user_to_skb': 'tcp:tcp_sendmsg_locked',
  'copy.mapping_to_skb': 'exceptions:page_fault_kernel',
  'copy.cow_page': 'kmem:mm_page_alloc',
  'ref.pagecache_to_skb': 'tcp:tcp_sendmsg_locked',
  'ref.pagecache_to_pipe': 'filemap:mm_filemap_get_pages',
  'ref.pipe_to_skb': 'tcp:tcp_sendmsg_locked',
  'dma.disk_to_pagecache': 'block:block_rq_issue',
  'dma.disk_to_user': 'block:block_rq_issue',
  'dma.skb_to_nic': 'irq:softirq_raise',
  'dma.gather_to_nic': 'net:net_dev_start_xmit',
  'fault.kernel_file': 'filemap:mm_filemap_map_pages',
  'fault.user_cow': 'tlb:tlb_flush',
  'fault.user_protection': 'signal:signal_generate',
  // A store takes the same path as the captured load (do_kern_addr_fault → bad_area_nosemaphore).
  'fault.user_write_protection': 'signal:signal_generate',
  // Issue 14's user-half SIGSEGV enters through the same exc_page_fault as the captured kernel-access fault
  // and kills the same way; do_user_addr_fault and what follows rest on source references.
  'fault.user_no_vma': 'signal:signal_generate',
  'fault.user_access_error': 'signal:signal_generate',
  'task.killed_segv': 'signal:signal_generate',
  'fault.return': 'signal:signal_deliver',
  'fault.return_kernel': 'exceptions:page_fault_kernel',
  'mm.fault_around': 'filemap:mm_filemap_map_pages',
  'mm.zap_ptes': 'tlb:tlb_flush',
  'mm.tlb_flush_range': 'tlb:tlb_flush',
  'mm.fork_copy_ptes': 'kmem:mm_page_alloc',
  'mm.tlb_flush_all': 'tlb:tlb_flush',
  'mm.cow_map_copy': 'tlb:tlb_flush',
  'mm.tlb_flush_page': 'tlb:tlb_flush',
  'mm.pagecache_alloc': 'filemap:mm_filemap_add_to_page_cache',
  'irq.disk.enter': 'irq:softirq_raise',
  'irq.disk.exit': 'block:block_rq_complete',
  'sched.block_io': 'sched:sched_switch',
  'sched.block_dio': 'sched:sched_switch',
  'sched.block_wait': 'sched:sched_switch',
  'sched.wake_io': 'sched:sched_wakeup',
  'sched.wake_dio': 'sched:sched_wakeup',
  'sched.wake_parent': 'sched:sched_wakeup',
  // Rule 10: sndbuf_block.c's sender, captured into read-write's stacks.
  'sched.block_sndbuf': 'sched:sched_switch',
  'sched.wake_sndbuf': 'sched:sched_wakeup',
  'sched.switch': 'sched:sched_switch',
  'task.ret_from_fork': 'exceptions:page_fault_kernel',
  'signal.sigsegv': 'signal:signal_generate',
  'signal.sigchld': 'signal:signal_generate',
  'task.killed': 'signal:signal_generate',
  'task.exited': 'tlb:tlb_flush',
  // Issue 17: copy_file_range on ext4 (captured in copy-file-range's stacks).
  'copy_file_range.enter': 'filemap:mm_filemap_get_pages',
  'copy_file_range.exit': 'filemap:mm_filemap_get_pages',
  'copy.pagecache_to_pagecache_cfr': 'filemap:mm_filemap_add_to_page_cache',
  'mm.pagecache_alloc_sync_ra': 'filemap:mm_filemap_add_to_page_cache',
};

/** The tracepoint that observes a site (by id), or undefined when none can. Pure. */
export function siteTracepoint(siteId: string): string | undefined {
  return Object.hasOwn(BY_SITE, siteId) ? BY_SITE[siteId] : undefined;
}

/** The mapped site ids (the stacks test checks each names a site). */
export const TRACEPOINT_SITE_IDS: readonly string[] = Object.keys(BY_SITE);
