import { cfrSiteGroups } from './cfrSites';
import { ioSiteGroups } from './ioSites';
import { uringSiteGroups } from './uringSites';
import { realSiteGroups } from './realSites';
import { mapWriteSiteGroups } from './mapWriteSites';
import type { Loc } from './locations';
import { byId, defs, site, syscallSites } from './siteRegistry';

/** The closed union of step kinds (DESIGN §3), namespaced like xstate's microsteps. */
export type StepKind =
  | 'syscall.enter'
  | 'syscall.exit'
  | 'entry.detail'
  | 'cpu.copy'
  | 'ref.move'
  | 'dma.start'
  | 'dma.done'
  | 'fault.enter'
  | 'fault.return'
  | 'mm.map'
  | 'mm.unmap'
  | 'mm.fork'
  | 'mmu.pte_update'
  | 'mmu.tlb_flush'
  | 'pagecache.alloc'
  | 'irq.enter'
  | 'irq.exit'
  | 'sched.block'
  | 'sched.wake'
  | 'sched.switch'
  | 'signal.deliver'
  | 'task.exit'
  | 'user.access'
  | 'sock.ack'
  | 'sock.rx'
  | 'pagecache.clean'
  | 'prog.end';

/** What the CPU is doing after a step; drives the timeline's CPU lane. */
export type CpuActivity = 'user' | 'kernel' | 'irq' | 'idle';

/**
 * A site is one program point of the modelled kernel: it fixes the step's kind, the kernel function and man
 * page behind it, and the data path it moves along. Steps store a site index, so the trace stays compact.
 */
export interface SiteDef {
  readonly id: string;
  readonly kind: StepKind;
  readonly fn: string;
  readonly man?: string;
  readonly from?: Loc;
  readonly to?: Loc;
  readonly device?: 'disk' | 'nic';
  /** The syscall this site belongs to (syscall.enter / syscall.exit). */
  readonly syscall?: string;
}

