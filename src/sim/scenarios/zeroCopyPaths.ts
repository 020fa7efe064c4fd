import { sysPipe2, sysSendfile, sysSpliceIn, sysSpliceOut } from '../kernel/fileIo';
import { sysMmap, sysMunmap, writeFromMapping } from '../kernel/memory';
import { MAX_RW_COUNT } from '../units';
import { SENDER, type ScenarioDef } from './scenarioDef';

/** `mmap-write`: share page-cache frames with user space; the fault happens inside write() (rule 6). */
export const mmapWrite: ScenarioDef = {
  id: 'mmap-write',
  tasks: SENDER,
  program: () => [
    '// fd 3: the file (F bytes), fd 4: a connected TCP socket',
    'p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0);',
    'if (p == MAP_FAILED) { perror("mmap"); exit(1); }',
    'for (off = 0; off < F; off += n)',
    '  n = write(4, p + off, F - off);',
    'munmap(p, F);',
  ],
  run(k, line) {
    line(1);
    const addr = sysMmap(k, k.p.file);
    if (addr < 0) {
      line(2);
      return;
    }
    const mapped = { upTo: 0 };
    for (let off = 0; off < k.p.file;) {
      k.trace.beginIteration();
      line(4);
      off += writeFromMapping(k, addr, off, k.p.file - off, mapped);
    }
    line(5);
    sysMunmap(k, addr, k.p.file);
  },
};

/** `sendfile`: no user copy; with SG no CPU copy at all (rule 4). */
export const sendfile: ScenarioDef = {
  id: 'sendfile',
  tasks: SENDER,
  program: (p) =>
    p.loop === 'size'
      ? [
          '// fd 3: the file (F bytes), fd 4: a connected TCP socket',
          'for (left = F; left > 0; left -= n)',
          '  n = sendfile(4, 3, NULL, left);',
        ]
      : [
          '// fd 3: the file (F bytes), fd 4: a connected TCP socket',
          'while ((n = sendfile(4, 3, NULL, F)) > 0)',
          '  ;',
        ],
  run(k, line) {
    const count = Math.min(k.p.file, MAX_RW_COUNT);
    for (let pos = 0; ;) {
      if (k.p.loop === 'size' && pos >= k.p.file) break;
      k.trace.beginIteration();
      line(k.p.loop === 'size' ? 2 : 1);
      const n = sysSendfile(k, k.p.loop === 'size' ? k.p.file - pos : count, pos);
      if (n === 0) break;
      pos += n;
    }
  },
};

/** `splice`: page references move through a pipe (rule 5). */
export const splice: ScenarioDef = {
  id: 'splice',
  tasks: SENDER,
  program: (p) =>
    p.loop === 'size'
      ? [
          '// fd 3: the file (F bytes), fd 4: a connected TCP socket',
          'pipe2(p, 0);',
          'for (left = F; left > 0; left -= n) {',
          '  n = splice(3, NULL, p[1], NULL, min(left, 65536), 0);',
          '  splice(p[0], NULL, 4, NULL, n, 0);',
          '}',
        ]
      : [
          '// fd 3: the file (F bytes), fd 4: a connected TCP socket',
          'pipe2(p, 0);',
          'for (;;) {',
          '  n = splice(3, NULL, p[1], NULL, 65536, 0);',
          '  if (n == 0) break;',
          '  splice(p[0], NULL, 4, NULL, n, 0);',
          '}',
        ],
  run(k, line) {
    line(1);
    sysPipe2(k);
    for (let pos = 0; ;) {
      if (k.p.loop === 'size' && pos >= k.p.file) break;
      k.trace.beginIteration();
      line(3);
      const n = sysSpliceIn(k, Math.min(k.p.loop === 'size' ? k.p.file - pos : 65536, 65536), pos);
      if (n === 0) {
        line(4);
        break;
      }
      line(k.p.loop === 'size' ? 4 : 5);
      sysSpliceOut(k, n, pos);
      pos += n;
    }
  },
};
