/**
 * en messages of issue 17's copy_file_range, vmsplice and Linux's readahead (`ra=linux`): step narration
 * and scenario texts, loaded with the narration. Keys and placeholders must match zh-CN/kernelCopy.ts.
 */
export const kernelCopy: Readonly<Record<string, string>> = {
  // copy_file_range(2).
  'step.copy_file_range.enter':
    'Process {pid} calls copy_file_range() to copy up to {countBytes} from the source (fd 3) into the copy (fd {fd}): ring 3 → ring 0 via {entry}. No user buffer is involved. ext4 has no copy_file_range or remap_file_range of its own, so vfs_copy_file_range falls back to do_splice_direct, the machinery of sendfile (older kernels named this fallback generic_copy_file_range, then splice_file_range).',
  'step.copy_file_range.exit':
    'copy_file_range() returns {ret} to ring 3 via {entry}. The bytes never visited user space, but the kernel copied them once, from the source’s page cache into the copy’s dirty pages; the disk sees them only at writeback.',
  'step.copy_file_range_reflink.enter':
    'Process {pid} calls copy_file_range() to copy up to {countBytes} into fd {fd}: ring 3 → ring 0 via {entry}. Both files are on one file system that can share extents (xfs with reflink, btrfs), so vfs_copy_file_range calls remap_file_range.',
  'step.copy_file_range_reflink.exit':
    'copy_file_range() returns {ret} to ring 3 via {entry}. No byte was read, copied or written: the copy shares the source’s blocks until one of them is written (then the file system copies that block: copy on write, on the disk).',
  'step.copy.pagecache_to_pagecache_cfr':
    'The CPU copies {bytesText} from the source’s page-cache pages into the copy’s ({filePages}), inside the kernel: do_splice_direct’s internal pipe holds references to the source pages and iter_file_splice_write writes them into the copy through ext4’s generic_perform_write, like write() would (see copy_file_range(2)). The copy’s pages are dirty.',
  'step.fs.reflink_remap':
    'The file system points the copy’s extents at the source’s blocks ({ret} bytes) and raises their reference counts (xfs_reflink_remap_blocks, btrfs_clone): only metadata changes. Cold or warm, no page of the source is read; nothing is dirtied.',

  // vmsplice(2).
  'step.vmsplice.enter':
    'Process {pid} calls vmsplice() with SPLICE_F_GIFT to put {countBytes} of its own buffer into the pipe (fd {fd}): ring 3 → ring 0 via {entry}.',
  'step.vmsplice.exit':
    'vmsplice() returns {ret} to ring 3 via {entry}: that many bytes of the buffer are in the pipe — as references to its pages, not as a copy. SPLICE_F_GIFT promises the kernel the pages will not change; the program must not write them until the peer has acknowledged the data.',
  'stepError.vmsplice.exit':
    'vmsplice() fails and returns {ret} ({errname}) to ring 3 via {entry}: the memory it was given is not mapped by the process.',
  'step.ref.user_to_pipe':
    'No bytes are copied: vmsplice_to_pipe takes a reference to each page of the user buffer ({filePages}, {bytesText}) and puts it in a pipe buffer. The pages stay the process’s: if it wrote them now, the bytes the socket sends later would change.',

  // Readahead like Linux's (ra=linux).
  'step.mm.pagecache_alloc_sync_ra':
    'Page-cache miss: page_cache_sync_ra opens a readahead window. Its size comes from the read’s size (get_init_ra_size: rounded up to a power of two, then ×4, ×2 or the maximum); the kernel allocates frames for {filePages} ({pageCount}), locks them, and sets PG_readahead on the page where the asynchronous part begins.',
  'step.mm.pagecache_alloc_async_ra':
    'The read reached a page marked PG_readahead, so page_cache_async_ra reads the next window now, before the reader needs it: {filePages} ({pageCount}). Windows grow ×4, then ×2, up to read_ahead_kb; the whole window is asynchronous and its first page carries the next mark. The reader does not wait.',
  'step.ra.end_read':
    'In the BLOCK softirq folio_end_read marks the readahead window’s pages up to date ({bytesText}). Nobody was waiting for them: the reader is still busy with the pages before them, which is the point of reading ahead.',

  // Scenarios.
  'scenario.copy-file-range.title': 'copy_file_range() a file',
  'scenario.copy-file-range.question':
    'Can a file be copied without the data passing through the CPU at all?',
  'scenario.copy-file-range.teaches':
    'copy_file_range keeps the data in the kernel: on ext4 one in-kernel copy from page cache to page cache, no user copy; on xfs and btrfs a reflink shares the extents — no copy and no disk read at all.',
  'scenario.vmsplice.title': 'vmsplice() + splice() to a socket',
  'scenario.vmsplice.question': 'Can bytes already in a process’s memory reach the socket without a copy?',
  'scenario.vmsplice.teaches':
    'vmsplice puts references to the user’s pages into a pipe (SPLICE_F_GIFT), splice hands them to the socket: 0 CPU copies — and the buffer must not be written until the peer has acknowledged the data.',
};
