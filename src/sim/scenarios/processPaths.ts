import { LAYOUTS } from '../kernel/addressSpace';
import { ANON_PFN_BASE, userLoadKernel, userStore } from '../kernel/memory';
import { S } from '../sites';
import { lookupSyscall } from '../syscallTable';
import { P1, P2, type ScenarioDef } from './scenarioDef';

/** `syscall`: the anatomy of one system call, getpid(), on the chosen entry path. */
export const syscall: ScenarioDef = {
  id: 'syscall',
  tasks: [{ pid: P1, name: 'getpid' }],
  program: (p) => [
    p.arch === 'i386'
      ? '// i386: eax = 20 (__NR_getpid); int $0x80'
      : '// x86-64: rax = 39 (__NR_getpid); syscall',
    'pid = getpid();',
  ],
  run(k, line) {
    const i386 = k.p.arch === 'i386';
    const sys = i386 ? S.sys.getpid32 : S.sys.getpid;
    const detail = k.cost.entryDetail;
    const nr = lookupSyscall(k.p.arch, 'getpid')!.nr;
    line(1);
    k.syscallEnter(sys.enter, nr);
    k.cpu(i386 ? S.entry.stackSwitch32 : S.entry.stackSwitch, {}, detail);
    k.cpu(i386 ? S.entry.ptRegs32 : S.entry.ptRegs, {}, detail);
    k.cpu(i386 ? S.entry.dispatch32 : S.entry.dispatch, { a: nr }, detail);
    k.cpu(S.entry.work, { n: P1 }, detail);
    k.cpu(i386 ? S.entry.exitWork32 : S.entry.exitWork, { n: P1 }, detail);
    k.syscallExit(sys.exit, P1);
  },
};

/** `cow-fork`: shared read-only frames after fork(), protection faults, one copy each, then a reuse. */
export const cowFork: ScenarioDef = {
  id: 'cow-fork',
  tasks: [
    { pid: P1, name: 'parent' },
    { pid: P2, name: 'child' },
  ],
  program: () => [
    '// buf: `pages` resident, writable anonymous pages',
    'pid = fork();',
    'if (pid == 0) {            /* child, P2 */',
    '  buf[0 * PAGE] = 1;',
    '  buf[1 * PAGE] = 2;',
    '  exit(0);',
    '}',
    'buf[1 * PAGE] = 3;         /* parent, P1 */',
    'waitpid(pid, &status, 0);',
  ],
  setup(m, p) {
    const parent = m.tasks[0]!;
    const vpn0 = LAYOUTS[p.arch].userBuf / p.page;
    for (let i = 0; i < p.pages; i++) {
      parent.ptes.push({
        vpn: vpn0 + i,
        count: 1,
        pfn: ANON_PFN_BASE + i,
        writable: true,
        user: true,
        // Resident because the program wrote them: the MMU has set Accessed and Dirty.
        accessed: true,
        dirty: true,
        backing: 'anon',
        page: i,
      });
      m.anon.push({ pfn: ANON_PFN_BASE + i, refcount: 1, page: i, version: 'orig' });
    }
  },
  run(k, line) {
    let next = ANON_PFN_BASE + k.p.pages;
    const nextPfn = (): number => next++;
    line(1);
    k.syscallEnter(S.sys.clone.enter);
    k.cpu(S.mm.forkCopy, { a: P2, b: k.p.pages }, k.cost.forkWork);
    k.cpu(S.mm.tlbFlushAll, { a: 0, b: -1 }, k.cost.tlbFlush);
    k.syscallExit(S.sys.clone.exit, P2);
    line(7);
    userStore(k, 1, nextPfn);
    line(8);
    k.syscallEnter(S.sys.wait4.enter, P2);
    k.cpu(S.sched.blockWait, {}, 0);
    k.switchTo(P2);
    line(1);
    k.syscallExit(S.task.retFromFork, 0);
    line(3);
    userStore(k, 0, nextPfn);
    line(4);
    userStore(k, 1, nextPfn);
    line(5);
    k.syscallEnter(S.sys.exitGroup.enter, 0);
    k.cpu(S.task.exited, { a: 0 }, k.cost.syscallWork);
    k.cpu(S.task.sigchld, { task: P1, a: 17 }, k.cost.syscallWork);
    k.cpu(S.sched.wakeChild, { task: P1 }, k.cost.syscallWork);
    k.switchTo(P1);
    line(8);
    k.syscallExit(S.sys.wait4.exit, P2, P2);
  },
};

/** `kernel-access`: a ring-3 load from a kernel address → #PF (U/S) → SIGSEGV → killed. */
export const kernelAccess: ScenarioDef = {
  id: 'kernel-access',
  tasks: [{ pid: P1, name: 'prober' }],
  program: (p) => [
    `char *k = (char *)${p.arch === 'i386' ? '0xC0000000' : '0xffff888000000000'};  /* kernel half */`,
    'char c = *k;               /* ring-3 load */',
  ],
  run(k, line) {
    line(1);
    userLoadKernel(k);
  },
};
