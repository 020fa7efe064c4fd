// Issue 14: a log with two sockets replays with each on a socket of its own, not squeezed into one.
import { describe, expect, it } from 'vitest';
import { getStraceLines, importStrace, replayStrace } from '../../../../src/sim/index';

const log = (...lines: string[]) => lines.join('\n') + '\n';

describe('importStrace with several sockets', () => {
  const server = log(
    'openat(AT_FDCWD, "/srv/f", O_RDONLY) = 3',
    'fstat(3, {st_mode=S_IFREG|0644, st_size=8192, ...}) = 0',
    'accept4(9, NULL, NULL, SOCK_CLOEXEC) = 10',
    'accept4(9, NULL, NULL, SOCK_CLOEXEC) = 11',
    'read(3, "\\1\\2"..., 8192) = 8192',
    'write(10, "\\1\\2"..., 8192) = 8192',
    'write(11, "\\1\\2"..., 4096) = 4096',
    'sendfile(11, 3, NULL, 4096) = 0',
    'close(11) = 0',
    'close(10) = 0',
  );

  it('declares a socket for each one the log sends on and keeps each call on its own', () => {
    const r = importStrace(server);
    expect(r.program).toContain('world tcp 4;');
    expect(r.program).toContain('world tcp 7;');
    const body = r.program.split('\n').filter((l) => !/^(\/\/|const|world)/.test(l) && l !== '');
    expect(body).toEqual([
      'syscall("openat", 3);',
      'syscall("fstat", 0);',
      'syscall("accept4", 4);',
      'syscall("accept4", 7);',
      'read(3, buf, 8192);',
      'write(4, buf, 8192);',
      'write(7, buf, 4096);',
      'sendfile(7, 3, NULL, 4096);',
      'close(7);',
      'close(4);',
    ]);
    expect(r.notices.map((n) => n.code)).not.toContain('otherFile');
  });

  it('replays with each socket’s fd in strace and the log’s results', () => {
    const { result, mismatches } = replayStrace(server);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(mismatches).toEqual([]);
    const lines = getStraceLines(result.trace).filter((l) => /^(write|sendfile|close)/.test(l));
    expect(lines).toEqual([
      'write(4, buf, 8192) = 8192',
      'write(7, buf, 4096) = 4096',
      'sendfile(7, 3, NULL, 4096) = 0',
      'close(7) = 0',
      'close(4) = 0',
    ]);
    expect(result.trace.totals.cpuCopies).toBe(3);
  });
});
