import { site, syscallSites } from './siteRegistry';

/**
 * Issue 16's sites: the receive path (peer → NIC → NAPI → socket → user) and the write path (user → page
 * cache → disk). Called once by sites.ts after every earlier site, so their indices come last.
 */
export function ioSiteGroups() {
  return {
    rx: {
      recvfrom: syscallSites('recvfrom', '__sys_recvfrom → sock_recvmsg → tcp_recvmsg', 'recv(2)'),
      readSock: syscallSites('read', 'ksys_read → sock_read_iter → tcp_recvmsg', 'read(2)', 'read_sock'),
      // The NIC writes an arriving frame into a buffer the driver posted on its RX ring; no CPU is involved.
      frame: site({
        id: 'dma.wire_to_rx',
        kind: 'dma.start',
        fn: 'NIC: frame arrives, DMA into a pre-posted RX ring buffer',
        from: 'wire',
        to: 'skb',
        device: 'nic',
      }),
      frameDone: site({
        id: 'dma.wire_to_rx.done',
        kind: 'dma.done',
        fn: 'NIC: RX descriptor written back (frame in memory)',
        from: 'wire',
        to: 'skb',
        device: 'nic',
      }),
      irqEnter: site({
        id: 'irq.nic_rxdata.enter',
        kind: 'irq.enter',
        fn: 'NIC MSI-X handler (RX) → napi_schedule (RX interrupt masked)',
        device: 'nic',
      }),
      irqExit: site({
        id: 'irq.nic_rxdata.exit',
        kind: 'irq.exit',
        fn: 'net_rx_action → napi_complete_done (RX interrupt unmasked) → irq_exit_rcu',
        device: 'nic',
      }),
      // One frame through the stack in the NET_RX softirq: it ends on the socket's receive queue.
      deliver: site({
        id: 'net.rx_deliver',
        kind: 'sock.rx',
        fn: 'NET_RX softirq: net_rx_action → napi_poll → driver poll → netif_receive_skb → tcp_v4_rcv → tcp_queue_rcv',
        man: 'tcp(7)',
        from: 'nic',
        to: 'skb',
        device: 'nic',
      }),
      block: site({
        id: 'sched.block_rx',
        kind: 'sched.block',
        fn: 'tcp_recvmsg_locked → sk_wait_data',
        man: 'recv(2)',
      }),
      wake: site({
        id: 'sched.wake_rx',
        kind: 'sched.wake',
        fn: 'tcp_data_ready → sock_def_readable → wake_up_interruptible_sync_poll',
        man: 'recv(2)',
      }),
      copy: site({
        id: 'copy.skb_to_user',
        kind: 'cpu.copy',
        fn: 'tcp_recvmsg_locked → skb_copy_datagram_iter',
        man: 'recv(2)',
        from: 'skb',
        to: 'user',
      }),
    },
    wb: {
      write: syscallSites(
        'write',
        'ksys_write → vfs_write → ext4_buffered_write_iter → generic_perform_write',
        'write(2)',
        'write_file',
      ),
      writeDirect: syscallSites(
        'write',
        'ksys_write → ext4_file_write_iter → ext4_dio_write_iter → iomap_dio_rw',
        'open(2) O_DIRECT',
        'write_direct',
      ),
      fsync: syscallSites('fsync', 'do_fsync → ext4_sync_file → file_write_and_wait_range', 'fsync(2)'),
      fdatasync: syscallSites(
        'fdatasync',
        'do_fsync → ext4_sync_file → file_write_and_wait_range',
        'fdatasync(2)',
      ),
      sendfileFile: syscallSites(
        'sendfile',
        'do_sendfile → do_splice_direct → iter_file_splice_write',
        'sendfile(2)',
        'sendfile_file',
      ),
      spliceFile: syscallSites(
        'splice',
        'do_splice → iter_file_splice_write → ext4_file_write_iter',
        'splice(2)',
        'splice_file',
      ),
      writeMapped: syscallSites(
        'write',
        'ksys_write → vfs_write → ext4_buffered_write_iter → generic_perform_write',
        'write(2)',
        'write_file_mapped',
      ),
      // write_begin finds or adds the folio (a new one past EOF needs no read), the copy fills it, write_end dirties it.
      fromUser: site({
        id: 'copy.user_to_pagecache',
        kind: 'cpu.copy',
        fn: 'generic_perform_write → ext4_da_write_begin → copy_folio_from_iter_atomic → ext4_da_write_end → mark_buffer_dirty → __folio_mark_dirty',
        man: 'write(2)',
        from: 'user',
        to: 'pagecache',
      }),
      fromMapping: site({
        id: 'copy.mapping_to_pagecache',
        kind: 'cpu.copy',
        fn: 'generic_perform_write → copy_folio_from_iter_atomic (from the mapped source) → ext4_da_write_end → mark_buffer_dirty → __folio_mark_dirty',
        man: 'mmap(2)',
        from: 'mapping',
        to: 'pagecache',
      }),
      // sendfile to a file: splice_direct_to_actor's internal pipe holds the source pages; the copy reads them.
      fromCache: site({
        id: 'copy.pagecache_to_pagecache',
        kind: 'cpu.copy',
        fn: 'splice_direct_to_actor → iter_file_splice_write → generic_perform_write → copy_folio_from_iter_atomic',
        man: 'sendfile(2)',
        from: 'pagecache',
        to: 'pagecache',
      }),
      fromPipe: site({
        id: 'copy.pipe_to_pagecache',
        kind: 'cpu.copy',
        fn: 'iter_file_splice_write → ext4_file_write_iter → generic_perform_write → copy_folio_from_iter_atomic',
        man: 'splice(2)',
        from: 'pipe',
        to: 'pagecache',
      }),
      // Writeback: the dirty folios are marked PG_writeback and submitted; the disk DMAs them out.
      toDisk: site({
        id: 'dma.pagecache_to_disk',
        kind: 'dma.start',
        fn: 'do_writepages → ext4_writepages → ext4_bio_write_folio → ext4_io_submit',
        man: 'fsync(2)',
        from: 'pagecache',
        to: 'disk',
        device: 'disk',
      }),
      toDiskDone: site({
        id: 'dma.pagecache_to_disk.done',
        kind: 'dma.done',
        fn: 'disk: DMA done, completion posted (virtio used ring / NVMe CQ entry)',
        from: 'pagecache',
        to: 'disk',
        device: 'disk',
      }),
      userToDisk: site({
        id: 'dma.user_to_disk',
        kind: 'dma.start',
        fn: 'iomap_dio_rw → iomap_dio_bio_iter → iomap_dio_submit_bio',
        man: 'open(2) O_DIRECT',
        from: 'user',
        to: 'disk',
        device: 'disk',
      }),
      userToDiskDone: site({
        id: 'dma.user_to_disk.done',
        kind: 'dma.done',
        fn: 'disk: DMA done, completion posted (virtio used ring / NVMe CQ entry)',
        from: 'user',
        to: 'disk',
        device: 'disk',
      }),
      clean: site({
        id: 'wb.end_writeback',
        kind: 'pagecache.clean',
        fn: 'BLOCK softirq: bio_endio → ext4_end_bio (new blocks: unwritten extents, handed to a workqueue); kworker: ext4_end_io_rsv_work → ext4_finish_bio → folio_end_writeback',
        man: 'fsync(2)',
        to: 'pagecache',
      }),
      block: site({
        id: 'sched.block_writeback',
        kind: 'sched.block',
        fn: 'file_write_and_wait_range → __filemap_fdatawait_range → folio_wait_writeback → io_schedule',
        man: 'fsync(2)',
      }),
      wake: site({
        id: 'sched.wake_writeback',
        kind: 'sched.wake',
        fn: 'folio_end_writeback → folio_wake_bit (PG_writeback waiters)',
        man: 'fsync(2)',
      }),
      // The flusher's delayed work is due: the timer interrupt wakes the kworker, which runs on the way out.
      timerEnter: site({
        id: 'irq.timer.enter',
        kind: 'irq.enter',
        fn: 'sysvec_apic_timer_interrupt → run_timer_softirq → delayed_work_timer_fn → queue_work',
      }),
      timerExit: site({
        id: 'irq.timer.exit',
        kind: 'irq.exit',
        fn: 'irqentry_exit → schedule (back to the interrupted task)',
      }),
      wakeFlusher: site({
        id: 'sched.wake_flusher',
        kind: 'sched.wake',
        fn: 'queue_work → wake_up_process (kworker)',
        man: 'proc_sys_vm(5)',
      }),
      // The flusher: a kworker running wb_workfn writes back what has been dirty longer than dirty_expire.
      flusher: site({
        id: 'wb.flusher',
        kind: 'entry.detail',
        fn: 'kworker: wb_workfn → wb_do_writeback → wb_writeback (the dirty-expire time has passed)',
        man: 'proc_sys_vm(5)',
      }),
    },
  };
}
