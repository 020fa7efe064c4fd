/**
 * en messages of issue 17 — io_uring and MSG_ZEROCOPY (io-uring, msg-zerocopy): step narration, scenario
 * texts, the textbook note, parameter labels and the machine view's words for the rings and the error
 * queue. Keys and placeholders must match zh-CN/uring.ts (tests/i18n).
 */
export const uring: Readonly<Record<string, string>> = {
  // io_uring: set-up.
  'step.io_uring_setup.enter':
    'Process {pid} calls io_uring_setup({entries}, …): ring 3 → ring 0 via {entry}. The kernel creates a submission queue (SQ) the program fills with requests and a completion queue (CQ) the kernel fills with results (io_uring_setup(2)).',
  'step.io_uring_setup.exit':
    'io_uring_setup() returns fd {ret} to ring 3 via {entry}: an SQ of {entries} entries and a CQ of twice that. The program cannot see them yet: it maps them with mmap().',
  'stepError.io_uring_setup.exit':
    'io_uring_setup() fails and returns {ret} ({errname}) to ring 3 via {entry}: the number of entries must be from 1 to 32768.',
  'step.mmap_ring.enter':
    'Process {pid} calls mmap() on the io_uring fd for {bytesText}: ring 3 → ring 0 via {entry}. The offset says which part: IORING_OFF_SQ_RING (the SQ and CQ rings, one mapping since IORING_FEAT_SINGLE_MMAP) or IORING_OFF_SQES (the array of SQEs).',
  'step.mmap_ring.exit':
    'mmap() returns {addr} to ring 3 via {entry}: the ring’s pages are now mapped in the process as well as in the kernel — memory both sides read and write without any system call.',
  'stepError.mmap_ring.exit':
    'mmap() fails and returns {ret} ({errname}) to ring 3 via {entry}: a ring mapping needs a length.',
  'step.uring.map_ring':
    'io_uring_mmap maps the ring’s own pages at {addr} ({bytesText}), all at once, in the mmap call itself (vm_insert_pages; liburing’s MAP_POPULATE finds nothing left to fault): the same physical pages the kernel writes, so using them later costs no copy and no page fault.',
  'step.uring.sq_thread_start':
    'IORING_SETUP_SQPOLL: the kernel starts thread {pid} (iou-sqp), which polls the SQ — while it is awake the program submits without any system call.',

  // io_uring: the program's side (plain loads and stores).
  'step.uring.sqe_write':
    'The program fills SQE {index} — IORING_OP_{op}, {countBytes}, file bytes from offset {offset} — in the mapped SQE array with plain stores (liburing’s io_uring_get_sqe and io_uring_prep_*): no system call, no mode switch.',
  'step.uring.sq_tail':
    'The program moves the SQ tail by {n} to {tail} with a store-release (liburing’s __io_uring_flush_sq): from now on the kernel may read those SQEs.',
  'step.uring.cq_read':
    'The program reads the CQ tail with a plain load (io_uring_cq_ready): {n} CQEs are ready for it. No system call.',
  'step.uring.cq_advance':
    'The program is done with {n} CQEs and moves the CQ head to {head} (io_uring_cq_advance, a store-release): the kernel may reuse those slots.',

  // io_uring: the kernel's side.
  'step.io_uring_enter.enter':
    'Process {pid} calls io_uring_enter(fd, to_submit={toSubmit}, min_complete={minComplete}): ring 3 → ring 0 via {entry}. One system call hands the kernel the whole batch (io_submit_sqes) and, with IORING_ENTER_GETEVENTS, waits for completions.',
  'step.io_uring_enter.exit':
    'io_uring_enter() returns {ret} to ring 3 via {entry}: that many SQEs consumed, and at least {minComplete} CQEs are in the CQ ring, which the program reads without a system call.',
  'step.uring.issue':
    'io_submit_sqes takes SQE {index} and io_issue_sqe runs IORING_OP_{op} ({countBytes}) right away, in this task: io_uring changes how the kernel is entered, not the work it does.',
  'step.uring.read_queued':
    'The read’s pages are not in the page cache: io_read, which must not block, starts readahead (page_cache_sync_ra) and returns -EIOCBQUEUED. The request waits on the page (io_async_buf_func), its linked send with it, and submission goes on with the next SQE.',
  'step.copy.pagecache_to_user_uring':
    'CPU copy: io_read copies {bytesText} ({filePages}) from the page cache into the user buffer (filemap_read → copy_folio_to_iter), exactly as read() would.',
  'step.copy.user_to_skb_uring':
    'CPU copy: IORING_OP_SEND runs tcp_sendmsg_locked, which copies {bytesText} from the user buffer into skbs, exactly as write() would. io_uring saved the system call, not the copy.',
  'step.ref.user_to_skb_uring_zc':
    'IORING_OP_SEND_ZC: skb_zerocopy_iter_stream pins the user buffer’s pages and the skb points at them ({bytesText}): no CPU copy. The buffer must not be reused until the notification CQE comes.',
  'step.uring.cqe':
    'A CQE for SQE {index} (IORING_OP_{op}, res {res}) is written into the CQ ring and the CQ tail moves (__io_submit_flush_completions → io_fill_cqe_req): the program will see it with a plain load.',
  'step.uring.cqe_notif':
    'The zero-copy send’s pages are free again (the last skb holding them was acknowledged): a notification CQE with IORING_CQE_F_NOTIF goes into the CQ ring. Now the buffer may be reused.',
  'step.sched.block_cqring':
    'Process {pid} sleeps in io_cqring_wait until {n} more CQEs are there: the CPU is free meanwhile.',
  'step.sched.wake_uring':
    'task_work is queued for process {pid} (__io_req_task_work_add) and the process is woken: the completion is finished in its own context.',
  'step.uring.task_work':
    'The task runs its task_work (io_run_task_work): reads whose pages have arrived complete here — their copy is done in this task — and each read’s linked send is issued (io_queue_next).',
  'step.irq.timer_sqpoll.enter':
    'A timer interrupt: the program, spinning on the CQ tail, has used its time slice (sched_tick). The model has one CPU, so the SQ thread runs now.',
  'step.irq.timer_sqpoll.exit':
    'The SQ thread has submitted and completed the batch; schedule() gives the CPU back and the program returns to user mode, where its CQEs are waiting.',
  'step.uring.sq_thread':
    'The SQ thread {pid} (io_sq_thread) sees that the SQ tail has moved: it takes {n} SQEs and submits them with io_submit_sqes, in its own context. The program made no system call.',
  'step.uring.sq_poll':
    'The SQ thread {pid} has nothing new to do and keeps polling until a completion arrives (it sleeps only after sq_thread_idle): a kernel thread busy on the CPU, counted as kernel time.',

  // MSG_ZEROCOPY.
  'step.setsockopt.enter':
    'Process {pid} calls setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, 1): ring 3 → ring 0 via {entry}. Without this the kernel ignores MSG_ZEROCOPY.',
  'step.setsockopt.exit':
    'setsockopt() returns {ret} to ring 3 via {entry}: the socket may now send straight from pinned user pages.',
  'step.sendto_zc.enter':
    'Process {pid} calls send(4, buf, {countBytes}, MSG_ZEROCOPY) — glibc makes it the sendto system call: ring 3 → ring 0 via {entry}.',
  'step.sendto_zc.exit':
    'send() returns {ret} to ring 3 via {entry} before the NIC has read the bytes: the pages stay pinned, and the buffer must not change until its notification is read.',
  'stepError.sendto_zc.exit':
    'send() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped.',
  'step.ref.user_to_skb_zc':
    'tcp_sendmsg_locked with MSG_ZEROCOPY: skb_zerocopy_iter_stream pins the user pages and puts references to them into the skb ({bytesText}). No CPU copy.',
  'step.dma.user_to_nic':
    'The NIC gathers {bytesText} by DMA straight from the pinned user pages (the skb’s frags): the payload moves once, from user memory to the wire.',
  'step.dma.user_to_nic.done':
    'The NIC has read {bytesText} from the user pages and sent them. The pages stay pinned until the peer acknowledges the data: the skb waits on the retransmit queue.',
  'step.copy.zc_orphan_frags':
    'Loopback: the skb goes to a receiver on this machine, which may not keep references to another process’s pages, so skb_orphan_frags_rx → skb_copy_ubufs copies {bytesText} into kernel pages — the very copy MSG_ZEROCOPY was meant to avoid. The notification will say SO_EE_CODE_ZEROCOPY_COPIED.',
  'step.zc.notify':
    'The acknowledged skb is freed, and with it the last reference to the send’s pages: msg_zerocopy_complete → __msg_zerocopy_callback queues a notification on the socket’s error queue — sends {lo} to {hi} are done (consecutive notifications merge into one range).',
  'step.poll.enter':
    'Process {pid} calls poll() on fd 4 for POLLERR: ring 3 → ring 0 via {entry}. A notification on the error queue makes the socket report POLLERR.',
  'step.poll.exit': 'poll() returns {ret} to ring 3 via {entry}: a notification is on the error queue.',
  'step.sched.block_poll':
    'Process {pid} sleeps in poll(): no notification yet, because the peer has not acknowledged the data.',
  'step.sched.wake_errqueue':
    'A notification has been queued: sk_error_report wakes process {pid} out of poll().',
  'step.recvmsg_errqueue.enter':
    'Process {pid} calls recvmsg(4, &msg, MSG_ERRQUEUE): ring 3 → ring 0 via {entry}. It reads the error queue, not data, and never waits.',
  'step.recvmsg_errqueue.exit':
    'recvmsg() returns {ret} to ring 3 via {entry}: the notification (ee_origin SO_EE_ORIGIN_ZEROCOPY) says sends {lo} to {hi} are complete — their pages may be reused.',
  'stepError.recvmsg_errqueue.exit':
    'recvmsg() fails and returns {ret} ({errname}) to ring 3 via {entry}: the error queue is empty (MSG_ERRQUEUE never waits; poll() first).',

  // strace import (issue 17).
  'strace.notice.ioUring':
    'Line {line}: {name}() works on io_uring’s rings, which the program fills by stores strace does not see; io_uring calls are kept as opaque calls (counted, not run).',
  'strace.notice.zeroCopy':
    'Line {line}: {name}() uses MSG_ZEROCOPY; a replay sends with write()’s copy, and reads of the error queue are kept as opaque calls.',

  // Scenarios.
  'scenario.io-uring.title': 'io_uring: read → send in batches',
  'scenario.io-uring.question': 'What does io_uring save: system calls, or copies?',
  'scenario.io-uring.teaches':
    'Rings shared by program and kernel, requests written with plain stores, one io_uring_enter per batch (none with SQPOLL, whose thread burns CPU instead), linked read → send pairs. SEND still copies; SEND_ZC pins the pages and notifies later.',
  'scenario.msg-zerocopy.title': 'send() with MSG_ZEROCOPY',
  'scenario.msg-zerocopy.question': 'When can the program reuse a buffer it sent without a copy?',
  'scenario.msg-zerocopy.teaches':
    'SO_ZEROCOPY, pinned user pages the NIC reads by DMA, completion notifications read with recvmsg(MSG_ERRQUEUE) as coalesced ranges; on loopback the kernel copies anyway and says so (SO_EE_CODE_ZEROCOPY_COPIED).',
  'textbook.msg-zerocopy':
    'The textbook says zero CPU copies: the NIC reads the user pages. True with a real NIC — but the notifications cost system calls (poll, recvmsg) the textbook leaves out, and on loopback the kernel copies the pages after all.',

  // Parameters.
  'ui.param.batch': 'SQEs per submission (batch)',
  'ui.param.sqpoll': 'SQ polling thread (sqpoll)',
  'ui.param.op': 'io_uring send opcode',
  'ui.param.nic': 'Network device',

  // Machine view.
  'machine.state.blockedCompletion': 'sleeping: waiting for CQEs',
  'machine.state.blockedErrqueue': 'sleeping: waiting for a notification',
  'machine.box.uring': 'io_uring',
  'machine.uring.queues': 'SQ {queued} · CQ {ready}',
  'machine.uring.positions': 'head/tail: SQ {sh}/{st} · CQ {ch}/{ct}',
  'machine.ram.uring': 'rings',
  'machine.ram.uringSub': 'SQ · CQ · SQEs (shared)',
  'machine.uring.sqes': 'SQEs written, not yet published: {n}',
  'machine.uring.notifs': 'zero-copy notifications: {n}',
  'machine.uring.unmapped': 'not mapped yet',
  'machine.box.errqueue': 'Error queue',
  'machine.zc.queue': 'queued: {ranges}',
  'machine.zc.empty': 'empty',
  'machine.zc.read': '{n}/{sends} sends notified',
  'machine.zc.copied': 'the kernel copied (COPIED)',
};
