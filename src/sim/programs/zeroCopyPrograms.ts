import type { Params } from '../params';
import { constants } from './header';

const SOCKET = 'world tcp 4 = { sndbuf: SNDBUF, autocork: AUTOCORK }; // fd 4: a connected TCP socket';
const FILE = 'world file 3 = { size: F, cache: CACHE };          // fd 3: the file, F bytes';

/** `mmap-write`: page-cache frames shared with user space; the fault happens inside write() (rule 6). */
export function mmapWriteProgram(p: Params): string {
  return [
    '// mmap-write: write() faults the mapping in',
    ...constants('mmap-write', p),
    'world process "sender";',
    FILE,
    SOCKET,
    'p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0);',
    'if (p == MAP_FAILED) { perror("mmap"); exit(1); }',
    'for (off = 0; off < F; off += n)',
    '  n = write(4, p + off, F - off);',
    'munmap(p, F);',
  ].join('\n');
}

/** `sendfile`: no user copy; with SG no CPU copy at all (rule 4). */
export function sendfileProgram(p: Params): string {
  const loop =
    p.loop === 'size'
      ? ['for (left = F; left > 0; left -= n)', '  n = sendfile(4, 3, NULL, left);']
      : ['while ((n = sendfile(4, 3, NULL, F)) > 0)', '  ;'];
  return [
    '// sendfile: page references, no user copy',
    ...constants('sendfile', p),
    'world process "sender";',
    FILE,
    SOCKET,
    ...loop,
  ].join('\n');
}

/** `splice`: page references move through a pipe (rule 5). */
export function spliceProgram(p: Params): string {
  const loop =
    p.loop === 'size'
      ? [
          'for (left = F; left > 0; left -= n) {',
          '  n = splice(3, NULL, p[1], NULL, min(left, 65536), 0);',
          '  splice(p[0], NULL, 4, NULL, n, 0);',
          '}',
        ]
      : [
          'for (;;) {',
          '  n = splice(3, NULL, p[1], NULL, 65536, 0);',
          '  if (n == 0) break;',
          '  splice(p[0], NULL, 4, NULL, n, 0);',
          '}',
        ];
  return [
    '// splice: file → pipe → socket by reference',
    ...constants('splice', p),
    'world process "sender";',
    FILE,
    SOCKET,
    'pipe2(p, 0);',
    ...loop,
  ].join('\n');
}
