// What the stacks test (stacks.test.ts) allows besides "the name is on a captured stack": the short,
// justified list of frames that appear renamed or not at all, and the source references (Linux 6.18) of
// names no tracepoint can observe. Pure data plus the name parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REAL_SYSTEM_IDS } from '../../src/sim/index';
import { URING_SOURCE_REFS } from './uringSourceRefs';

export interface StackEvent {
  readonly event: string;
  /** Innermost first, as tracefs prints it. */
  readonly stack: readonly string[];
}

export interface StackFixture {
  readonly scenario: string;
  readonly program: string;
  readonly kernel: string;
  readonly events: readonly StackEvent[];
}

/**
 * Scenarios with no kernel-stack capture of ours: issue 18's real systems (nginx and the JDK are captured
 * with strace only, in realSystems/).
 */
export const NO_STACKS: readonly string[] = [...REAL_SYSTEM_IDS];

/** Scenarios with no strace capture of ours (fidelity.test.ts's "one capture per scenario"); issue 18's real
 * systems are captured from nginx and the JDK instead (realSystems/, realSystems.test.ts). */
export const NOT_CAPTURED: readonly string[] = [...REAL_SYSTEM_IDS];

export const STACK_DIR = path.join(import.meta.dirname, 'stacks');

export function loadStackFixtures(): StackFixture[] {
  return readdirSync(STACK_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(STACK_DIR, f), 'utf8')) as StackFixture);
}

/**
 * The kernel function names a site's `fn` narrates, in order: identifiers with an underscore or leading
 * underscores (do_syscall_64, __schedule), not macros (PUSH_AND_CLEAR_REGS), instructions or `name=value`.
 */
