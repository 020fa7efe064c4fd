import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  SCENARIO_IDS,
  getStraceLines,
  runProgram,
  scenarioProgram,
  simulate,
} from '../../../src/sim/index';

const SENDER = [
  'world file 3 = { size: F, cache: "warm" };',
  'world tcp 4;',
  'world buffer buf = { size: 65536 };',
];

describe('programs in the scenario language', () => {
  it.each(SCENARIO_IDS)('%s: its printed program, run as a program, gives the same trace', (id) => {
    const p = { ...DEFAULT_PARAMS, file: 20000 };
    const canonical = simulate(id, p);
    const r = runProgram(scenarioProgram(id, p));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.trace.scenario).toBeNull();
    expect(r.trace.totals).toEqual(canonical.totals);
    expect(getStraceLines(r.trace)).toEqual(getStraceLines(canonical));
  });

  it('a program of its own: 64 KiB reads from a warm file make one copy in and one out per chunk', () => {
    const text = [
      'const F = 262144;',
      ...SENDER,
      'while ((n = read(3, buf, 65536)) > 0)',
      '  write(4, buf, n);',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.trace.totals.syscalls).toBe(9); // 4 reads with data, the read of EOF, 4 writes
    expect(r.trace.totals.cpuCopies).toBe(8);
    expect(r.trace.totals.diskRequests).toBe(0);
    expect(getStraceLines(r.trace)[8]).toBe('read(3, buf, 65536) = 0');
  });

  it('constants are overridden from outside, as flags and links do', () => {
    const text = [
      'const F = 4096;',
      ...SENDER,
      'for (sent = 0; sent < F; sent += n) {',
      '  n = read(3, buf, 4096);',
      '  write(4, buf, n);',
      '}',
    ].join('\n');
    const small = runProgram(text);
    const big = runProgram(text, { file: 16384 });
    expect(small.ok && small.trace.totals.syscalls).toBe(2);
    expect(big.ok && big.trace.totals.syscalls).toBe(8);
    expect(big.ok && big.trace.params.file).toBe(16384);
  });

  it('each step carries the line of the statement that made it', () => {
    const text = ['world process "p";', '', 'pid = getpid();'].join('\n');
    const r = runProgram(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = new Set<number>();
    const chunk = r.trace.columns.chunks[0]!;
    for (let i = 0; i < r.trace.length; i++) lines.add(chunk.line[i]!);
    expect([...lines]).toEqual([2]);
  });

  it('O_DIRECT with a misaligned buffer fails with EINVAL and the program ends at its check', () => {
    const text = [
      'world file 3 = { size: 4096, flags: O_DIRECT };',
      'world tcp 4;',
      'world buffer buf = { size: 4096, offset: 1 };',
      'n = read(3, buf, 4096);',
      'if (n < 0) { perror("read"); exit(1); }',
      'write(4, buf, n);',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok && getStraceLines(r.trace)).toEqual(['read(3, buf, 4096) = -1 EINVAL (Invalid argument)']);
  });

  it('mmap of a 4 GiB file on i386 fails with ENOMEM', () => {
    const text = [
      'const ARCH = "i386";',
      'world file 3 = { size: 4g };',
      'p = mmap(NULL, 4g, PROT_READ, MAP_SHARED, 3, 0);',
      'if (p == MAP_FAILED) exit(1);',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok && getStraceLines(r.trace)).toEqual([
      'mmap2(NULL, 4294967296, PROT_READ, MAP_SHARED, 3, 0) = -1 ENOMEM (Cannot allocate memory)',
    ]);
  });

  it('a child that loads a kernel address is killed; its parent goes on', () => {
    const text = [
      'world process "parent", "child";',
      'pid = fork();',
      'if (pid == 0) { x = *(long *)0xffffffff81000000; exit(0); }',
      'waitpid(pid, &status, 0);',
      'getpid();',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const strace = getStraceLines(r.trace);
    expect(strace.some((l) => l.includes('si_addr=0xffffffff81000000'))).toBe(true);
    expect(strace.some((l) => l.startsWith('[pid 101] +++ killed by SIGSEGV'))).toBe(true);
    expect(strace[strace.length - 1]).toBe('[pid 100] getpid() = 100');
  });

  it('a child its parent never waits for runs after the parent ends, then exits', () => {
    const text = [
      'world process "parent", "child";',
      'pid = fork();',
      'if (pid == 0) { getpid(); exit(3); }',
      'getpid();',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok && getStraceLines(r.trace)).toEqual([
      '[pid 100] clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=ADDR) = 101',
      '[pid 100] getpid() = 100',
      '[pid 101] getpid() = 101',
      '[pid 101] exit_group(3) = ?',
      '[pid 101] +++ exited with 3 +++',
    ]);
  });

  it('read and write with a buffer the process has not mapped fail with EFAULT; nothing moves', () => {
    const text = [
      'world file 3 = { size: 8192, cache: "warm" };',
      'world tcp 4;',
      'world buffer buf = { size: 4096 };',
      'n = read(3, buf + 4096, 4096);',
      'if (n < 0 && errno == EFAULT) write(4, 0x1000, 100);',
    ].join('\n');
    const r = runProgram(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(getStraceLines(r.trace)).toEqual([
      'read(3, buf, 4096) = -1 EFAULT (Bad address)',
      'write(4, buf, 100) = -1 EFAULT (Bad address)',
    ]);
    expect(r.trace.totals.cpuCopies).toBe(0);
    expect(r.trace.totals.dmaTransfers).toBe(0);
  });
});
