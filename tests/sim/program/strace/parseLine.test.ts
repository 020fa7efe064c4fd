import { describe, expect, it } from 'vitest';
import { parseStraceLine, splitArgs } from '../../../../src/sim/program/strace/parseLine';

describe('parseStraceLine', () => {
  it.each([
    ['read(3, "abc"..., 4096) = 4096', null, 'read', 4096],
    ['12345 read(3, "abc"..., 4096) = 4096', 12345, 'read', 4096],
    ['[pid 12345] read(3, "abc"..., 4096) = 4096', 12345, 'read', 4096],
    ['12345 12:34:56.123456 read(3, "a", 1) = 1', 12345, 'read', 1], // -tt
    ['12:34:56 read(3, "a", 1) = 1', null, 'read', 1], // -t
    ['1700000000.123456 read(3, "a", 1) = 1', null, 'read', 1], // -ttt
    ['     0.000123 read(3, "a", 1) = 1', null, 'read', 1], // -r
    ['read(3, "a", 1) = 1 <0.000012>', null, 'read', 1], // -T
    ['read(3</tmp/f, x.bin>, "a", 1) = 1', null, 'read', 1], // -y, a comma in the path
    ['write(4<TCP:[127.0.0.1:1->127.0.0.1:2]>, "a", 1) = 1', null, 'write', 1], // -yy
    ['openat(AT_FDCWD, "f", O_RDONLY) = 3</tmp/f>', null, 'openat', 3],
    ['close(-1) = -1 EBADF (Bad file descriptor)', null, 'close', -9],
    ['close(-1) = -1 (errno 9)', null, 'close', -9], // -X raw
    ['mmap(NULL, 10000, PROT_READ, MAP_SHARED, 3, 0) = 0x7f04e9974000', null, 'mmap', 0x7f04e9974000],
    ['exit_group(0) = ?', null, 'exit_group', null],
    ['read(3, "a\\"),(b"..., 4096) = 5', null, 'read', 5], // quotes and brackets inside a string
  ])('%s', (line, pid, name, ret) => {
    const e = parseStraceLine(line);
    expect(e).toMatchObject({ k: 'call', pid, name, ret });
  });

  it('splits arguments at top-level commas only', () => {
    expect(splitArgs('3, [{iov_base="a,b", iov_len=3}, {iov_base="", iov_len=5}], 2')).toEqual([
      '3',
      '[{iov_base="a,b", iov_len=3}, {iov_base="", iov_len=5}]',
      '2',
    ]);
  });

  it('reads unfinished and resumed halves, signals and exits', () => {
    expect(parseStraceLine('30152 wait4(30153,  <unfinished ...>')).toMatchObject({
      k: 'unfinished',
      pid: 30152,
      name: 'wait4',
    });
    expect(
      parseStraceLine('30152 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 30153'),
    ).toMatchObject({ k: 'resumed', name: 'wait4' });
    expect(
      parseStraceLine('--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffff888000000000} ---'),
    ).toMatchObject({ k: 'signal', signal: 'SIGSEGV', addr: 0xffff888000000000 });
    expect(parseStraceLine('[pid 7] +++ exited with 3 +++')).toEqual({ k: 'exited', pid: 7, status: 3 });
    expect(parseStraceLine('+++ killed by SIGSEGV (core dumped) +++')).toMatchObject({
      k: 'killed',
      signal: 'SIGSEGV',
    });
  });

  it.each([
    'strace: Process 123 attached',
    '# a comment',
    'read(3, "abc"..., 40', // a truncated last line
    'read(3, buf, 1)',
    '',
  ])('cannot read %j', (line) => {
    expect(parseStraceLine(line)).toBeNull();
  });
});
