import type { Params } from '../params';
import { constants } from './header';

/** `syscall`: the anatomy of one system call, getpid(), on the chosen entry path. */
export function syscallProgram(p: Params): string {
  return [
    `// ${p.arch === 'i386' ? 'i386: eax = 20 (__NR_getpid); int $0x80' : 'x86-64: rax = 39 (__NR_getpid); syscall'}`,
    ...constants('syscall', p),
    'world process "getpid";',
    'pid = getpid();',
  ].join('\n');
}

/** `cow-fork`: shared read-only frames after fork(), protection faults, one copy each, then a reuse. */
export function cowForkProgram(p: Params): string {
  return [
    '// cow-fork: pages shared until one writes',
    ...constants('cow-fork', p),
    'world process "parent", "child";',
    'world heap buf = { pages: PAGES };   // PAGES resident, writable anonymous pages',
    'pid = fork();',
    'if (pid == 0) {            /* child, P2 */',
    '  buf[0 * PAGE] = 1;',
    '  buf[1 * PAGE] = 2;',
    '  exit(0);',
    '}',
    'buf[1 * PAGE] = 3;         /* parent, P1 */',
    'waitpid(pid, &status, 0);',
  ].join('\n');
}

/** `kernel-access`: a ring-3 load from a kernel address → #PF (U/S) → SIGSEGV → killed. */
export function kernelAccessProgram(p: Params): string {
  return [
    '// kernel-access: ring 3 reads the kernel half',
    ...constants('kernel-access', p),
    'world process "prober";',
    'char *k = (char *)PAGE_OFFSET;  /* kernel half */',
    'char c = *k;                    /* ring-3 load */',
  ].join('\n');
}
