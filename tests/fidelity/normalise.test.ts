// The normal form must make a real strace capture and the simulator's lines for the same program
// converge, without hiding what the fidelity test is about (names, fds, sizes, flags, results, errors).
import { describe, expect, it } from 'vitest';
import { joinResumed, normaliseStrace, normaliseStraceLine } from './normalise';

describe('normaliseStraceLine', () => {
  it.each([
    [
      'read(3, "\\236qw\\250\\273\\331\\203\\200\\255\\352\\265\\21d\\271B+\\215\\225;\\n\\244Dr\\222x\\2\\346\\300\\341\\363\\267\\250"..., 4096) = 4096',
      'read(3, buf, 4096) = 4096',
    ],
    ['read(3, "", 4096)                 = 0', 'read(3, buf, 4096) = 0'],
    ['write(4, "a \\"quoted\\" = b", 14) = 14', 'write(4, buf, 14) = 14'],
    // The simulator prints the program's own name for the buffer: mmap-write passes its mapping p.
    ['write(4, p, 10000) = 10000', 'write(4, buf, 10000) = 10000'],
    [
      'read(3, 0x4b9001, 4096)           = -1 EINVAL (Invalid argument)',
      'read(3, buf, 4096) = -1 EINVAL (Invalid argument)',
    ],
    [
      'mmap(NULL, 10000, PROT_READ, MAP_SHARED, 3, 0) = 0x7f25efa21000',
      'mmap(NULL, 10000, PROT_READ, MAP_SHARED, 3, 0) = ADDR',
    ],
    ['munmap(0x7f0000000000, 10000)     = 0', 'munmap(ADDR, 10000) = 0'],
    ['pipe2([5, 6], 0)                  = 0', 'pipe2([5, 6], 0) = 0'],
    ['splice(3, NULL, 6, NULL, 65536, 0) = 4096', 'splice(3, NULL, 6, NULL, 65536, 0) = 4096'],
    ['exit_group(0)                     = ?', 'exit_group(0) = ?'],
    [
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffff888000000000} ---',
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xffff888000000000} ---',
    ],
  ])('%s', (line, normal) => {
    expect(normaliseStraceLine(line)).toBe(normal);
  });

  it('names pids where they are values, and nowhere else', () => {
    const pids = new Map([
      [4096, 'P1'],
      [4097, 'P2'],
    ]);
    expect(normaliseStraceLine('4096  getpid()                          = 4096', pids)).toBe('getpid() = P1');
    expect(normaliseStraceLine('4096  read(3, "x", 4096) = 4096', pids)).toBe('read(3, buf, 4096) = 4096');
    expect(
      normaliseStraceLine(
        '[pid 4096] wait4(4097, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 4097',
        pids,
        true,
      ),
    ).toBe('[pid P1] wait4(P2, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = P2');
  });
});

describe('joinResumed', () => {
  it('joins split calls: at completion, or at the start for a call that creates a process', () => {
    const raw = [
      '10 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>',
      '11 set_robust_list(0x29ffd660, 24)   = 0',
      '10 <... clone resumed>, child_tidptr=0x29ffd650) = 11',
      '10 wait4(11,  <unfinished ...>',
      '11 exit_group(0)                     = ?',
      '11 +++ exited with 0 +++',
      '10 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 11',
    ];
    expect(joinResumed(raw)).toEqual([
      '10 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x29ffd650) = 11',
      '11 set_robust_list(0x29ffd660, 24)   = 0',
      '11 exit_group(0)                     = ?',
      '11 +++ exited with 0 +++',
      '10 wait4(11, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 11',
    ]);
  });
});

describe('normaliseStrace', () => {
  it('makes a real capture and simulated lines of the same fork converge', () => {
    const real = [
      '27978 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x2ff1d650) = 27979',
      '27978 wait4(27979,  <unfinished ...>',
      '27979 exit_group(0)                     = ?',
      '27979 +++ exited with 0 +++',
      '27978 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 27979',
    ];
    const sim = [
      '[pid 100] clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0000001000) = 101',
      '[pid 101] exit_group(0) = ?',
      '[pid 101] +++ exited with 0 +++',
      '[pid 100] wait4(101, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 101',
    ];
    expect(normaliseStrace(real, [27978])).toEqual(normaliseStrace(sim, [100, 101]));
    expect(normaliseStrace(sim, [100, 101])[0]).toBe(
      '[pid P1] clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=ADDR) = P2',
    );
  });

  it('drops the pid column of a single process but still names its pid', () => {
    expect(normaliseStrace(['4717  getpid()                          = 4717'])).toEqual(['getpid() = P1']);
    expect(normaliseStrace(['getpid() = 100'], [100, 101])).toEqual(['getpid() = P1']);
    expect(normaliseStrace(['[pid 100] getpid() = 100'], [100, 101])).toEqual(['getpid() = P1']);
  });
});
