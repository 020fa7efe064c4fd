import { describe, expect, it } from 'vitest';
import { checkProgram, formatProblem, getStep, getStraceLines, runProgram } from '../../../src/sim/index';

const WORLD = [
  'world file 3 = { size: 8192, cache: "warm" };',
  'world tcp 4;',
  'world buffer buf = { size: 4096 };',
];

function run(lines: string[]) {
  const r = runProgram([...WORLD, ...lines].join('\n'));
  if (!r.ok) throw new Error(formatProblem(r.problem));
  return r.trace;
}

/** A program of WORLD alone: what every test subtracts to count its own calls. */
const base = run([]).totals;

describe('errors Linux gives', () => {
  it.each([
    ['read(7, buf, 4096)', 'read(7, buf, 4096) = -1 EBADF (Bad file descriptor)'],
    ['write(9, buf, 10)', 'write(9, buf, 10) = -1 EBADF (Bad file descriptor)'],
    ['write(3, buf, 10)', 'write(3, buf, 10) = -1 EBADF (Bad file descriptor)'],
    ['sendfile(4, 8, NULL, 100)', 'sendfile(4, 8, NULL, 100) = -1 EBADF (Bad file descriptor)'],
    ['close(-1)', 'close(-1) = -1 EBADF (Bad file descriptor)'],
    [
      'mmap(NULL, 4096, PROT_READ, MAP_SHARED, 5, 0)',
      'mmap(NULL, 4096, PROT_READ, MAP_SHARED, 5, 0) = -1 EBADF (Bad file descriptor)',
    ],
  ])('%s on a descriptor that is not open (or not for this) fails with EBADF', (call, line) => {
    const trace = run([`n = ${call};`, 'if (n != -1 || errno != EBADF) getpid();']);
    expect(getStraceLines(trace)).toEqual([line]);
    // Counted like any failed call: one system call, two mode switches, nothing moved.
    expect(trace.totals.syscalls - base.syscalls).toBe(1);
    expect(trace.totals.modeSwitches - base.modeSwitches).toBe(2);
    expect(trace.totals.cpuBytes).toBe(0);
    expect(trace.totals.dmaBytes).toBe(0);
  });

  it('close(3) then read(3): the descriptor is gone', () => {
    const trace = run(['close(3);', 'n = read(3, buf, 4096);', 'close(3);']);
    expect(getStraceLines(trace)).toEqual([
      'close(3) = 0',
      'read(3, buf, 4096) = -1 EBADF (Bad file descriptor)',
      'close(3) = -1 EBADF (Bad file descriptor)',
    ]);
    expect(trace.totals.cpuCopies).toBe(0);
  });

  it('a write to a closed socket fails; the pipe ends are open one way each', () => {
    const trace = run([
      'close(4);',
      'write(4, buf, 10);',
      'pipe2(p, 0);',
      'write(5, buf, 1);',
      'read(6, buf, 1);',
    ]);
    expect(getStraceLines(trace)).toEqual([
      'close(4) = 0',
      'write(4, buf, 10) = -1 EBADF (Bad file descriptor)',
      'pipe2([5, 6], 0) = 0',
      'write(5, buf, 1) = -1 EBADF (Bad file descriptor)',
      'read(6, buf, 1) = -1 EBADF (Bad file descriptor)',
    ]);
  });

  it('a forked child has its own copy of the descriptor table', () => {
    const r = runProgram(
      [
        'world file 3 = { size: 4096, cache: "warm" };',
        'world buffer buf = { size: 4096 };',
        'world process "parent", "child";',
        'pid = fork();',
        'if (pid == 0) { close(3); exit(0); }',
        'waitpid(pid, &status, 0);',
        'n = read(3, buf, 4096);',
      ].join('\n'),
    );
    expect(r.ok && getStraceLines(r.trace).filter((l) => /close|read/.test(l))).toEqual([
      '[pid 101] close(3) = 0',
      '[pid 100] read(3, buf, 4096) = 4096',
    ]);
  });

  it('EFAULT on a buffer the process has not mapped, EINVAL on a misaligned O_DIRECT read', () => {
    const fault = run(['read(3, 0x1000, 16);']);
    expect(getStraceLines(fault)).toEqual(['read(3, buf, 16) = -1 EFAULT (Bad address)']);
    const r = runProgram(
      [
        'world file 3 = { size: 8192, flags: O_DIRECT };',
        'world buffer buf = { size: 4096, offset: 1 };',
        'read(3, buf, 4096);',
      ].join('\n'),
    );
    expect(r.ok && getStraceLines(r.trace)).toEqual(['read(3, buf, 4096) = -1 EINVAL (Invalid argument)']);
  });

  it('a store to the kernel half kills the process with SIGSEGV too (error code 0x7: present, write, user)', () => {
    const trace = run(['*(char *)0xffffffff81000000 = 1;', 'getpid();']);
    expect(getStraceLines(trace)).toEqual([
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffffffff81000000} ---',
      '+++ killed by SIGSEGV +++',
    ]);
    expect(trace.totals.pageFaults).toBe(1);
    expect(trace.totals.modeSwitchesBy.exception).toBe(1);
    const fault = [...Array(trace.length).keys()]
      .map((i) => getStep(trace, i))
      .find((s) => s.kind === 'fault.enter');
    expect(fault?.params.err).toBe('0x7');
  });

  // What real Linux 6.18 printed for the same accesses (strace of a small C program, issue 14).
  it.each([
    ['x = *(long *)NULL;', 'SEGV_MAPERR', 'NULL', '0x4'],
    ['*(char *)16 = 1;', 'SEGV_MAPERR', '0x10', '0x6'],
  ])('%s: nothing is mapped below mmap_min_addr, so the process is killed (%s)', (stmt, code, addr, err) => {
    const trace = run([stmt, 'getpid();']);
    expect(getStraceLines(trace)).toEqual([
      `--- SIGSEGV {si_signo=SIGSEGV, si_code=${code}, si_addr=${addr}} ---`,
      '+++ killed by SIGSEGV +++',
    ]);
    const steps = [...Array(trace.length).keys()].map((i) => getStep(trace, i));
    expect(steps.find((s) => s.kind === 'fault.enter')?.site).toBe('fault.user_no_vma');
    expect(steps.find((s) => s.kind === 'fault.enter')?.params.err).toBe(err);
    expect(trace.totals.pageFaults).toBe(1);
    expect(trace.totals.modeSwitchesBy.exception).toBe(1);
  });

  it('a store into the read-only file mapping is an access error (SEGV_ACCERR), not copy-on-write', () => {
    const untouched = run([
      'p = mmap(NULL, 8192, PROT_READ, MAP_SHARED, 3, 0);',
      'p[4096] = 1;',
      'getpid();',
    ]);
    const addr = getStraceLines(untouched)[0]!.split(' = ')[1]!;
    expect(getStraceLines(untouched).slice(1)).toEqual([
      `--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x${(BigInt(addr) + 4096n).toString(16)}} ---`,
      '+++ killed by SIGSEGV +++',
    ]);
    const fault = [...Array(untouched.length).keys()]
      .map((i) => getStep(untouched, i))
      .find((s) => s.kind === 'fault.enter');
    // Not present yet (nothing touched the mapping): not present, write, user.
    expect(fault?.site).toBe('fault.user_access_error');
    expect(fault?.params.err).toBe('0x6');
    expect(untouched.totals.cpuCopies).toBe(0);
  });

  it('a load from the kernel half kills the process with SIGSEGV', () => {
    const trace = run(['x = *(long *)PAGE_OFFSET;', 'getpid();']);
    expect(getStraceLines(trace)).toEqual([
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffff888000000000} ---',
      '+++ killed by SIGSEGV +++',
    ]);
  });
});