/** Site indices, grouped by subsystem. Narration keys are `step.<site id>` in the i18n catalogues. */
export const S = {
  sys: {
    read: syscallSites('read', 'ksys_read → vfs_read', 'read(2)'),
    readDirect: syscallSites(
      'read',
      'ksys_read → ext4_file_read_iter → iomap_dio_rw',
      'open(2) O_DIRECT',
      'read_direct',
    ),
    write: syscallSites('write', 'ksys_write → sock_write_iter → tcp_sendmsg_locked', 'write(2)'),
    sendfile: syscallSites('sendfile', 'do_sendfile → splice_direct_to_actor', 'sendfile(2)'),
    spliceIn: syscallSites('splice', 'do_splice → filemap_splice_read', 'splice(2)', 'splice_in'),
    spliceOut: syscallSites('splice', 'do_splice → splice_to_socket', 'splice(2)', 'splice_out'),
    pipe2: syscallSites('pipe2', 'do_pipe2 → create_pipe_files', 'pipe(2)'),
    mmap: syscallSites('mmap', 'ksys_mmap_pgoff → do_mmap', 'mmap(2)'),
    munmap: syscallSites('munmap', '__vm_munmap → do_vmi_munmap', 'munmap(2)'),
    clone: syscallSites('clone', 'kernel_clone → copy_process', 'fork(2)'),
    wait4: syscallSites('wait4', 'kernel_wait4 → do_wait', 'wait4(2)'),
    exitGroup: syscallSites('exit_group', 'do_group_exit', 'exit_group(2)'),
    getpid: syscallSites('getpid', 'entry_SYSCALL_64 → do_syscall_64', 'getpid(2)'),
    getpid32: syscallSites('getpid', 'entry_INT80_32 → do_int80_syscall_32', 'getpid(2)', 'getpid32'),
  },
  entry: {
    stackSwitch: site({
      id: 'entry.stack_switch',
      kind: 'entry.detail',
      fn: 'entry_SYSCALL_64: swapgs, load task stack',
    }),
    stackSwitch32: site({
      id: 'entry.stack_switch32',
      kind: 'entry.detail',
      fn: 'CPU: int 0x80 gate → TSS.sp0 (per-CPU entry stack)',
    }),
    ptRegs: site({ id: 'entry.pt_regs', kind: 'entry.detail', fn: 'PUSH_AND_CLEAR_REGS', to: 'kstack' }),
    ptRegs32: site({
      id: 'entry.pt_regs32',
      kind: 'entry.detail',
      fn: 'entry_INT80_32: SAVE_ALL switch_stacks=1',
      to: 'kstack',
    }),
    // Since 6.9 (backported to 6.1, 6.6) a switch, not a call through sys_call_table[] (arch/x86/entry/syscall_64.c).
    dispatch: site({
      id: 'entry.dispatch',
      kind: 'entry.detail',
      fn: 'do_syscall_64 → x64_sys_call → __x64_sys_getpid',
    }),
    dispatch32: site({
      id: 'entry.dispatch32',
      kind: 'entry.detail',
      fn: 'do_int80_syscall_32 → ia32_sys_call → __ia32_sys_getpid',
    }),
    work: site({
      id: 'entry.work',
      kind: 'entry.detail',
      fn: '__do_sys_getpid → task_tgid_vnr',
      man: 'getpid(2)',
    }),
    exitWork: site({
      id: 'entry.exit_work',
      kind: 'entry.detail',
      fn: 'syscall_exit_to_user_mode',
      from: 'kstack',
    }),
    exitWork32: site({
      id: 'entry.exit_work32',
      kind: 'entry.detail',
      fn: 'syscall_exit_to_user_mode → iret',
      from: 'kstack',
    }),
  },
  copy: {
    pcToUser: site({
      id: 'copy.pagecache_to_user',
      kind: 'cpu.copy',
      fn: 'filemap_read → copy_page_to_iter',
      man: 'read(2)',
      from: 'pagecache',
      to: 'user',
    }),
    userToSkb: site({
      id: 'copy.user_to_skb',
      kind: 'cpu.copy',
      fn: 'tcp_sendmsg_locked → skb_copy_to_page_nocache',
      man: 'write(2)',
      from: 'user',
      to: 'skb',
    }),
    mapToSkb: site({
      id: 'copy.mapping_to_skb',
      kind: 'cpu.copy',
      fn: 'tcp_sendmsg_locked → _copy_from_iter',
      man: 'mmap(2)',
      from: 'mapping',
      to: 'skb',
    }),
    skbLinearize: site({
      id: 'copy.skb_linearize',
      kind: 'cpu.copy',
      fn: 'validate_xmit_skb → __skb_linearize / skb_segment (device without NETIF_F_SG)',
      man: 'sendfile(2)',
      from: 'pagecache',
      to: 'skb',
    }),
    cow: site({
      id: 'copy.cow_page',
      kind: 'cpu.copy',
      fn: 'do_wp_page → wp_page_copy → __wp_page_copy_user',
      man: 'fork(2)',
      from: 'anon',
      to: 'anon',
    }),
  },
  ref: {
    pcToSkb: site({
      id: 'ref.pagecache_to_skb',
      kind: 'ref.move',
      fn: 'splice_to_socket → skb_splice_from_iter (MSG_SPLICE_PAGES)',
      man: 'sendfile(2)',
      from: 'pagecache',
      to: 'skb',
    }),
    pcToPipe: site({
      id: 'ref.pagecache_to_pipe',
      kind: 'ref.move',
      fn: 'filemap_splice_read',
      man: 'splice(2)',
      from: 'pagecache',
      to: 'pipe',
    }),
    pipeToSkb: site({
      id: 'ref.pipe_to_skb',
      kind: 'ref.move',
      fn: 'splice_to_socket → skb_splice_from_iter (MSG_SPLICE_PAGES)',
      man: 'splice(2)',
      from: 'pipe',
      to: 'skb',
    }),
  },
  dma: {
    diskToPc: site({
      id: 'dma.disk_to_pagecache',
      kind: 'dma.start',
      // The bio waits in the task's plug; read_pages' blk_finish_plug issues the request to the driver.
      fn: 'page_cache_ra_order → read_pages → virtio_queue_rq',
      man: 'readahead(2)',
      from: 'disk',
      to: 'pagecache',
      device: 'disk',
    }),
    // The device's own step: no kernel code runs yet (virtblk_done runs inside the interrupt, irq.disk.enter).
    diskToPcDone: site({
      id: 'dma.disk_to_pagecache.done',
      kind: 'dma.done',
      fn: 'disk: DMA done, completion posted (virtio used ring / NVMe CQ entry)',
      from: 'disk',
      to: 'pagecache',
      device: 'disk',
    }),
    diskToUser: site({
      id: 'dma.disk_to_user',
      kind: 'dma.start',
      fn: 'iomap_dio_rw → __iomap_dio_rw → virtio_queue_rq',
      man: 'open(2) O_DIRECT',
      from: 'disk',
      to: 'user',
      device: 'disk',
    }),
    diskToUserDone: site({
      id: 'dma.disk_to_user.done',
      kind: 'dma.done',
      fn: 'disk: DMA done, completion posted (virtio used ring / NVMe CQ entry)',
      from: 'disk',
      to: 'user',
      device: 'disk',
    }),
    skbToNic: site({
      id: 'dma.skb_to_nic',
      kind: 'dma.start',
      fn: 'tcp_write_xmit → dev_hard_start_xmit → ndo_start_xmit',
      from: 'skb',
      to: 'nic',
      device: 'nic',
    }),
    skbToNicDone: site({
      id: 'dma.skb_to_nic.done',
      kind: 'dma.done',
      fn: 'NIC TX descriptor written back',
      from: 'nic',
      to: 'wire',
      device: 'nic',
    }),
    gatherToNic: site({
      id: 'dma.gather_to_nic',
      kind: 'dma.start',
      fn: 'tcp_write_xmit → dev_hard_start_xmit (scatter-gather frags)',
      man: 'sendfile(2)',
      from: 'pagecache',
      to: 'nic',
      device: 'nic',
    }),
    gatherToNicDone: site({
      id: 'dma.gather_to_nic.done',
      kind: 'dma.done',
      fn: 'NIC TX descriptor written back',
      from: 'nic',
      to: 'wire',
      device: 'nic',
    }),
  },
  fault: {
    kernelFile: site({
      id: 'fault.kernel_file',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_read_fault',
      man: 'mmap(2)',
      to: 'mapping',
    }),
    userCow: site({
      id: 'fault.user_cow',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_wp_page',
      man: 'fork(2)',
    }),
    userProt: site({
      id: 'fault.user_protection',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_kern_addr_fault → bad_area_nosemaphore',
    }),
    ret: site({ id: 'fault.return', kind: 'fault.return', fn: 'irqentry_exit_to_user_mode → iret' }),
    retKernel: site({
      id: 'fault.return_kernel',
      kind: 'fault.return',
      fn: 'exc_page_fault → iret (to the interrupted kernel copy)',
    }),
  },
  mm: {
    vma: site({ id: 'mm.mmap_vma', kind: 'mm.map', fn: 'do_mmap → mmap_region', man: 'mmap(2)' }),
    faultAround: site({
      id: 'mm.fault_around',
      kind: 'mmu.pte_update',
      fn: 'do_fault_around → filemap_map_pages',
      man: 'mmap(2)',
      from: 'pagecache',
      to: 'mapping',
    }),
    // 6.18 unmaps through vms_complete_munmap_vmas → vms_clear_ptes (seen on captured stacks), not unmap_region.
    zap: site({
      id: 'mm.zap_ptes',
      kind: 'mm.unmap',
      fn: 'vms_clear_ptes → unmap_vmas → zap_pte_range',
      man: 'munmap(2)',
    }),
    tlbFlushRange: site({
      id: 'mm.tlb_flush_range',
      kind: 'mmu.tlb_flush',
      fn: 'tlb_finish_mmu → flush_tlb_mm_range',
      man: 'munmap(2)',
    }),
    forkCopy: site({
      id: 'mm.fork_copy_ptes',
      kind: 'mm.fork',
      fn: 'dup_mmap → copy_present_ptes (wrprotect_ptes)',
      man: 'fork(2)',
    }),
    tlbFlushAll: site({
      id: 'mm.tlb_flush_all',
      kind: 'mmu.tlb_flush',
      fn: 'dup_mmap → flush_tlb_mm',
      man: 'fork(2)',
    }),
    cowMap: site({
      id: 'mm.cow_map_copy',
      kind: 'mmu.pte_update',
      fn: 'do_wp_page → wp_page_copy → set_pte_at',
      man: 'fork(2)',
    }),
    cowReuse: site({
      id: 'mm.cow_reuse',
      kind: 'mmu.pte_update',
      fn: 'wp_can_reuse_anon_folio → wp_page_reuse',
      man: 'fork(2)',
    }),
    tlbFlushPage: site({
      id: 'mm.tlb_flush_page',
      kind: 'mmu.tlb_flush',
      fn: 'ptep_clear_flush → flush_tlb_page',
    }),
    pcAlloc: site({
      id: 'mm.pagecache_alloc',
      kind: 'pagecache.alloc',
      fn: 'page_cache_ra_order → filemap_add_folio',
      man: 'readahead(2)',
      to: 'pagecache',
    }),
  },
  irq: {
    // Reference §5: the hard IRQ completes the request into the BLOCK softirq, which runs bio_endio (sched.wake_*)
    // on the way out of the interrupt.
    diskEnter: site({
      id: 'irq.disk.enter',
      kind: 'irq.enter',
      fn: 'vring_interrupt → virtblk_done → blk_mq_complete_request',
      device: 'disk',
    }),
    diskExit: site({
      id: 'irq.disk.exit',
      kind: 'irq.exit',
      fn: '__irq_exit_rcu → irqentry_exit',
      device: 'disk',
    }),
    nicEnter: site({
      id: 'irq.nic.enter',
      kind: 'irq.enter',
      fn: 'NIC MSI-X handler → napi_schedule',
      device: 'nic',
    }),
    nicExit: site({
      id: 'irq.nic.exit',
      kind: 'irq.exit',
      fn: 'napi_poll → driver TX clean → napi_consume_skb (the clone; tcp_wfree)',
      device: 'nic',
    }),
    ackEnter: site({
      id: 'irq.nic_rx.enter',
      kind: 'irq.enter',
      fn: 'NIC MSI-X handler (RX) → napi_schedule',
      device: 'nic',
    }),
    ackExit: site({
      id: 'irq.nic_rx.exit',
      kind: 'irq.exit',
      fn: 'net_rx_action → irq_exit_rcu',
      device: 'nic',
    }),
  },
  tcp: {
    ack: site({
      id: 'tcp.ack',
      kind: 'sock.ack',
      fn: 'NET_RX softirq: napi_poll → tcp_v4_rcv → tcp_ack → tcp_clean_rtx_queue',
      man: 'tcp(7)',
      from: 'skb',
      device: 'nic',
    }),
  },
  sched: {
    blockSndbuf: site({
      id: 'sched.block_sndbuf',
      kind: 'sched.block',
      fn: 'tcp_sendmsg_locked → sk_stream_wait_memory',
      man: 'tcp(7)',
    }),
    wakeSndbuf: site({
      id: 'sched.wake_sndbuf',
      kind: 'sched.wake',
      fn: 'tcp_check_space → sk_stream_write_space',
      man: 'tcp(7)',
    }),
    blockDisk: site({ id: 'sched.block_io', kind: 'sched.block', fn: 'folio_wait_bit_common → io_schedule' }),
    blockDirect: site({ id: 'sched.block_dio', kind: 'sched.block', fn: 'iomap_dio_rw → blk_io_schedule' }),
    blockWait: site({
      id: 'sched.block_wait',
      kind: 'sched.block',
      fn: 'do_wait → schedule',
      man: 'wait4(2)',
    }),
    // folio_end_read sets PG_uptodate, unlocks the folio and wakes its waiters in one step (mm/filemap.c).
    wakeIo: site({
      id: 'sched.wake_io',
      kind: 'sched.wake',
      fn: 'BLOCK softirq: blk_mq_end_request → blk_update_request → bio_endio → mpage_end_io → __read_end_io → folio_end_read',
    }),
    wakeDio: site({
      id: 'sched.wake_dio',
      kind: 'sched.wake',
      fn: 'BLOCK softirq: blk_mq_end_request → blk_update_request → bio_endio → iomap_dio_bio_end_io → wake_up_process',
    }),
    wakeChild: site({
      id: 'sched.wake_parent',
      kind: 'sched.wake',
      fn: 'do_notify_parent → __wake_up_parent',
      man: 'wait4(2)',
    }),
    switch: site({ id: 'sched.switch', kind: 'sched.switch', fn: '__schedule → context_switch' }),
  },
  task: {
    retFromFork: site({
      id: 'task.ret_from_fork',
      kind: 'syscall.exit',
      fn: 'ret_from_fork → syscall_exit_to_user_mode',
      man: 'fork(2)',
      syscall: 'clone',
    }),
    sigsegv: site({
      id: 'signal.sigsegv',
      kind: 'signal.deliver',
      fn: 'force_sig_fault(SIGSEGV)',
      man: 'signal(7)',
    }),
    sigchld: site({
      id: 'signal.sigchld',
      kind: 'signal.deliver',
      fn: 'do_notify_parent(SIGCHLD)',
      man: 'wait4(2)',
    }),
    killed: site({
      id: 'task.killed',
      kind: 'task.exit',
      fn: 'get_signal → do_group_exit',
      man: 'signal(7)',
    }),
    exited: site({ id: 'task.exited', kind: 'task.exit', fn: 'do_exit → exit_mm', man: 'exit_group(2)' }),
  },
  // User-mode steps name the instruction, not a kernel function (the narration labels it as user code).
  user: {
    write: site({ id: 'user.store', kind: 'user.access', fn: 'mov %reg, (addr)', to: 'anon' }),
    loadKernel: site({ id: 'user.load_kernel', kind: 'user.access', fn: 'mov (addr), %reg' }),
  },
  // Defined before issue 16's groups: site indices are stored in traces, so new sites come last.
  end: site({ id: 'prog.end', kind: 'prog.end', fn: '—' }),
  // Calls whose kernel work the model does not run (defined last: traces store site indices). Their
  // syscall name is the step's `a`, an index into SYSCALL_NAMES; enter's b, c, n and exit's b, c hold the
  // arguments strace shows (callArgs in strace.ts).
  other: {
    /** An opaque call (`syscall("fstat", 0)`), or close(): counted, its work not modelled. */
    call: syscallSites('syscall', 'x64_sys_call (the call’s own work is not modelled)', 'syscall(2)'),
    /** A call on a descriptor that is not open, or not open for this use: the kernel's fdget fails first. */
    badFd: syscallSites('syscall', 'x64_sys_call → fdget: no such open file', 'errno(3)', 'bad_fd'),
  },
  // A ring-3 store to the kernel half (rule 9's store): the same U/S check as the load, with the write bit.
  storeKernel: {
    store: site({ id: 'user.store_kernel', kind: 'user.access', fn: 'mov %reg, (addr)' }),
    fault: site({
      id: 'fault.user_write_protection',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_kern_addr_fault → bad_area_nosemaphore',
    }),
  },
  // Issue 16: the receive path (peer → NIC → NAPI → socket → user) and the write path (user → page cache → disk).
  ...ioSiteGroups(),
  // Issue 17: copy_file_range, vmsplice and Linux's readahead (after issue 16's: same indices for older traces).
  ...cfrSiteGroups(),
  // Issue 16's sync_file_range (after its other sites: traces store site indices). Column a holds the offset,
  // b the fd, c nbytes and n the flags (strace.ts prints them from the enter step).
  syncFileRange: syscallSites(
    'sync_file_range',
    'ksys_sync_file_range → sync_file_range → __filemap_fdatawrite_range / file_fdatawait_range',
    'sync_file_range(2)',
  ),
  // Issue 14: a ring-3 access to a user address no mapping allows. Below mmap_min_addr nothing is ever
  // mapped (no VMA: SEGV_MAPERR); a store to the read-only file mapping fails the VMA's permissions
  // (SEGV_ACCERR). signal.sigsegv's c holds the si_code (0 or 1: SEGV_MAPERR, 2: SEGV_ACCERR).
  badUser: {
    load: site({ id: 'user.load_bad', kind: 'user.access', fn: 'mov (addr), %reg' }),
    store: site({ id: 'user.store_bad', kind: 'user.access', fn: 'mov %reg, (addr)' }),
    noVma: site({
      id: 'fault.user_no_vma',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_user_addr_fault → lock_mm_and_find_vma (no VMA) → bad_area_nosemaphore',
    }),
    accessError: site({
      id: 'fault.user_access_error',
      kind: 'fault.enter',
      fn: 'exc_page_fault → do_user_addr_fault → access_error → bad_area_access_error',
    }),
    killed: site({
      id: 'task.killed_segv',
      kind: 'task.exit',
      fn: 'get_signal → do_group_exit',
      man: 'signal(7)',
    }),
  },
  // Issue 17: io_uring and MSG_ZEROCOPY (after issue 16's sites, same reason).
  ...uringSiteGroups(),
  // Issue 18: pread64 and the user-space memcpy of the real systems' programs.
  ...realSiteGroups(),
  // Issue 18's leftovers: the writable shared mapping and msync (RocketMQ's producer), writev (nginx).
  ...mapWriteSiteGroups(),
  // Issue 14's leftovers: lseek(fd, offset, SEEK_SET) sets the open file's position and nothing else (after
  // every earlier site: traces store site indices). Enter's and exit's a hold the offset, b the fd.
  seek: syscallSites(
    'lseek',
    'ksys_lseek → vfs_llseek → ext4_llseek → generic_file_llseek_size → vfs_setpos',
    'lseek(2)',
  ),
} as const;

/** All sites, by index. Pure data. */
export const SITES: readonly SiteDef[] = defs;

export function siteIndex(id: string): number | undefined {
  return byId.get(id);
}
