import type { Params } from '../params';
import { constants } from './header';

/** open(2) flags of the written file for each `sync` (O_TRUNC: it starts empty). */
export function outFlags(sync: Params['sync']): string {
  const base = 'O_WRONLY | O_CREAT | O_TRUNC';
  if (sync === 'osync') return `${base} | O_SYNC`;
  if (sync === 'direct') return `${base} | O_DIRECT`;
  return base;
}

/** The receive loop: one recv() and one write() per chunk, as read-write's mirror. */
function recvLoop(p: Params): string[] {
  return p.loop === 'size'
    ? ['for (got = 0; got < F; got += n) {', '  n = recv(4, buf, B, 0);', '  write(3, buf, n);', '}']
    : ['for (;;) {', '  n = recv(4, buf, B, 0);', '  if (n == 0) break;', '  write(3, buf, n);', '}'];
}

/**
 * O_DIRECT needs whole aligned blocks: recv() returns what has arrived, so the buffer is filled by several
 * calls before each write (rule 7's EINVAL for a length that is not a multiple of ALIGN).
 */
function recvDirectLoop(p: Params): string[] {
  const write = '  if (write(3, buf, n) < 0) { perror("write"); exit(1); }';
  return p.loop === 'size'
    ? [
        'for (got = 0; got < F; got += n) {',
        '  for (n = 0; n < B && got + n < F; n += r)',
        '    r = recv(4, buf + n, min(B - n, F - got - n), 0);',
        write,
        '}',
      ]
    : [
        'for (;;) {',
        '  for (n = 0; n < B; n += r) {',
        '    r = recv(4, buf + n, B - n, 0);',
        '    if (r == 0) break;',
        '  }',
        '  if (n == 0) break;',
        write,
        '}',
      ];
}

/** `recv-write` (issue 16): receive a file from a TCP peer and write it to a file; `sync` says how it gets to disk. */
export function recvWriteProgram(p: Params): string {
  return [
    `// recv-write: the receive path, then the write path (sync=${p.sync})`,
    ...constants('recv-write', p),
    'world process "receiver";',
    'world tcp 4 = { peer: F, mss: MSS, coalesce: COALESCE }; // fd 4: connected; the peer sends F bytes',
    `world file 3 = { flags: ${outFlags(p.sync)}, dirty_expire: EXPIRE };`,
    `world buffer buf = { size: B };${p.sync === 'direct' ? '                 // aligned_alloc(4096, B)' : ''}`,
    ...(p.sync === 'direct' ? recvDirectLoop(p) : recvLoop(p)),
    ...(p.sync === 'fsync' ? ['fsync(3);                 // returns when the pages are on the disk'] : []),
  ].join('\n');
}

/** copy_file_range(2) until the whole file is copied (issue 17): no user buffer at all. */
export function copyFileRangeLoop(): string[] {
  return ['for (left = F; left > 0; left -= n)', '  n = copy_file_range(3, NULL, 4, NULL, left, 0);'];
}

/** The copy loop of each `method` (fd 3: the source, fd 4: the copy). */
function copyLoop(method: Params['method']): string[] {
  switch (method) {
    case 'rw':
      return ['for (done = 0; done < F; done += n) {', '  n = read(3, buf, B);', '  write(4, buf, n);', '}'];
    case 'mmap':
      return [
        'p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0);',
        'if (p == MAP_FAILED) { perror("mmap"); exit(1); }',
        'for (off = 0; off < F; off += n)',
        '  n = write(4, p + off, F - off);',
        'munmap(p, F);',
      ];
    case 'sendfile':
      return [
        'for (left = F; left > 0; left -= n)',
        '  n = sendfile(4, 3, NULL, left);   // a file as out_fd: Linux ≥ 2.6.33',
      ];
    case 'copy_file_range':
      return copyFileRangeLoop();
    case 'splice':
      return [
        'pipe2(p, 0);',
        'for (left = F; left > 0; left -= n) {',
        '  n = splice(3, NULL, p[1], NULL, min(left, 65536), 0);',
        '  splice(p[0], NULL, 4, NULL, n, 0);',
        '}',
      ];
  }
}

/** `file-copy` (issue 16): the classic "cp" question — copy a file to another on the same file system. */
export function fileCopyProgram(p: Params): string {
  return [
    `// file-copy: method=${p.method}, sync=${p.sync}`,
    ...constants('file-copy', p),
    'world process "cp";',
    'world file 3 = { size: F, cache: CACHE };      // the source, F bytes',
    `world file 4 = { flags: ${outFlags(p.sync)}, dirty_expire: EXPIRE }; // the copy, empty`,
    ...(p.method === 'rw' ? ['world buffer buf = { size: B };'] : []),
    ...copyLoop(p.method),
    ...(p.sync === 'fsync' ? ['fsync(4);'] : []),
  ].join('\n');
}