describe('calls the model does not run', () => {
  it('syscall("name", ret) counts one system call and returns ret (or -1 and errno)', () => {
    const trace = run([
      'r = syscall("fstat", 0);',
      'e = syscall("openat", -ENOENT);',
      'if (r != 0 || e != -1 || errno != ENOENT) getpid();',
    ]);
    expect(getStraceLines(trace)).toEqual([
      'fstat(...) = 0',
      'openat(...) = -1 ENOENT (No such file or directory)',
    ]);
    expect(trace.totals.syscalls - base.syscalls).toBe(2);
    expect(trace.totals.modeSwitches - base.modeSwitches).toBe(4);
  });

  it('exit_group() in the first process shows as strace does, and ends it', () => {
    const trace = run(['exit_group(3);', 'getpid();']);
    expect(getStraceLines(trace)).toEqual(['exit_group(3) = ?', '+++ exited with 3 +++']);
    expect(trace.totals.syscalls - base.syscalls).toBe(1);
    expect(trace.totals.modeSwitches - base.modeSwitches).toBe(1);
  });

  it('a name Linux does not have is a check error with a suggestion', () => {
    const p = checkProgram('syscall("fsat", 0);');
    expect(p && formatProblem(p)).toBe("1:9: 'fsat' is not a Linux system call — did you mean 'fstat'?");
    const q = checkProgram('syscall(3, 0);');
    expect(q && formatProblem(q)).toMatch(/^1:9: syscall\(\) takes the call's name in quotes first/);
  });
});
