import { describe, expect, it } from 'vitest';
import {
  getStraceLines,
  importStrace,
  replayStrace,
  runProgram,
  straceMismatches,
} from '../../../../src/sim/index';

const log = (...lines: string[]) => lines.join('\n') + '\n';

describe('importStrace', () => {
  const server = log(
    '100 execve("./srv", ["./srv"], 0x7ffc /* 3 vars */) = 0',
    '100 openat(AT_FDCWD, "/data/f", O_RDONLY|O_DIRECT) = 5',
    '100 fstat(5, {st_mode=S_IFREG|0644, st_size=8192, ...}) = 0',
    '100 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 7',
    'this is a stray comment',
    '100 read(5, "\\1\\2"..., 1000) = 1000',
    '100 write(7, "\\1\\2"..., 1000) = 1000',
    '100 write(1, "done\\n", 5) = 5',
    '100 close(7) = 0',
    '100 read(7, 0x7ffd0000, 10) = -1 EBADF (Bad file descriptor)',
    '100 exit_group(0) = ?',
    '100 +++ exited with 0 +++',
    '100 read(5, "tru',
  );

  it("renumbers the log's file and socket to the model's fd 3 and 4, with the log's size and flags", () => {
    const r = importStrace(server);
    expect(r.program).toContain('const F = 8192;');
    expect(r.program).toContain('world process "srv";');
    expect(r.program).toContain('world file 3 = { size: F, cache: CACHE, flags: O_DIRECT };');
    expect(r.program).toContain('world tcp 4;');
    const body = r.program.split('\n').filter((l) => !/^(\/\/|const|world)/.test(l) && l !== '');
    expect(body).toEqual([
      'syscall("execve", 0);',
      'syscall("openat", 3);',
      'syscall("fstat", 0);',
      'syscall("socket", 4);',
      'read(3, buf, 1000);',
      'write(4, buf, 1000);',
      'syscall("write", 5);',
      'close(4);',
      'read(7, buf, 10);',
      'exit_group(0);',
    ]);
  });

  it('skips unreadable lines with a notice naming them, and says what stays opaque', () => {
    const { notices } = importStrace(server);
    const byCode = (code: string) => notices.filter((n) => n.code === code).map((n) => n.line);
    expect(byCode('unreadable')).toEqual([5, 13]);
    expect(byCode('inheritedFd')).toEqual([8]);
    expect(byCode('fileSize')).toEqual([0]);
    expect(notices.find((n) => n.code === 'opaqueSummary')?.message).toBe(
      'Calls the model does not run, kept as opaque calls (counted, not run): execve, openat, fstat, socket, write (5 in all).',
    );
  });

  it('marks a result the model does not reproduce with both values (the log read 1000 bytes; O_DIRECT says EINVAL)', () => {
    const r = replayStrace(server);
    expect(r.result.ok).toBe(true);
    expect(r.mismatches).toEqual([
      {
        line: 6,
        name: 'read',
        logged: '1000',
        model: '-1 EINVAL (Invalid argument)',
        step: expect.any(Number),
      },
    ]);
    if (!r.result.ok) return;
    const lines = getStraceLines(r.result.trace);
    expect(lines).toContain('read(7, buf, 10) = -1 EBADF (Bad file descriptor)');
    expect(r.result.trace.totals.syscalls).toBe(10);
  });

  it('follows a fork: the child runs in if (pid == 0), a third process is skipped with a notice', () => {
    const r = replayStrace(
      log(
        'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = 201',
        '[pid   201] getpid( <unfinished ...>',
        'wait4(-1,  <unfinished ...>',
        '[pid   201] <... getpid resumed>) = 201',
        '[pid   201] exit_group(0) = ?',
        '[pid   201] +++ exited with 0 +++',
        '<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 201',
        '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=201, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---',
        'clone(child_stack=NULL, flags=SIGCHLD) = 202',
        '[pid 202] getpid() = 202',
        'exit_group(0) = ?',
        '+++ exited with 0 +++',
      ),
    );
    expect(r.imported.program).toContain(
      [
        'pid = fork();',
        'if (pid == 0) {',
        '  getpid();',
        '  exit_group(0);',
        '}',
        'waitpid(pid, &status, 0);',
      ].join('\n'),
    );
    expect(r.imported.notices.filter((n) => n.code === 'otherProcess').map((n) => n.line)).toEqual([10]);
    expect(r.result.ok && r.result.trace.totals.syscalls).toBe(6);
    expect(r.mismatches).toEqual([]);
  });

  it('maps dup2, pread64, readv, writev and sendto onto the one file and socket', () => {
    const r = replayStrace(
      log(
        'openat(AT_FDCWD, "a", O_RDONLY) = 3',
        'socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4',
        'dup2(4, 9) = 9',
        'close(4) = 0',
        'pread64(3, "x"..., 4096, 0) = 4096',
        'writev(9, [{iov_base="x"..., iov_len=4000}, {iov_base="y", iov_len=96}], 2) = 4096',
        'readv(3, [{iov_base="x"..., iov_len=4096}], 1) = 100',
        'sendto(9, "x"..., 100, 0, NULL, 0) = 100',
        'read(3, "", 4096) = 0',
        'read(12, "z", 1) = 1',
      ),
    );
    const body = r.imported.program.split('\n').filter((l) => /^(read|write|close|syscall|iov)/.test(l));
    expect(body).toEqual([
      'syscall("openat", 3);',
      'syscall("socket", 4);',
      'syscall("dup2", 9);',
      'syscall("close", 0);',
      'read(3, buf, 4096);',
      // Issue 18: a writev of two iovecs is the program's iovec array and a writev of it.
      'iov[0] = buf; iov[1] = 4000; iov[2] = buf + 4000; iov[3] = 96; writev(4, iov, 2);',
      'read(3, buf, 4096);',
      'write(4, buf, 100);',
      'read(3, buf, 4096);',
      // A descriptor the log never opened, read from: a file of its own (issue 14), as big as what it gave.
      'read(20, buf, 1);',
    ]);
    expect(r.imported.program).toContain('const F = 4196;');
    expect(r.imported.program).toContain('world file 20 = { size: 1, cache: CACHE };');
    expect(r.imported.program).toContain('int iov[4];');
    expect(r.imported.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['noFileSize', 'asRead']));
    expect(r.imported.notices.find((n) => n.code === 'unknownFd')?.params).toMatchObject({
      fd: 12,
      as: 'file',
      model: 20,
    });
    expect(r.mismatches).toEqual([]);
  });

  it("replays nginx's tcp_nopush: setsockopt(TCP_CORK) on the socket is the program's, other options opaque", () => {
    const r = replayStrace(
      log(
        'accept4(6, {sa_family=AF_INET}, [112 => 16], SOCK_NONBLOCK) = 7',
        'openat(AT_FDCWD, "/var/www/html/f.bin", O_RDONLY|O_NONBLOCK) = 8',
        'newfstatat(8, "", {st_mode=S_IFREG|0644, st_size=10000, ...}, AT_EMPTY_PATH) = 0',
        'setsockopt(7, SOL_TCP, TCP_CORK, [1], 4) = 0',
        'writev(7, [{iov_base="HTTP/1.1 200 OK\\r\\n"..., iov_len=239}], 1) = 239',
        'sendfile(7, 8, [0] => [10000], 10000) = 10000',
        'setsockopt(7, SOL_TCP, TCP_CORK, [0], 4) = 0',
        'setsockopt(7, SOL_TCP, TCP_NODELAY, [1], 4) = 0',
      ),
      { cache: 'warm' },
    );
    const text = r.imported.program;
    expect(text).toContain('cork = 1; setsockopt(4, SOL_TCP, TCP_CORK, &cork, 4);');
    expect(text).toContain('cork = 0; setsockopt(4, SOL_TCP, TCP_CORK, &cork, 4);');
    expect(text).toContain('syscall("setsockopt", 0);');
    expect(r.mismatches).toEqual([]);
    if (!r.result.ok) throw new Error('the replay failed');
    // Corked, the header and the file leave together: 10,239 bytes in two skbs, split at the last whole MSS
    // (the header alone would have been a third).
    expect(r.result.trace.totals.dmaTransfers).toBe(2);
    expect(r.result.trace.totals.dmaBytes).toBe(10239);
    expect(r.result.trace.totals.syscalls).toBe(8);
  });

  it("replays RocketMQ's producer: a writable shared mapping of the written file and its msync", () => {
    const r = replayStrace(
      log(
        'accept4(3, NULL, NULL, SOCK_CLOEXEC) = 6',
        'openat(AT_FDCWD, "/store/commitlog/00000000000000000000", O_RDWR|O_CREAT, 0644) = 8',
        'ftruncate(8, 8192) = 0',
        'mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_SHARED, 8, 0) = 0x7f0000000000',
        'read(6, "m"..., 4096) = 4096',
        'read(6, "m"..., 4096) = 4096',
        'msync(0x7f0000000000, 8192, MS_SYNC) = 0',
      ),
      { preset: 'loopback' },
    );
    const text = r.imported.program;
    expect(text).toContain('world file 3 = { flags: O_RDWR | O_CREAT | O_TRUNC };');
    expect(text).toContain('p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, 3, 0);');
    expect(text).toContain('msync(p, 8192, MS_SYNC);');
    expect(r.imported.notices.map((n) => n.code)).toContain('storesUnseen');
    expect(r.mismatches).toEqual([]);
  });

  it('replays a log that reads several files: each is a file of its own with its size, and the counts follow', () => {
    const r = replayStrace(
      log(
        'openat(AT_FDCWD, "a", O_RDONLY) = 3',
        'socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4',
        'read(3, "x"..., 4096) = 4096',
        'write(4, "x"..., 4096) = 4096',
        'read(3, "", 4096) = 0',
        'openat(AT_FDCWD, "b", O_RDONLY) = 5',
        'fstat(5, {st_mode=S_IFREG|0644, st_size=10000, ...}) = 0',
        'read(5, "x"..., 8192) = 8192',
        'sendfile(4, 5, NULL, 1808) = 1808',
        'openat(AT_FDCWD, "c", O_RDONLY|O_DIRECT) = 6',
        'pread64(6, "x"..., 4096, 0) = 4096',
      ),
    );
    const program = r.imported.program;
    // The file with a known size is the first (fd 3); the others are files 20 and 21, sized by what they gave.
    expect(program).toContain('world file 3 = { size: F, cache: CACHE };');
    expect(program).toContain('world file 20 = { size: 4096, cache: CACHE };');
    expect(program).toContain('world file 21 = { size: 4096, cache: CACHE, flags: O_DIRECT };');
    const body = program.split('\n').filter((l) => /^(read|write|sendfile)/.test(l));
    expect(body).toEqual([
      'read(20, buf, 4096);',
      'write(4, buf, 4096);',
      'read(20, buf, 4096);',
      'read(3, buf, 8192);',
      'sendfile(4, 3, NULL, 1808);',
      'read(21, buf, 4096);',
    ]);
    expect(r.mismatches).toEqual([]);
    expect(r.result.ok).toBe(true);
    if (!r.result.ok) return;
    const { totals } = r.result.trace;
    // 11 calls; copies: a's read and its write, b's read (a's EOF read copies nothing, sendfile gathers
    // b's pages, O_DIRECT's read of c moves its page by DMA).
    expect(totals.syscalls).toBe(11);
    expect(totals.cpuCopies).toBe(3);
    expect(totals.cpuBytes).toBe(4096 + 4096 + 8192);
    // Each file is read from disk (cold): a's page, b's pages, c's direct read.
    expect(totals.diskRequests).toBeGreaterThanOrEqual(3);
  });

  it('takes descriptors a log never opened (strace -p attached later) as the file and the socket', () => {
    const r = replayStrace(
      log(
        '[pid 5] read(5, "x"..., 4096) = 4096',
        '[pid 5] sendto(6, "x"..., 4096, MSG_NOSIGNAL, NULL, 0) = 4096',
        '[pid 5] read(5, "", 4096) = 0',
        '[pid 5] write(2, "bye", 3) = 3',
      ),
    );
    const body = r.imported.program.split('\n').filter((l) => /^(read|write|syscall)/.test(l));
    expect(body).toEqual([
      'read(3, buf, 4096);',
      'write(4, buf, 4096);',
      'read(3, buf, 4096);',
      'syscall("write", 3);',
    ]);
    expect(r.imported.notices.filter((n) => n.code === 'unknownFd').map((n) => n.params.fd)).toEqual([5, 6]);
    expect(r.mismatches).toEqual([]);
  });

  it('says so when the child is a thread', () => {
    const r = importStrace(
      log(
        'clone(child_stack=0x7f00, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM) = 8',
        '[pid 8] getpid() = 7',
      ),
    );
    expect(r.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['thread', 'childExit']));
    expect(r.program).toContain('if (pid == 0) {\n  getpid();\n  exit(0);\n}');
  });

  it('replays a fault on the kernel half as a load that kills the process', () => {
    const r = replayStrace(
      log(
        'close(-1) = -1 EBADF (Bad file descriptor)',
        '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffffffff81000000} ---',
        '+++ killed by SIGSEGV +++',
      ),
    );
    expect(r.imported.program).toContain('x = *(long *)0xffffffff81000000;');
    expect(r.result.ok && getStraceLines(r.result.trace)).toEqual([
      'close(-1) = -1 EBADF (Bad file descriptor)',
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffffffff81000000} ---',
      '+++ killed by SIGSEGV +++',
    ]);
  });

  it('folds repeats into loops, and leaves out what does not fit in 255 lines with a notice', () => {
    const repeats = Array.from({ length: 300 }, () => [
      'read(3, "x", 10) = 10',
      'write(4, "x", 10) = 10',
    ]).flat();
    const folded = replayStrace(
      log('openat(AT_FDCWD, "a", O_RDONLY) = 3', 'socket(1, 1, 0) = 4', ...repeats),
    );
    expect(folded.imported.program).toContain('for (i = 0; i < 300; i += 1) {');
    expect(folded.result.ok && folded.result.trace.totals.syscalls).toBe(602);
    const distinct = Array.from({ length: 400 }, (_, i) => `read(3, "x", ${i + 1}) = ${i + 1}`);
    const cut = replayStrace(log('openat(AT_FDCWD, "a", O_RDONLY) = 3', ...distinct));
    expect(cut.imported.program.split('\n').length).toBeLessThanOrEqual(256);
    const tooLong = cut.imported.notices.find((n) => n.code === 'tooLong');
    expect(tooLong?.line).toBeGreaterThan(200);
    expect(cut.result.ok).toBe(true);
    expect(cut.result.ok && cut.result.trace.totals.syscalls).toBe(cut.imported.calls.length);
    expect(cut.mismatches).toEqual([]);
  });

  it('an empty or unreadable paste gives an empty program that runs', () => {
    for (const text of ['', 'hello\nworld', '\u0000\u0001']) {
      const r = replayStrace(text);
      expect(r.result.ok).toBe(true);
      expect(r.result.ok && r.result.trace.totals.syscalls).toBe(0);
    }
  });
});

describe('a log call the model never made', () => {
  it('has no model value (null): the CLI and a view each say it in their own words', () => {
    const imported = importStrace('4711 getpid() = 4711\n4711 getpid() = 4711\n');
    // A run that ends after the first call: the log's second getpid has no call in the model.
    const r = runProgram('getpid();');
    if (!r.ok) throw new Error(r.problem.message);
    expect(straceMismatches(imported, r.trace)).toEqual([
      { line: 2, name: 'getpid', logged: '4711', model: null, step: -1 },
    ]);
  });
});
