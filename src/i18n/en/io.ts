/**
 * en messages of issue 16 — the receive path and the write path (recv-write, file-copy): step narration,
 * scenario texts, textbook notes, parameter labels and the machine view's words for dirty pages and the
 * receive queue. Keys and placeholders must match zh-CN/io.ts (tests/i18n).
 */
export const io: Readonly<Record<string, string>> = {
  // System calls.
  'step.recvfrom.enter':
    'Process {pid} calls recv() for up to {countBytes} from the socket (fd 4); glibc makes it the recvfrom system call: ring 3 → ring 0 via {entry}, a mode switch.',
  'step.recvfrom.exit':
    'recv() returns {ret} to ring 3 via {entry}: the bytes it copied, which is whatever had arrived, up to the buffer size (0 when the peer has sent everything and closed).',
  'stepError.recvfrom.exit':
    'recv() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped.',
  'step.read_sock.enter':
    'Process {pid} calls read() on the socket (fd 4) for up to {countBytes}: ring 3 → ring 0 via {entry}. On a socket read() ends in the same tcp_recvmsg as recv().',
  'step.read_sock.exit':
    'read() returns {ret} to ring 3 via {entry}: the bytes that had arrived, up to the buffer size (0 at the end of the stream).',
  'stepError.read_sock.exit':
    'read() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped.',
  'step.write_file.enter':
    'Process {pid} calls write() to put {countBytes} into the file it writes (fd {fd}): ring 3 → ring 0 via {entry}, a mode switch.',
  'step.write_file.exit':
    'write() returns {ret} to ring 3 via {entry}. Unless the file was opened with O_SYNC, the bytes are only in the page cache: write() returned before anything reached the disk.',
  'stepError.write_file.exit':
    'write() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer it was given is not memory the process has mapped.',
  'step.write_file_mapped.enter':
    'Process {pid} calls write() to put {countBytes} of the mapped source file into the file it writes (fd {fd}): ring 3 → ring 0 via {entry}.',
  'step.write_file_mapped.exit':
    'write() returns {ret} to ring 3 via {entry}: the copy read the source through the mapping, faulting it in on the way.',
  'step.write_direct.enter':
    'Process {pid} calls write() on the O_DIRECT file (fd {fd}) for {countBytes}: ring 3 → ring 0 via {entry}. The buffer address, file offset and length must all be multiples of the alignment.',
  'step.write_direct.exit':
    'write() returns {ret} to ring 3 via {entry}: with O_DIRECT it returns only after the disk has the bytes.',
  'stepError.write_direct.exit':
    'write() fails and returns {ret} ({errname}) to ring 3 via {entry}: the buffer address, file offset or length is not a multiple of the O_DIRECT alignment, so nothing moved.',
  'step.fsync.enter':
    'Process {pid} calls fsync() on fd {fd}: ring 3 → ring 0 via {entry}. fsync() returns only when every dirty page of the file is on the disk.',
  'step.fsync.exit':
    'fsync() returns {ret} to ring 3 via {entry}: the file’s data is on the disk now (the model leaves out the inode, the journal commit and the disk’s cache flush).',
  'step.fdatasync.enter':
    'Process {pid} calls fdatasync() on fd {fd}: ring 3 → ring 0 via {entry}. Like fsync() it writes the dirty data back and waits; it may skip metadata such as the modification time.',
  'step.fdatasync.exit':
    'fdatasync() returns {ret} to ring 3 via {entry}: the file’s data is on the disk now.',
  'step.sync_file_range.enter':
    'Process {pid} calls sync_file_range() on fd {fd}: ring 3 → ring 0 via {entry}. It acts on a range of the file’s pages only: SYNC_FILE_RANGE_WRITE starts writeback of the dirty ones without waiting, the WAIT flags wait for writeback in flight. No metadata, no disk-cache flush: sync_file_range(2) says it is no durability guarantee.',
  'step.sync_file_range.exit':
    'sync_file_range() returns {ret} to ring 3 via {entry}. Pages it started are on their way to the disk; unless it waited (SYNC_FILE_RANGE_WAIT_AFTER), some may still be under writeback.',
  'stepError.sync_file_range.exit':
    'sync_file_range() fails and returns {ret} ({errname}) to ring 3 via {entry}: the flags have an unknown bit, or the range is negative. Nothing was written back.',
  'step.sendfile_file.enter':
    'Process {pid} calls sendfile() with a file as out_fd (fd {fd}, allowed since Linux 2.6.33) for up to {countBytes}: ring 3 → ring 0 via {entry}.',
  'step.sendfile_file.exit':
    'sendfile() returns {ret} to ring 3 via {entry}. The bytes never visited user space, but they were copied once, from the source’s page cache into the copy’s.',
  'step.splice_file.enter':
    'Process {pid} calls splice() to move {countBytes} from the pipe into the file it writes (fd {fd}): ring 3 → ring 0 via {entry}.',
  'step.splice_file.exit':
    'splice() returns {ret} to ring 3 via {entry}. A file cannot take page references the way a socket does: the bytes were copied into the file’s own pages.',

  // The receive path.
  'step.dma.wire_to_rx':
    'A frame from the peer is arriving ({bytesText}, {streamPages}): the NIC writes it by DMA into a receive buffer the driver posted on its RX ring earlier. No CPU is involved.',
  'step.dma.wire_to_rx.done':
    'The frame is in memory: the NIC has written the RX descriptor back ({bytesText}). An interrupt follows, unless NAPI is already polling or the NIC is still gathering frames for one interrupt (coalescing).',
  'step.irq.nic_rxdata.enter':
    'The NIC raises a receive interrupt. The handler only calls napi_schedule, which masks the NIC’s interrupt and raises the NET_RX softirq; frames that arrive from now on wait for the poll without interrupting again. It is a mode switch only if the CPU was running user code.',
  'step.net.rx_deliver':
    'In the NET_RX softirq, NAPI polls the RX ring (at most 64 frames per poll) and passes this frame up the stack: netif_receive_skb → ip_rcv → tcp_v4_rcv, which puts the skb ({bytesText}, {streamPages}) on the socket’s receive queue. Nothing is copied yet.',
  'step.irq.nic_rxdata.exit':
    'The ring is empty, so NAPI completes (napi_complete_done) and unmasks the NIC’s interrupt; the softirq ends and the CPU returns to what it was doing.',
  'step.sched.block_rx':
    'The socket’s receive queue is empty, so tcp_recvmsg puts process {pid} to sleep in sk_wait_data until data arrives. Sleeping is a real process context switch.',
  'step.sched.wake_rx':
    'Data is on the receive queue ({bytesText}), so tcp_data_ready → sock_def_readable wakes process {pid}, which sleeps in recv().',
  'step.copy.skb_to_user':
    'The CPU copies {bytesText} ({streamPages}) from the skbs on the receive queue into the user buffer (tcp_recvmsg → skb_copy_datagram_iter). This is the receive side’s CPU copy; the skbs are freed.',

  // The write path.
  'step.copy.user_to_pagecache':
    'The CPU copies {bytesText} from the user buffer into the page cache, into the written file’s {filePages}: generic_perform_write finds or adds each page, copies, and marks it dirty. Nothing goes to the disk now.',
  'step.copy.mapping_to_pagecache':
    'The CPU copies {bytesText} through the mapping of the source straight into the page cache of the copy ({filePages}), which become dirty.',
  'step.copy.pagecache_to_pagecache':
    'The CPU copies {bytesText} from the source’s page-cache pages into the copy’s ({filePages}), inside the kernel: sendfile’s internal pipe holds references to the source pages, and iter_file_splice_write writes them into the file like write() would. The new pages are dirty.',
  'step.copy.pipe_to_pagecache':
    'The CPU copies {bytesText} from the pages the pipe refers to into the written file’s pages ({filePages}), which become dirty: iter_file_splice_write hands them to the file system as a write.',
  'step.dma.pagecache_to_disk':
    'Writeback: the kernel marks {filePages} ({pageCount}) “under writeback” instead of dirty and sends the disk one write request; the disk will read {bytesText} from the page-cache frames by DMA, without the CPU.',
  'step.dma.pagecache_to_disk.done':
    'The disk has read {bytesText} ({filePages}) from the page cache by DMA and posts a completion entry; its completion interrupt follows.',
  'step.dma.user_to_disk':
    'O_DIRECT write: the kernel pins the user buffer and sends the disk a request for {bytesText} ({filePages}); the disk reads them straight from the user buffer by DMA. The page cache is not used.',
  'step.dma.user_to_disk.done':
    'The disk has read {bytesText} ({filePages}) straight from the user buffer by DMA and posts a completion entry; its completion interrupt follows.',
  'step.wb.end_writeback':
    'The write request has ended (ext4_end_bio, in the BLOCK softirq). The blocks were new, allocated as unwritten extents, so a kworker first records them as written (ext4_end_io_rsv_work; the model folds it into this step), then folio_end_writeback clears “under writeback” on {filePages}. They are clean now: the disk has the same bytes as memory.',
  'step.sched.block_writeback':
    'Process {pid} sleeps until the writeback of the file’s pages completes (folio_wait_writeback). This wait is what makes fsync() and O_SYNC slow.',
  'step.sched.wake_writeback': 'The last write request has completed, so process {pid} is woken.',
  'step.irq.timer.enter':
    'A timer interrupt: the flusher’s delayed work is due (its dirty-expire time has passed), so the timer softirq queues it on a kworker thread.',
  'step.sched.wake_flusher':
    'The kworker thread {pid} (the flusher) is woken to write back the file’s expired dirty pages.',
  'step.wb.flusher':
    'The flusher runs: wb_workfn finds the file dirty for longer than dirty_expire and starts writeback of its dirty pages. It does not wait for the disk; the pages become clean when each request completes.',
  'step.irq.timer.exit': 'The kworker has started the writeback; the CPU returns to the interrupted task.',

  // Scenarios.
  'scenario.recv-write.title': 'recv() + write() to a file',
  'scenario.recv-write.question': 'When is a received file really on the disk?',
  'scenario.recv-write.teaches':
    'The receive path (NIC DMA, interrupt, NAPI, the socket queue, recv’s copy) and the write path: write() only dirties page-cache pages; fsync(), O_SYNC or O_DIRECT put them on the disk.',
  'scenario.file-copy.title': 'Copy a file (cp)',
  'scenario.file-copy.question': 'Which way of copying a file moves the fewest bytes through the CPU?',
  'scenario.file-copy.teaches':
    'read()+write(), mmap, sendfile and splice copying one file into another: a file has no scatter-gather, so even the in-kernel paths copy once into the new file’s pages.',
  'textbook.recv-write':
    'The textbook mirrors read() + write(): 4 mode switches, 2 CPU copies and 2 DMA transfers per chunk. Here the NIC delivers frames of at most mss bytes, one DMA each, and recv() returns what has arrived; and without fsync, O_SYNC or O_DIRECT the disk DMA never happens during the run: the file is only dirty pages in memory.',
  'textbook.file-copy':
    'The textbook’s read() + write() copy: 2 CPU copies and 2 DMA per chunk. sendfile and splice save the copy into user space, not the one into the new file’s pages: a file is written by copying. The disk write happens only at writeback (here fsync or O_SYNC).',

  // Parameters.
  'ui.param.sync': 'Sync to disk',
  'ui.param.method': 'Copy method',
  'ui.param.mss': 'TCP segment size (mss)',
  'ui.param.coalesce': 'RX frames per interrupt',
  'ui.param.expire': 'Dirty expire (ms)',

  'ui.paramError.directNeedsRw':
    'sync = direct is modelled for file-copy with method = rw only (not {method}): O_DIRECT writes from the user buffer',

  // Machine view.
  'machine.box.pagecacheOut': 'Page cache: the written file',
  'machine.out.dirty': '{n} dirty',
  'machine.out.writeback': '{n} under writeback',
  'machine.out.clean': '{n} clean',
  'machine.pc.dirtyTag': 'dirty',
  'machine.pc.writebackTag': 'writeback',
  'machine.out.source': 'source file: {n}/{total} pages cached',
  'machine.nic.receiving': '← {pages}',
  'machine.nic.received': 'received {bytes}',
  'machine.ram.out': 'written file',
  'machine.ram.rxq': 'rx skb',
  'machine.box.rxQueue': 'Socket receive queue',
  'machine.rx.caption': '{queued} queued · {ring} in the RX ring',
  'machine.state.blockedSocket': 'sleeping: waiting for data',
  'machine.state.blockedWriteback': 'sleeping: waiting for writeback',
  'machine.state.sleeping': 'sleeping',
  'machine.end.dirty': 'End: {bytes} only in memory',
  'machine.end.clean': 'End: all on the disk',
};
