import { site, syscallSites } from './siteRegistry';

/**
 * Issue 17's sites: io_uring (rings shared by user and kernel, SQEs by plain stores, io_uring_enter, the
 * SQPOLL thread, CQEs) and MSG_ZEROCOPY (pinned user pages, the NIC DMAs from them, notifications on the
 * socket's error queue). Called once by sites.ts after every earlier site, so their indices come last.
 */
export function uringSiteGroups() {
  return {
    uring: {
      setup: syscallSites(
        'io_uring_setup',
        'io_uring_setup → io_uring_create → io_allocate_scq_urings',
        'io_uring_setup(2)',
      ),
      mmapRings: syscallSites(
        'mmap',
        'ksys_mmap_pgoff → do_mmap → mmap_region → io_uring_mmap',
        'io_uring_setup(2)',
        'mmap_ring',
      ),
      // The ring pages are mapped into the process: from now on user and kernel read and write the same memory.
      mapRing: site({
        id: 'uring.map_ring',
        kind: 'entry.detail',
        fn: 'io_uring_mmap → io_uring_validate_mmap_request → io_region_mmap → vm_insert_pages (every page mapped in the mmap call itself)',
        man: 'io_uring_setup(2)',
      }),
      // IORING_SETUP_SQPOLL: a kernel thread is created to poll the SQ.
      sqThreadStart: site({
        id: 'uring.sq_thread_start',
        kind: 'sched.wake',
        fn: 'io_sq_offload_create → create_io_thread(io_sq_thread) → wake_up_new_task',
        man: 'io_uring_setup(2)',
      }),
      sqeWrite: site({
        id: 'uring.sqe_write',
        kind: 'user.access',
        fn: 'user space (liburing): plain stores into the mapped SQE array, no system call',
        man: 'io_uring_prep_read(3)',
      }),
      sqTail: site({
        id: 'uring.sq_tail',
        kind: 'user.access',
        fn: 'user space (liburing): a store-release of the SQ tail, so the kernel may see the SQEs',
        man: 'io_uring_submit(3)',
      }),
      cqRead: site({
        id: 'uring.cq_read',
        kind: 'user.access',
        fn: 'user space (liburing): a load-acquire of the CQ tail, minus the CQ head (no system call)',
        man: 'io_uring_cq_ready(3)',
      }),
      cqAdvance: site({
        id: 'uring.cq_advance',
        kind: 'user.access',
        fn: 'user space (liburing): a store-release of the CQ head, so the kernel may reuse the CQEs',
        man: 'io_uring_cq_advance(3)',
      }),
      enter: syscallSites('io_uring_enter', '__do_sys_io_uring_enter → io_submit_sqes', 'io_uring_enter(2)'),
      issue: site({
        id: 'uring.issue',
        kind: 'entry.detail',
        fn: 'io_submit_sqes → io_submit_sqe → io_queue_sqe → io_issue_sqe',
        man: 'io_uring_enter(2)',
      }),
      // A buffered read of pages not in the page cache: readahead is started inline and the request parks.
      readQueued: site({
        id: 'uring.read_queued',
        kind: 'entry.detail',
        fn: 'io_read (IOCB_NOWAIT | IOCB_WAITQ) → filemap_read → page_cache_sync_ra → -EIOCBQUEUED (io_async_buf_func waits on the folio)',
        man: 'io_uring_enter(2)',
      }),
      readCopy: site({
        id: 'copy.pagecache_to_user_uring',
        kind: 'cpu.copy',
        fn: 'io_read → ext4_file_read_iter → filemap_read → copy_folio_to_iter',
        man: 'io_uring_prep_read(3)',
        from: 'pagecache',
        to: 'user',
      }),
      sendCopy: site({
        id: 'copy.user_to_skb_uring',
        kind: 'cpu.copy',
        fn: 'io_send → sock_sendmsg → tcp_sendmsg_locked → skb_copy_to_page_nocache',
        man: 'io_uring_prep_send(3)',
        from: 'user',
        to: 'skb',
      }),
      sendZc: site({
        id: 'ref.user_to_skb_uring_zc',
        kind: 'ref.move',
        fn: 'io_send_zc → tcp_sendmsg_locked → skb_zerocopy_iter_stream → zerocopy_fill_skb_from_iter (pins the user pages)',
        man: 'io_uring_prep_send_zc(3)',
        from: 'user',
        to: 'skb',
      }),
      cqe: site({
        id: 'uring.cqe',
        kind: 'entry.detail',
        fn: '__io_submit_flush_completions → io_fill_cqe_req: a CQE written into the CQ ring, CQ tail + 1',
        man: 'io_uring_enter(2)',
      }),
      notifCqe: site({
        id: 'uring.cqe_notif',
        kind: 'entry.detail',
        fn: 'io_tx_ubuf_complete → io_notif_tw_complete → io_req_task_complete (a CQE with IORING_CQE_F_NOTIF)',
        man: 'io_uring_prep_send_zc(3)',
      }),
      block: site({
        id: 'sched.block_cqring',
        kind: 'sched.block',
        fn: 'io_cqring_wait → io_cqring_wait_schedule → schedule',
        man: 'io_uring_enter(2)',
      }),
      wake: site({
        id: 'sched.wake_uring',
        kind: 'sched.wake',
        fn: '__io_req_task_work_add → task_work_add (TWA_SIGNAL) → set_notify_signal → wake_up_state',
        man: 'io_uring_enter(2)',
      }),
      taskWork: site({
        id: 'uring.task_work',
        kind: 'entry.detail',
        fn: 'io_run_task_work → io_req_rw_complete / io_queue_next (the linked request is issued)',
        man: 'io_uring_enter(2)',
      }),
      sqThread: site({
        id: 'uring.sq_thread',
        kind: 'entry.detail',
        fn: 'io_sq_thread → __io_sq_thread → io_submit_sqes (the SQ tail moved: new SQEs)',
        man: 'io_uring_setup(2)',
      }),
      // One CPU: the program spinning on the CQ is preempted at a timer tick so the SQ thread can run.
      tickEnter: site({
        id: 'irq.timer_sqpoll.enter',
        kind: 'irq.enter',
        fn: 'sysvec_apic_timer_interrupt → sched_tick (the time slice is over)',
      }),
      tickExit: site({
        id: 'irq.timer_sqpoll.exit',
        kind: 'irq.exit',
        fn: 'irqentry_exit → schedule (the SQ thread ran; back to the program)',
      }),
      sqPoll: site({
        id: 'uring.sq_poll',
        kind: 'entry.detail',
        fn: 'io_sq_thread → __io_sq_thread: nothing new in the SQ, keeps polling until the idle time passes (the CPU stays busy)',
        man: 'io_uring_setup(2)',
      }),
    },
    zc: {
      setsockopt: syscallSites(
        'setsockopt',
        '__sys_setsockopt → sock_setsockopt → sock_set_flag(SOCK_ZEROCOPY)',
        'setsockopt(2)',
      ),
      sendto: syscallSites(
        'sendto',
        '__sys_sendto → tcp_sendmsg → tcp_sendmsg_locked (MSG_ZEROCOPY: msg_zerocopy_realloc)',
        'send(2)',
        'sendto_zc',
      ),
      pin: site({
        id: 'ref.user_to_skb_zc',
        kind: 'ref.move',
        fn: 'tcp_sendmsg_locked → skb_zerocopy_iter_stream → zerocopy_fill_skb_from_iter (pins the user pages)',
        man: 'send(2) MSG_ZEROCOPY',
        from: 'user',
        to: 'skb',
      }),
      dma: site({
        id: 'dma.user_to_nic',
        kind: 'dma.start',
        fn: 'tcp_write_xmit → dev_hard_start_xmit (frags: the pinned user pages)',
        man: 'send(2) MSG_ZEROCOPY',
        from: 'user',
        to: 'nic',
        device: 'nic',
      }),
      dmaDone: site({
        id: 'dma.user_to_nic.done',
        kind: 'dma.done',
        fn: 'NIC TX descriptor written back',
        from: 'nic',
        to: 'wire',
        device: 'nic',
      }),
      // Loopback: the skb is delivered locally, and a local receiver may not keep user pages: copied here.
      orphanCopy: site({
        id: 'copy.zc_orphan_frags',
        kind: 'cpu.copy',
        fn: 'loopback_xmit → __netif_rx … NET_RX softirq: ip_local_deliver_finish → skb_orphan_frags_rx → skb_copy_ubufs',
        man: 'send(2) MSG_ZEROCOPY',
        from: 'user',
        to: 'skb',
      }),
      notify: site({
        id: 'zc.notify',
        kind: 'entry.detail',
        fn: 'tcp_ack → tcp_clean_rtx_queue → skb_release_data → skb_zcopy_clear → msg_zerocopy_complete → __msg_zerocopy_callback (queues a notification on the socket’s error queue, or extends the queued range)',
        man: 'send(2) MSG_ZEROCOPY',
      }),
      poll: syscallSites(
        'poll',
        'do_sys_poll → do_poll → tcp_poll (EPOLLERR: error queue not empty)',
        'poll(2)',
      ),
      pollBlock: site({
        id: 'sched.block_poll',
        kind: 'sched.block',
        fn: 'do_poll → poll_schedule_timeout → schedule',
        man: 'poll(2)',
      }),
      pollWake: site({
        id: 'sched.wake_errqueue',
        kind: 'sched.wake',
        fn: '__msg_zerocopy_callback → sk_error_report → sock_def_error_report → wake_up_interruptible_poll',
        man: 'poll(2)',
      }),
      recvErr: syscallSites(
        'recvmsg',
        '____sys_recvmsg → tcp_recvmsg → inet_recv_error → ip_recv_error → sock_dequeue_err_skb',
        'recvmsg(2) MSG_ERRQUEUE',
        'recvmsg_errqueue',
      ),
    },
  };
}
