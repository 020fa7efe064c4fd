import { site, syscallSites } from './siteRegistry';

/**
 * Issue 18's sites (the "Real systems" shelf): pread64 — nginx reads its file at an offset — and the
 * user-space memcpy the JDK makes between a heap ByteBuffer and its temporary direct buffer. Called once by
 * sites.ts after every earlier site, so their indices come last.
 */
export function realSiteGroups() {
  return {
    real: {
      pread64: syscallSites('pread64', 'ksys_pread64 → vfs_read → filemap_read', 'pread(2)'),
      // A copy in user mode (ring 3): no system call, no kernel function — libc's memcpy, as the JDK's
      // IOUtil does between a heap buffer and a temporary direct one (sun.nio.ch.Util.getTemporaryDirectBuffer).
      userCopy: site({
        id: 'copy.user_to_user',
        kind: 'cpu.copy',
        fn: 'memcpy (user space: IOUtil.write/read ↔ a temporary direct buffer)',
        man: 'memcpy(3)',
        from: 'user',
        to: 'user',
      }),
    },
  };
}
