/**
 * Issue 17: the kernel functions io_uring's and MSG_ZEROCOPY's steps narrate that no captured stack shows
 * at their step's tracepoint (tests/fidelity/stacks/io-uring.json and msg-zerocopy.json, Linux 6.18): where
 * they are, and why the stack cannot show them — inlined (no symbol in /proc/kallsyms), a tail call, a
 * function that returned before the tracepoint fired, or a path with no tracepoint at all.
 */
export const URING_SOURCE_REFS: Readonly<Record<string, string>> = {
  io_uring_create:
    'io_uring/io_uring.c: io_uring_create (static, inlined into io_uring_setup, whose frame the io_uring_create tracepoint shows)',
  io_allocate_scq_urings:
    'io_uring/io_uring.c: io_allocate_scq_urings (static, inlined; returns before the tracepoint)',
  // The ring mmap: io_uring_get_unmapped_area's stack (vm_unmapped_area) shows do_mmap; the mapping itself
  // passes no tracepoint.
  io_uring_mmap: 'io_uring/memmap.c: io_uring_mmap',
  io_uring_validate_mmap_request: 'io_uring/memmap.c: io_uring_validate_mmap_request (static)',
  io_region_mmap: 'io_uring/memmap.c: io_region_mmap (static: calls vm_insert_pages for the region’s pages)',
  vm_insert_pages: 'mm/memory.c: vm_insert_pages',
  create_io_thread: 'kernel/fork.c: create_io_thread (returns before wake_up_new_task)',
  io_sq_thread: 'io_uring/sqpoll.c: io_sq_thread (the new thread’s function, not on its creator’s stack)',
  __io_sq_thread: 'io_uring/sqpoll.c: __io_sq_thread (static, inlined into io_sq_thread)',
  sched_tick: 'kernel/sched/core.c: sched_tick (no tracepoint fires in the timer tick on the captured path)',
  io_submit_sqe: 'io_uring/io_uring.c: io_submit_sqe (static, inlined into io_submit_sqes)',
  io_queue_sqe: 'io_uring/io_uring.c: io_queue_sqe (static inline, into io_submit_sqes)',
  ext4_file_read_iter:
    'fs/ext4/file.c: ext4_file_read_iter (buffered: a tail call to generic_file_read_iter, itself a tail call to filemap_read)',
  io_async_buf_func:
    'io_uring/rw.c: io_async_buf_func (the folio’s wake function: on the wakeup’s stack, not the read’s)',
  copy_folio_to_iter: 'include/linux/uio.h: copy_folio_to_iter',
  skb_zerocopy_iter_stream:
    'net/core/skbuff.c: skb_zerocopy_iter_stream (after the tcp_sendmsg_locked tracepoint)',
  zerocopy_fill_skb_from_iter: 'net/core/datagram.c: zerocopy_fill_skb_from_iter',
  io_fill_cqe_req:
    'io_uring/io_uring.h: io_fill_cqe_req (__always_inline; the io_uring_complete tracepoint fires in it)',
  io_tx_ubuf_complete:
    'io_uring/notif.c: io_tx_ubuf_complete (a tail call to __io_req_task_work_add, under skb_release_data)',
  io_notif_tw_complete: 'io_uring/notif.c: io_notif_tw_complete',
  io_req_task_complete: 'io_uring/io_uring.c: io_req_task_complete',
  io_cqring_wait_schedule:
    'io_uring/io_uring.c: io_cqring_wait_schedule (static inline, into io_cqring_wait)',
  set_notify_signal:
    'include/linux/sched/signal.h: set_notify_signal (inline: sets TIF_NOTIFY_SIGNAL, then wake_up_state(task, TASK_INTERRUPTIBLE))',
  wake_up_state: 'kernel/sched/core.c: wake_up_state (a tail call to try_to_wake_up, which the stacks show)',
  io_req_rw_complete: 'io_uring/rw.c: io_req_rw_complete',
  io_queue_next: 'io_uring/io_uring.c: io_queue_next (queues the linked request as task_work)',
  __sys_setsockopt: 'net/socket.c: __sys_setsockopt',
  sock_setsockopt: 'net/core/sock.c: sock_setsockopt',
  sock_set_flag: 'include/net/sock.h: sock_set_flag',
  msg_zerocopy_realloc:
    'net/core/skbuff.c: msg_zerocopy_realloc (returns before the tcp_sendmsg_locked tracepoint)',
  loopback_xmit: 'drivers/net/loopback.c: loopback_xmit',
  __netif_rx:
    'net/core/dev.c: __netif_rx (loopback_xmit queues the skb on the CPU’s backlog; the copy runs later, in NET_RX)',
  skb_orphan_frags_rx:
    'include/linux/skbuff.h: skb_orphan_frags_rx (inline; on 6.18 ip_local_deliver_finish calls it: skb_copy_ubufs sits under it)',
  skb_zcopy_clear: 'include/linux/skbuff.h: skb_zcopy_clear (inline, in skb_release_data)',
  msg_zerocopy_complete: 'net/core/skbuff.c: msg_zerocopy_complete (a tail call to __msg_zerocopy_callback)',
  do_poll: 'fs/select.c: do_poll (static, inlined into do_sys_poll)',
  tcp_poll: 'net/ipv4/tcp.c: tcp_poll (returns before the sleep)',
  wake_up_interruptible_poll: 'include/linux/wait.h: wake_up_interruptible_poll (a macro for __wake_up)',
  inet_recv_error: 'net/ipv4/af_inet.c: inet_recv_error (a tail call to ip_recv_error)',
  sock_dequeue_err_skb: 'net/core/skbuff.c: sock_dequeue_err_skb (returns before the copy’s tracepoint)',
};
