/**
 * en messages of issue 18's leftovers: RocketMQ's producer side (a writable MAP_SHARED mapping, the stores
 * into it, msync) and writev. Keys and placeholders must match zh-CN/mappedWrite.ts (tests/i18n).
 */
export const mappedWrite: Readonly<Record<string, string>> = {
  'textbook.rocketmq-commitlog.producer':
    'Why it is fast: 1 MiB received in 64 KiB reads (preset loopback) — newfstatat, ftruncate, mmap, 16 read()s and one msync: 20 system calls and 32 CPU copies (each read copies out of the socket, each store copies into the mapping), 256 page faults (a write fault per page, whose page_mkwrite dirties it) and one 1 MiB writeback. recv + write + fsync moves the same bytes with 33 calls, the same 32 copies and no fault: the mapping saves the write() calls, not the copies, and RocketMQ flushes (force) many messages at once.',
  'ui.param.directio': 'nginx directio',
  'step.pread64_direct.enter':
    'Process {pid} calls pread64() for {countBytes} of the file at an explicit offset; the file is O_DIRECT (nginx’s directio), so the page cache is bypassed: ring 3 → ring 0 via {entry}. Buffer, offset and count must be aligned.',
  'step.pread64_direct.exit':
    'pread64() returns {ret} and the CPU goes back to ring 3 via {entry}: the disk wrote the bytes into the output buffer by DMA — no CPU copy and no page-cache page, but the worker waited for the disk.',
  'textbook.nginx-static.directio':
    'Why use it: 1 MiB, output_buffers 32 KiB, directio on — 70 system calls (two fcntl switch the file to O_DIRECT, which also turns sendfile off for it), 32 disk reads by DMA straight into the output buffer and 32 CPU copies (the writevs, 1 MiB): half of sendfile off’s copies, but every read waits for the disk (64 context switches) even when the file is cached. nginx keeps it for large files that would only push other pages out of the cache.',
  'ui.param.side': 'RocketMQ side',
  'ui.param.nopush': 'nginx tcp_nopush',
  'ui.param.fetch': 'Kafka fetch size (fetch)',
  'textbook.nginx-static.nopush':
    'Why use it: 1 MiB, sendfile on, tcp_nopush on, cache warm — 8 system calls (two setsockopt(TCP_CORK) around the header and the sendfile), the same single CPU copy (the 239-byte header) and the same 17 skbs as without it, but the header no longer leaves as a 239-byte packet of its own: it rides in the first skb with the file’s first 65,297 bytes, in full-sized segments, and only the last 239 bytes wait for the cork to be cleared. A header and body that fit in one segment together leave as one packet instead of two.',
  'step.setsockopt_cork.enter':
    'Process {pid} calls setsockopt(TCP_CORK, 1) on the socket (nginx’s tcp_nopush: ngx_tcp_nopush, before the response header): ring 3 → ring 0 via {entry}. __tcp_sock_set_cork sets TCP_NAGLE_CORK: from now on TCP sends only full-sized segments, and a partial one waits in the send queue for more data.',
  'step.setsockopt_cork.exit':
    'setsockopt() returns {ret} to ring 3 via {entry}. Nothing was sent: the socket is corked, so the header written next waits, and the file’s first bytes join it in the same skb.',
  'step.setsockopt_uncork.enter':
    'Process {pid} calls setsockopt(TCP_CORK, 0) (nginx’s ngx_tcp_push, from ngx_http_set_keepalive once the response is written): ring 3 → ring 0 via {entry}. __tcp_sock_set_cork clears the cork and calls tcp_push_pending_frames: the last partial segment, held back until now, may go to the NIC.',
  'step.setsockopt_uncork.exit':
    'setsockopt() returns {ret} to ring 3 via {entry}. The socket is no longer corked and the held bytes were handed on (if the NIC already has two skbs of this socket, TCP Small Queues lets them follow at the next transmit completion).',
  'narration.corkHeader':
    ' The skb’s first bytes are not from the page cache: they are the header that writev copied into the socket while it was corked, and the file’s pages follow them in the same skb — so the header leaves in a full-sized segment instead of a small packet of its own.',
  'narration.appended':
    ' They join the unsent skb at the tail of the send queue instead of starting a new one (tcp_sendmsg_locked fills the tail up to its size goal while autocorking or TCP_CORK holds it back), so they leave in the same packets as the bytes already in it.',
  'narration.corkSplit':
    ' TCP_CORK held this skb at the tail of the queue; its whole segments go now (tcp_mss_split_point and tso_fragment split it), and only the last partial segment, under one MSS, stays queued until more data fills it or the cork is cleared.',

  'strace.notice.storesUnseen':
    'Line {line}: the file is mapped shared and writable; the stores that fill the mapping are memory writes strace does not see, so the replay maps and msyncs it without them.',
  'step.mmap_shared_write.enter':
    'Process {pid} calls mmap() to map {countBytes} of the file it writes (fd {fd}) shared and writable (PROT_READ|PROT_WRITE, MAP_SHARED): ring 3 → ring 0 via {entry}. Stores into such a mapping change the file itself.',
  'step.mmap_shared_write.exit':
    'mmap() returns {addr} to ring 3 via {entry}: the start of the new mapping. No page is mapped yet: each page’s first store will fault.',
  'stepError.mmap_shared_write.exit':
    'mmap() fails with {errname} and returns to ring 3 via {entry}: a shared, writable mapping needs a descriptor opened O_RDWR (and a mapping that fits the address space). Nothing is mapped.',
  'step.fault.user_shared_write':
    'A store in user mode reaches {addr}, a page of the shared, writable file mapping that has no page-table entry yet: a page fault from ring 3 (error code {err}: user write, page not present), a mode switch into the kernel (do_shared_fault).',
  'step.mm.page_mkwrite':
    'The fault handler finds the file’s page in the page cache — or adds it, zeroed, since the file was only extended and holds no data yet, so nothing is read from the disk — and page_mkwrite marks it dirty before the entry may be written: the page at {addr} (frame {pfn}) is now writable and dirty. A write fault maps one page; there is no fault-around.',
  'step.copy.user_to_mapping':
    'In user mode, the CPU copies {bytesText} ({filePages} of the written file) from the buffer into the shared mapping (memcpy): the stores land in the page cache itself, whose pages are dirty. No system call, but a full CPU copy; writeback will carry the pages to the disk.',
  'narration.continuedCopy.copy.user_to_mapping':
    ' This continues the same memcpy after a page fault, so it is not counted as another copy.',
  'step.user.store_shared':
    'Process {pid} stores to {addr}, a page of the shared, writable file mapping, in user mode: the page is in the page cache and already dirty, so the file changes without a system call.',
  'step.msync.enter':
    'Process {pid} calls msync() on {countBytes} of the mapping at {addr}: ring 3 → ring 0 via {entry}. With MS_SYNC it writes the range’s dirty pages back and waits for the disk (vfs_fsync_range); MS_ASYNC does nothing since Linux 2.6.19.',
  'step.msync.exit':
    'msync() returns {ret} to ring 3 via {entry}: with MS_SYNC the mapped pages are on the disk now.',
  'stepError.msync.exit':
    'msync() fails with {errname} and returns to ring 3 via {entry}: the address must be page-aligned and the range mapped, and MS_SYNC and MS_ASYNC exclude each other. Nothing is written back.',
  'step.writev.enter':
    'Process {pid} calls writev() to send {countBytes} on the socket (fd 4) from several buffers (an iovec array) in one system call: ring 3 → ring 0 via {entry}, a mode switch.',
  'step.writev.exit':
    'writev() returns {ret} and the CPU goes back to ring 3 via {entry}. The kernel copied each iovec in turn into the socket’s skbs: one call and one copy, as a write() of the same bytes.',
};