export function kernelNames(fn: string): string[] {
  const re = /(?<![\w.])(?:_+[a-z][a-z0-9]*|[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+)(?:_[A-Za-z0-9]+)*(?![\w=])/g;
  return fn.match(re) ?? [];
}

/**
 * A frame as the test compares it: compiler clones (.isra.0, .part.0, .constprop.0) and the cold part GCC
 * splits off (.cold, as io_uring_setup.cold) are the function.
 */
export function frameName(frame: string): string {
  return frame.replace(/(\.(isra|part|constprop|cold)(\.\d+)?)+$/, '');
}

/**
 * Names that appear on the stack under another name: the frame is a label inside the same symbol, the
 * name is a macro or inline wrapper for the frame, or an ops pointer the capture's device implements.
 */
export const RENAMED: Readonly<Record<string, { readonly frame: string; readonly why: string }>> = {
  entry_SYSCALL_64: {
    frame: 'entry_SYSCALL_64_after_hwframe',
    why: 'a label inside entry_SYSCALL_64 (arch/x86/entry/entry_64.S); the unwinder names the return address by it',
  },
  ndo_start_xmit: {
    frame: 'loopback_xmit',
    why: 'the driver’s net_device_ops.ndo_start_xmit; the capture sends over lo, whose ndo_start_xmit is loopback_xmit',
  },
  flush_tlb_mm: {
    frame: 'flush_tlb_mm_range',
    why: 'a macro: flush_tlb_mm(mm) is flush_tlb_mm_range(mm, 0, TLB_FLUSH_ALL, 0UL, true) (arch/x86/include/asm/tlbflush.h)',
  },
  flush_tlb_page: {
    frame: 'flush_tlb_mm_range',
    why: 'an inline: flush_tlb_page(vma, a) is flush_tlb_mm_range(vma->vm_mm, a, a + PAGE_SIZE, …) (arch/x86/include/asm/tlbflush.h)',
  },
  blk_io_schedule: {
    frame: 'io_schedule_timeout',
    why: 'an inline in include/linux/blkdev.h that calls io_schedule_timeout',
  },
};

/**
 * Names that the compiler removed from the stack: inlined static functions and tail calls (a function whose
 * last act is a call is replaced on the stack by its callee). Each was checked against the captured stacks:
 * its caller and its callee are there, adjacent.
 */
export const HIDDEN: Readonly<Record<string, string>> = {
  x64_sys_call:
    'inlined into do_syscall_64 for calls that return (the stacks of read, write, splice go do_syscall_64 → ksys_*); exit_group’s stacks show it',
  syscall_exit_to_user_mode:
    '__always_inline (include/linux/entry-common.h): its exit_to_user_mode_loop is on the stack under do_syscall_64',
  context_switch: '__always_inline in kernel/sched/core.c: the sched_switch tracepoint fires in __schedule',
  bio_endio:
    'tail call: its last act is bio->bi_end_io(bio), so the end_io function sits under blk_update_request',
  mpage_end_io: 'tail call: ext4’s bi_end_io ends by calling __read_end_io (fs/ext4/readpage.c)',
  folio_end_read: 'tail call: it ends by calling folio_wake_bit(folio, PG_locked) (mm/filemap.c)',
  wake_up_process: 'tail call to try_to_wake_up (kernel/sched/core.c)',
  __wake_up_parent: 'tail call to __wake_up_sync_key (kernel/exit.c)',
  wp_page_copy:
    'static in mm/memory.c, inlined into do_wp_page (the copy’s allocation sits under do_wp_page)',
  do_read_fault: 'static in mm/memory.c, inlined into do_fault (filemap_map_pages sits under do_fault)',
  do_fault_around: 'static in mm/memory.c, inlined into do_fault via do_read_fault',
  do_kern_addr_fault:
    'static in arch/x86/mm/fault.c, inlined into exc_page_fault (force_sig_fault sits under it)',
  bad_area_nosemaphore: 'static in arch/x86/mm/fault.c, inlined into exc_page_fault',
  exit_mm: 'static in kernel/exit.c, inlined into do_exit (__mmput sits under do_exit)',
};

/** Names no tracepoint on the captured paths can observe: where they are in Linux 6.18. */
export const SOURCE_REFS: Readonly<Record<string, string>> = {
  do_pipe2: 'fs/pipe.c: do_pipe2',
  create_pipe_files: 'fs/pipe.c: create_pipe_files',
  ksys_mmap_pgoff: 'mm/mmap.c: ksys_mmap_pgoff',
  do_mmap: 'mm/mmap.c: do_mmap',
  mmap_region: 'mm/vma.c: mmap_region',
  entry_INT80_32: 'arch/x86/entry/entry_32.S: entry_INT80_32 (a 32-bit kernel; the captures run x86-64)',
  do_int80_syscall_32: 'arch/x86/entry/syscall_32.c: do_int80_syscall_32',
  ia32_sys_call: 'arch/x86/entry/syscall_32.c: ia32_sys_call',
  __ia32_sys_getpid: 'kernel/sys.c: SYSCALL_DEFINE0(getpid) (the __ia32_ wrapper)',
  __x64_sys_getpid: 'kernel/sys.c: SYSCALL_DEFINE0(getpid) (the __x64_ wrapper, case 39 of x64_sys_call)',
  __do_sys_getpid: 'kernel/sys.c: SYSCALL_DEFINE0(getpid)',
  task_tgid_vnr: 'include/linux/pid.h: task_tgid_vnr',
  copy_page_to_iter: 'lib/iov_iter.c: copy_page_to_iter (filemap_read → copy_folio_to_iter)',
  skb_copy_to_page_nocache: 'include/net/sock.h: skb_copy_to_page_nocache',
  skb_splice_from_iter: 'net/core/skbuff.c: skb_splice_from_iter',
  __wp_page_copy_user: 'mm/memory.c: __wp_page_copy_user',
  copy_present_ptes: 'mm/memory.c: copy_present_ptes',
  wrprotect_ptes: 'include/linux/pgtable.h: wrprotect_ptes',
  set_pte_at: 'include/linux/pgtable.h: set_pte_at',
  wp_can_reuse_anon_folio: 'mm/memory.c: wp_can_reuse_anon_folio',
  wp_page_reuse: 'mm/memory.c: wp_page_reuse',
  unmap_vmas: 'mm/memory.c: unmap_vmas',
  zap_pte_range: 'mm/memory.c: zap_pte_range',
  irqentry_exit: 'kernel/entry/common.c: irqentry_exit (after irq_exit_rcu in DEFINE_IDTENTRY_IRQ)',
  napi_schedule:
    'include/linux/netdevice.h: napi_schedule (a NIC driver’s TX interrupt; the captures use lo)',
  napi_consume_skb: 'net/core/skbuff.c: napi_consume_skb',
  // Rule 10 (the socket send queue): lo has NETIF_F_SG and no TX interrupt, and the captures trace no
  // event inside TCP's ACK processing or its memory wait.
  validate_xmit_skb: 'net/core/dev.c: validate_xmit_skb (calls skb_gso_segment or __skb_linearize)',
  __skb_linearize: 'include/linux/skbuff.h: __skb_linearize',
  skb_segment: 'net/core/skbuff.c: skb_segment (software GSO; copies frags for a device without SG)',
  napi_poll: 'net/core/dev.c: napi_poll (calls the driver’s poll, which cleans the TX ring)',
  tcp_wfree: 'net/ipv4/tcp_output.c: tcp_wfree (the clone’s destructor; schedules the TSQ handler)',
  net_rx_action: 'net/core/dev.c: net_rx_action',
  irq_exit_rcu: 'kernel/softirq.c: irq_exit_rcu',
  tcp_v4_rcv: 'net/ipv4/tcp_ipv4.c: tcp_v4_rcv',
  tcp_ack: 'net/ipv4/tcp_input.c: tcp_ack',
  tcp_clean_rtx_queue: 'net/ipv4/tcp_input.c: tcp_clean_rtx_queue',
  // Issue 16 (receive and write paths, captured over lo): the NIC driver's part, names that returned
  // before the tracepoint, and tail calls (tcp_data_ready ends by calling sk->sk_data_ready).
  tcp_recvmsg: 'net/ipv4/tcp.c: tcp_recvmsg',
  ksys_read: 'fs/read_write.c: ksys_read',
  sock_read_iter: 'net/socket.c: sock_read_iter',
  napi_complete_done: 'net/core/dev.c: napi_complete_done (re-enables the NIC interrupt through the driver)',
  netif_receive_skb: 'net/core/dev.c: netif_receive_skb (drivers usually enter through napi_gro_receive)',
  tcp_queue_rcv: 'net/ipv4/tcp_input.c: tcp_queue_rcv',
  tcp_data_ready: 'net/ipv4/tcp_input.c: tcp_data_ready',
  wake_up_interruptible_sync_poll:
    'include/linux/wait.h: wake_up_interruptible_sync_poll (a macro for __wake_up_sync_key, which the stacks show)',
  // Issue 18's leftovers: RocketMQ's producer (a writable shared mapping, its write faults, msync) and
  // nginx's writev; no stack capture of them, so every name rests on its source reference.
  ext4_file_mmap: 'fs/ext4/file.c: ext4_file_mmap',
  exc_page_fault: 'arch/x86/mm/fault.c: exc_page_fault',
  handle_mm_fault: 'mm/memory.c: handle_mm_fault',
  __do_fault: 'mm/memory.c: __do_fault (calls vma->vm_ops->fault)',
  do_shared_fault: 'mm/memory.c: do_shared_fault',
  do_page_mkwrite: 'mm/memory.c: do_page_mkwrite (calls vma->vm_ops->page_mkwrite)',
  ext4_page_mkwrite: 'fs/ext4/inode.c: ext4_page_mkwrite',
  finish_fault: 'mm/memory.c: finish_fault',
  __do_sys_msync: 'mm/msync.c: SYSCALL_DEFINE3(msync)',
  sock_write_iter: 'net/socket.c: sock_write_iter',
  tcp_sendmsg: 'net/ipv4/tcp.c: tcp_sendmsg',
  ext4_dio_read_iter: 'fs/ext4/file.c: ext4_dio_read_iter',
  vfs_fsync_range: 'fs/sync.c: vfs_fsync_range',
  do_writev: 'fs/read_write.c: do_writev',
  // nginx's tcp_nopush: setsockopt(TCP_CORK); no stack capture of it.
  do_sock_setsockopt: 'net/socket.c: do_sock_setsockopt',
  tcp_setsockopt: 'net/ipv4/tcp.c: tcp_setsockopt (calls do_tcp_setsockopt)',
  __tcp_sock_set_cork: 'net/ipv4/tcp.c: __tcp_sock_set_cork',
  tcp_push_pending_frames: 'include/net/tcp.h: tcp_push_pending_frames',
  vfs_writev: 'fs/read_write.c: vfs_writev',
  // Issue 14: lseek(fd, off, SEEK_SET) (kafka-fetch's later consumers, several files); no stack capture.
  ksys_lseek: 'fs/read_write.c: ksys_lseek',
  vfs_llseek: 'fs/read_write.c: vfs_llseek',
  ext4_llseek: 'fs/ext4/file.c: ext4_llseek',
  generic_file_llseek_size: 'fs/read_write.c: generic_file_llseek_size',
  vfs_setpos: 'fs/read_write.c: vfs_setpos',
  // Issue 18: nginx's pread64 (sendfile off); no stack capture of nginx.
  ksys_pread64: 'fs/read_write.c: ksys_pread64',
  vfs_read: 'fs/read_write.c: vfs_read',
  filemap_read: 'mm/filemap.c: filemap_read',
  ext4_file_write_iter: 'fs/ext4/file.c: ext4_file_write_iter',
  ext4_dio_write_iter: 'fs/ext4/file.c: ext4_dio_write_iter',
  iomap_dio_rw: 'fs/iomap/direct-io.c: iomap_dio_rw',
  iomap_dio_bio_iter: 'fs/iomap/direct-io.c: iomap_dio_bio_iter',
  iomap_dio_submit_bio: 'fs/iomap/direct-io.c: iomap_dio_submit_bio',
  do_fsync: 'fs/sync.c: do_fsync',
  ext4_sync_file: 'fs/ext4/fsync.c: ext4_sync_file',
  file_write_and_wait_range: 'mm/filemap.c: file_write_and_wait_range',
  ksys_sync_file_range: 'fs/sync.c: ksys_sync_file_range',
  do_user_addr_fault: 'arch/x86/mm/fault.c: do_user_addr_fault',
  lock_mm_and_find_vma: 'mm/memory.c: lock_mm_and_find_vma',
  access_error: 'arch/x86/mm/fault.c: access_error',
  bad_area_access_error: 'arch/x86/mm/fault.c: bad_area_access_error',
  sync_file_range:
    'fs/sync.c: sync_file_range (6.18; later kernels call filemap_flush_range for WB_SYNC_NONE)',
  __filemap_fdatawrite_range: 'mm/filemap.c: __filemap_fdatawrite_range',
  file_fdatawait_range: 'mm/filemap.c: file_fdatawait_range',
  ext4_da_write_begin: 'fs/ext4/inode.c: ext4_da_write_begin',
  copy_folio_from_iter_atomic: 'lib/iov_iter.c: copy_folio_from_iter_atomic',
  ext4_bio_write_folio: 'fs/ext4/page-io.c: ext4_bio_write_folio',
  ext4_io_submit: 'fs/ext4/page-io.c: ext4_io_submit',
  ext4_end_bio:
    'fs/ext4/page-io.c: ext4_end_bio (the bio’s end_io; with unwritten extents it queues the completion for ext4_end_io_rsv_work and returns)',
  sysvec_apic_timer_interrupt: 'arch/x86/kernel/apic/apic.c: sysvec_apic_timer_interrupt',
  run_timer_softirq: 'kernel/time/timer.c: run_timer_softirq',
  delayed_work_timer_fn: 'kernel/workqueue.c: delayed_work_timer_fn',
  queue_work: 'include/linux/workqueue.h: queue_work',
  wb_workfn: 'fs/fs-writeback.c: wb_workfn',
  wb_do_writeback: 'fs/fs-writeback.c: wb_do_writeback',
  wb_writeback: 'fs/fs-writeback.c: wb_writeback',
  // Issue 17: reflinks (no xfs or btrfs here to capture), vmsplice (no tracepoint on its path) and the
  // asynchronous readahead window (its folios are added outside any captured window).
  vfs_copy_file_range: 'fs/read_write.c: vfs_copy_file_range',
  remap_file_range:
    'include/linux/fs.h: remap_file_range (the file_operations hook vfs_copy_file_range calls)',
  xfs_file_remap_range: 'fs/xfs/xfs_file.c: xfs_file_remap_range',
  btrfs_remap_file_range: 'fs/btrfs/reflink.c: btrfs_remap_file_range',
  generic_remap_file_range_prep: 'fs/remap_range.c: generic_remap_file_range_prep',
  xfs_reflink_remap_blocks: 'fs/xfs/xfs_reflink.c: xfs_reflink_remap_blocks',
  btrfs_clone: 'fs/btrfs/reflink.c: btrfs_clone',
  do_vmsplice: 'fs/splice.c: do_vmsplice',
  vmsplice_to_pipe: 'fs/splice.c: vmsplice_to_pipe',
  iter_to_pipe: 'fs/splice.c: iter_to_pipe',
  iov_iter_get_pages2: 'lib/iov_iter.c: iov_iter_get_pages2',
  add_to_pipe: 'fs/splice.c: add_to_pipe',
  filemap_readahead: 'mm/filemap.c: filemap_readahead',
  page_cache_async_ra: 'mm/readahead.c: page_cache_async_ra',
  page_cache_sync_ra:
    'mm/readahead.c: page_cache_sync_ra (a tail call: the page-cache insertion’s stack goes filemap_get_pages → page_cache_ra_order; its own tracepoint shows it)',
  page_cache_ra_order: 'mm/readahead.c: page_cache_ra_order',
  filemap_add_folio: 'mm/filemap.c: filemap_add_folio',
  ...URING_SOURCE_REFS,
};
