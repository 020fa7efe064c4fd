import { site, syscallSites } from './siteRegistry';

/**
 * Issue 18's leftovers (RocketMQ's producer, nginx's writev): a writable MAP_SHARED mapping of the written
 * file, the stores into it, msync, and writev to the socket. Called once by sites.ts after every earlier
 * site, so their indices come last and earlier traces keep theirs.
 */
export function mapWriteSiteGroups() {
  return {
    mapw: {
      mmap: syscallSites(
        'mmap',
        'ksys_mmap_pgoff → do_mmap → mmap_region → ext4_file_mmap',
        'mmap(2)',
        'mmap_shared_write',
      ),
      // A store reaches a page of the mapping with no PTE yet: a write fault on a shared file page.
      fault: site({
        id: 'fault.user_shared_write',
        kind: 'fault.enter',
        fn: 'exc_page_fault → do_user_addr_fault → handle_mm_fault → do_shared_fault',
        man: 'mmap(2)',
      }),
      // The fault finds (or adds, zeroed: the extent is unwritten) the page-cache folio, page_mkwrite makes
      // it dirty before the PTE is writable, and finish_fault installs a writable, dirty entry.
      mkwrite: site({
        id: 'mm.page_mkwrite',
        kind: 'mmu.pte_update',
        fn: '__do_fault → do_page_mkwrite → ext4_page_mkwrite → finish_fault',
        man: 'mmap(2)',
      }),
      // The stores themselves: a user-mode copy through the mapping, landing in the written file's page-cache
      // pages (no system call).
      copy: site({
        id: 'copy.user_to_mapping',
        kind: 'cpu.copy',
        fn: 'memcpy (user space, through the mapping)',
        from: 'user',
        to: 'pagecache',
      }),
      // A plain store (`p[i] = v;`) through the mapping, once its page has a writable PTE.
      store: site({
        id: 'user.store_shared',
        kind: 'user.access',
        fn: 'mov %reg, (addr)',
        to: 'mapping',
      }),
      msync: syscallSites(
        'msync',
        '__do_sys_msync → vfs_fsync_range → ext4_sync_file → file_write_and_wait_range',
        'msync(2)',
      ),
    },
    // nginx's `directio`: pread64 of a file switched to O_DIRECT (ngx_directio_on), by DMA into the buffer.
    dio: {
      pread64: syscallSites(
        'pread64',
        'ksys_pread64 → ext4_file_read_iter → ext4_dio_read_iter → iomap_dio_rw',
        'pread(2)',
        'pread64_direct',
      ),
    },
    vec: {
      writev: syscallSites('writev', 'do_writev → vfs_writev → sock_write_iter → tcp_sendmsg', 'writev(2)'),
    },
    // nginx's tcp_nopush: setsockopt(TCP_CORK) sets or clears TCP_NAGLE_CORK; clearing it pushes what waits.
    cork: {
      set: syscallSites(
        'setsockopt',
        '__sys_setsockopt → do_sock_setsockopt → tcp_setsockopt → __tcp_sock_set_cork',
        'tcp(7)',
        'setsockopt_cork',
      ),
      clear: syscallSites(
        'setsockopt',
        '__sys_setsockopt → do_sock_setsockopt → tcp_setsockopt → __tcp_sock_set_cork → tcp_push_pending_frames',
        'tcp(7)',
        'setsockopt_uncork',
      ),
    },
  };
}
