import { site, syscallSites } from './siteRegistry';

/**
 * Issue 17's sites for copy_file_range, vmsplice and Linux's readahead (`ra=linux`). Called by sites.ts
 * after every earlier group, so their indices come last and older traces keep theirs.
 */
export function cfrSiteGroups() {
  return {
    cfr: {
      // ext4 has neither ->copy_file_range nor ->remap_file_range: the VFS splices through an internal pipe
      // (the captured 6.18 stack: vfs_copy_file_range → do_splice_direct; splice_file_range in 6.8–6.x).
      splice: syscallSites(
        'copy_file_range',
        'vfs_copy_file_range → do_splice_direct → splice_direct_to_actor',
        'copy_file_range(2)',
      ),
      // xfs and btrfs share extents: remap_file_range, no data read or written.
      reflink: syscallSites(
        'copy_file_range',
        'vfs_copy_file_range → remap_file_range → xfs_file_remap_range / btrfs_remap_file_range',
        'copy_file_range(2)',
        'copy_file_range_reflink',
      ),
      copy: site({
        id: 'copy.pagecache_to_pagecache_cfr',
        kind: 'cpu.copy',
        fn: 'splice_direct_to_actor → direct_splice_actor → iter_file_splice_write → ext4_buffered_write_iter → generic_perform_write → copy_folio_from_iter_atomic',
        man: 'copy_file_range(2)',
        from: 'pagecache',
        to: 'pagecache',
      }),
      remap: site({
        id: 'fs.reflink_remap',
        kind: 'entry.detail',
        fn: 'generic_remap_file_range_prep → xfs_reflink_remap_blocks / btrfs_clone: the copy’s extents point at the source’s blocks',
        man: 'ioctl_ficlone(2)',
      }),
    },
    vm: {
      vmsplice: syscallSites(
        'vmsplice',
        'do_vmsplice → vmsplice_to_pipe → iter_to_pipe → iov_iter_get_pages2 → add_to_pipe',
        'vmsplice(2)',
      ),
      // The pages stay the user's: the pipe buffer holds a reference (user_page_pipe_buf_ops with SPLICE_F_GIFT).
      toPipe: site({
        id: 'ref.user_to_pipe',
        kind: 'ref.move',
        fn: 'vmsplice_to_pipe → iter_to_pipe: a reference to each user page (iov_iter_get_pages2), one pipe buffer per page',
        man: 'vmsplice(2)',
        from: 'user',
        to: 'pipe',
      }),
    },
    ra: {
      syncAlloc: site({
        id: 'mm.pagecache_alloc_sync_ra',
        kind: 'pagecache.alloc',
        fn: 'filemap_get_pages → page_cache_sync_ra → page_cache_ra_order → filemap_add_folio',
        man: 'readahead(2)',
        to: 'pagecache',
      }),
      asyncAlloc: site({
        id: 'mm.pagecache_alloc_async_ra',
        kind: 'pagecache.alloc',
        fn: 'filemap_readahead → page_cache_async_ra → page_cache_ra_order → filemap_add_folio',
        man: 'readahead(2)',
        to: 'pagecache',
      }),
      // An asynchronous window's read ends while the reader is busy elsewhere: nobody waits.
      endRead: site({
        id: 'ra.end_read',
        kind: 'sched.wake',
        fn: 'BLOCK softirq: bio_endio → mpage_end_io → folio_end_read (no waiter)',
        man: 'readahead(2)',
      }),
    },
  };
}
