import type { Params } from '../params';
import { constants } from './header';

/** `read-write`: the traditional path, 2 CPU copies per chunk (DESIGN §4). */
export function readWriteProgram(p: Params): string {
  const loop =
    p.loop === 'size'
      ? ['for (sent = 0; sent < F; sent += n) {', '  n = read(3, buf, B);', '  write(4, buf, n);', '}']
      : ['for (;;) {', '  n = read(3, buf, B);', '  if (n == 0) break;', '  write(4, buf, n);', '}'];
  return [
    '// read-write: two CPU copies per chunk',
    ...constants('read-write', p),
    'world process "sender";',
    'world file 3 = { size: F, cache: CACHE };          // fd 3: the file, F bytes',
    'world tcp 4 = { sndbuf: SNDBUF, autocork: AUTOCORK }; // fd 4: a connected TCP socket',
    'world buffer buf = { size: B };                     // buf: B bytes, resident',
    ...loop,
  ].join('\n');
}

/** `direct-io`: fd 3 opened with O_DIRECT; the disk DMAs straight into the user buffer (rule 7). */
export function directIoProgram(p: Params): string {
  const loop =
    p.loop === 'size'
      ? [
          'for (sent = 0; sent < F; sent += n) {',
          '  n = read(3, buf, B);',
          '  if (n < 0) { perror("read"); exit(1); }',
          '  write(4, buf, n);',
          '}',
        ]
      : [
          'for (;;) {',
          '  n = read(3, buf, B);',
          '  if (n < 0) { perror("read"); exit(1); }',
          '  if (n == 0) break;',
          '  write(4, buf, n);',
          '}',
        ];
  return [
    '// direct-io: the disk DMAs straight into buf',
    ...constants('direct-io', p),
    'world process "sender";',
    'world file 3 = { size: F, cache: CACHE, flags: O_DIRECT }; // open(path, O_RDONLY | O_DIRECT)',
    'world tcp 4 = { sndbuf: SNDBUF, autocork: AUTOCORK };       // fd 4: a connected TCP socket',
    'world buffer buf = { size: B, offset: BUFOFF };           // aligned_alloc(4096, B) + BUFOFF',
    ...loop,
  ].join('\n');
}
