import { sysRead, sysReadDirect, sysWriteSocket } from '../kernel/fileIo';
import { LAYOUTS } from '../kernel/addressSpace';
import { S } from '../sites';
import { mapResidentBuffer } from '../userBuffer';
import { SENDER, type ScenarioDef } from './scenarioDef';

const HEADER = '// fd 3: the file (F bytes), fd 4: a connected TCP socket, buf: B bytes';

/** `read-write`: the traditional path, 2 CPU copies per chunk (DESIGN §4). */
export const readWrite: ScenarioDef = {
  id: 'read-write',
  tasks: SENDER,
  program: (p) =>
    p.loop === 'size'
      ? [
          HEADER,
          'for (sent = 0; sent < F; sent += n) {',
          '  n = read(3, buf, B);',
          '  write(4, buf, n);',
          '}',
        ]
      : [HEADER, 'for (;;) {', '  n = read(3, buf, B);', '  if (n == 0) break;', '  write(4, buf, n);', '}'],
  setup: (m, p) => mapResidentBuffer(m, 'read-write', p),
  run(k, line) {
    let pos = 0;
    for (;;) {
      if (k.p.loop === 'size' && pos >= k.p.file) break;
      k.trace.beginIteration();
      line(2);
      const n = sysRead(k, k.p.buf, pos);
      if (n === 0) {
        line(3);
        break;
      }
      line(k.p.loop === 'size' ? 3 : 4);
      sysWriteSocket(k, n, pos, S.copy.userToSkb);
      pos += n;
    }
  },
};

/** `direct-io`: fd 3 opened with O_DIRECT; the disk DMAs straight into the user buffer (rule 7). */
export const directIo: ScenarioDef = {
  id: 'direct-io',
  tasks: SENDER,
  program: (p) => [
    '// fd 3 = open(path, O_RDONLY | O_DIRECT), fd 4: TCP socket',
    `// buf = aligned_alloc(4096, B) + ${p.bufoff}`,
    p.loop === 'size' ? 'for (sent = 0; sent < F; sent += n) {' : 'for (;;) {',
    '  n = read(3, buf, B);',
    '  if (n < 0) { perror("read"); exit(1); }',
    p.loop === 'size' ? '  write(4, buf, n);' : '  if (n == 0) break;',
    p.loop === 'size' ? '}' : '  write(4, buf, n);',
    ...(p.loop === 'size' ? [] : ['}']),
  ],
  setup: (m, p) => mapResidentBuffer(m, 'direct-io', p),
  run(k, line) {
    const bufAddr = LAYOUTS[k.p.arch].userBuf + k.p.bufoff;
    let pos = 0;
    for (;;) {
      if (k.p.loop === 'size' && pos >= k.p.file) break;
      k.trace.beginIteration();
      line(3);
      const n = sysReadDirect(k, k.p.buf, pos, bufAddr);
      if (n < 0) {
        line(4);
        break;
      }
      if (n === 0) {
        line(5);
        break;
      }
      line(k.p.loop === 'size' ? 5 : 6);
      sysWriteSocket(k, n, pos, S.copy.userToSkb);
      pos += n;
    }
  },
};
