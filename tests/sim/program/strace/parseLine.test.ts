import { describe, expect, it } from 'vitest';
import { importStrace } from '../../../../src/sim/index';

/** The program's statements (no comment, constants or world). */
function body(log: string): string[] {
  return importStrace(log)
    .program.split('\n')
    .filter((l) => l !== '' && !/^(\/\/|const |world )/.test(l));
}

/** The same short run, as strace prints it with different options. */
function run(prefix: string, suffix = '', fd = (n: number) => String(n)): string {
  return [
    `openat(AT_FDCWD, "f", O_RDONLY) = ${fd(3)}`,
    `socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = ${fd(4)}`,
    `read(${fd(3)}, "a\\"),(b"..., 4096) = 6`,
    `write(${fd(4)}, "a\\"),(b", 6) = 6`,
    'close(-1) = -1 EBADF (Bad file descriptor)',
    'exit_group(0) = ?',
  ]
    .map((l) => `${prefix}${l}${l.endsWith('?') ? '' : suffix}`)
    .join('\n');
}

const EXPECTED = [
  'syscall("openat", 3);',
  'syscall("socket", 4);',
  'read(3, buf, 4096);',
  'write(4, buf, 6);',
  'close(-1);',
  'exit_group(0);',
];

describe('strace output formats the importer reads', () => {
  it.each([
    ['plain', run('')],
    ['-f -o (pid prefix)', run('12345 ')],
    ['-f to a terminal ([pid N])', run('[pid 12345] ')],
    ['-t', run('12:34:56 ')],
    ['-tt with a pid', run('12345 12:34:56.123456 ')],
    ['-ttt', run('1700000000.123456 ')],
    ['-r', run('     0.000123 ')],
    ['-T', run('', ' <0.000012>')],
    ['-y (a comma in the path)', run('', '', (n) => `${n}</tmp/a, b.bin>`)],
    ['-yy', run('', '', (n) => (n === 4 ? '4<TCP:[127.0.0.1:1->127.0.0.1:2]>' : `${n}</f>`))],
    ['-X raw', run('').replace('-1 EBADF (Bad file descriptor)', '-1 (errno 9)')],
  ])('%s', (_name, log) => {
    expect(body(log)).toEqual(EXPECTED);
  });

  it('joins <unfinished ...> with its <... resumed> half, at the line where the call started', () => {
    const log = [
      '100 openat(AT_FDCWD, "f", O_RDONLY) = 3',
      '100 read(3,  <unfinished ...>',
      '101 getpid() = 101',
      '100 <... read resumed>"abc", 4096) = 3',
    ].join('\n');
    const r = importStrace(log);
    expect(r.calls.map((c) => [c.line, c.name, c.logged])).toEqual([
      [1, 'openat', 3],
      [2, 'read', 3],
    ]);
    // 101 is not a child of 100 in this log: a third process.
    expect(r.notices.filter((n) => n.code === 'otherProcess').map((n) => n.line)).toEqual([3]);
  });

  it('reads argument vectors: commas inside strings and brackets do not split', () => {
    const log = [
      'openat(AT_FDCWD, "f", O_RDONLY) = 3',
      'socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4',
      'writev(4, [{iov_base="a,b", iov_len=3}, {iov_base="", iov_len=5}], 2) = 8',
    ].join('\n');
    expect(body(log)).toContain('iov[0] = buf; iov[1] = 3; iov[2] = buf + 3; iov[3] = 5; writev(4, iov, 2);');
  });

  it.each([
    'strace: Process 123 attached',
    '# a comment',
    'read(3, "abc"..., 40',
    'read(3, buf, 1)',
    '--- stopped by SIGSTOP',
    '+++ exited +++',
  ])('skips %j with a notice naming its line', (line) => {
    const r = importStrace(`openat(AT_FDCWD, "f", O_RDONLY) = 3\n${line}\n`);
    expect(r.notices.filter((n) => n.code === 'unreadable').map((n) => n.line)).toEqual([2]);
  });
});
