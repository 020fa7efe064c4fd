import type { Params } from '../params';
import { constants } from './header';
import { copyFileRangeLoop, outFlags } from './ioPrograms';

/**
 * `copy-file-range` (issue 17): copy a file to another on the same file system without a user buffer.
 * On ext4 the kernel splices the source's page cache into the copy's (one in-kernel copy); on xfs and
 * btrfs the copy shares the source's extents (a reflink: no data moves).
 */
export function copyFileRangeProgram(p: Params): string {
  return [
    `// copy-file-range: fs=${p.fs}, sync=${p.sync}`,
    ...constants('copy-file-range', p),
    'world process "cp";',
    'world file 3 = { size: F, cache: CACHE };      // the source, F bytes',
    `world file 4 = { flags: ${outFlags(p.sync)}, dirty_expire: EXPIRE }; // the copy, empty`,
    ...copyFileRangeLoop(),
    ...(p.sync === 'fsync' ? ['fsync(4);'] : []),
  ].join('\n');
}

/**
 * `vmsplice` (issue 17): bytes the program has in memory go to the socket without a copy: vmsplice puts
 * references to the buffer's pages in a pipe (SPLICE_F_GIFT), splice hands them to the socket.
 */
export function vmspliceProgram(p: Params): string {
  return [
    '// vmsplice: user pages → pipe → socket, no copy',
    ...constants('vmsplice', p),
    'world process "sender";',
    'world tcp 4;',
    'world buffer buf = { size: F };                // the data, already in memory',
    'pipe2(p, 0);',
    'for (off = 0; off < F; off += n) {',
    '  n = vmsplice(p[1], buf + off, min(F - off, 65536), SPLICE_F_GIFT);',
    '  splice(p[0], NULL, 4, NULL, n, 0);',
    '}',
    '// buf must not be written now: the socket still holds its pages until the peer ACKs them',
  ].join('\n');
}
