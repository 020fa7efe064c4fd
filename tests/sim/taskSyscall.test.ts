import { describe, expect, it } from 'vitest';
import { getStep, getTaskSyscallAt, simulate } from '../../src/sim/index';

/** Independent answer: walk every step, tracking each task's open and last syscall by its enter/exit events. */
function expected(id: 'cow-fork' | 'read-write', i: number, pid: number) {
  const trace = simulate(id, id === 'read-write' ? { file: 10000 } : {});
  const { syscallStart } = trace.groups;
  const mine = [...syscallStart.keys()].filter((g) => getStep(trace, syscallStart[g]!).task === pid);
  const open = mine.filter((g) => {
    const end = trace.groups.syscallEnd[g]!;
    return syscallStart[g]! <= i && (end < 0 || end >= i);
  });
  if (open.length > 0) return { g: open.at(-1)!, inside: true };
  const before = mine.filter((g) => syscallStart[g]! <= i);
  if (before.length > 0) return { g: before.at(-1)!, inside: false };
  return mine.length > 0 ? { g: mine[0]!, inside: false } : null;
}

describe('getTaskSyscallAt', () => {
  it.each(['read-write', 'cow-fork'] as const)(
    '%s: at every step, for every task, the call it is in, else its last, else its next',
    (id) => {
      const trace = simulate(id, id === 'read-write' ? { file: 10000 } : {});
      const pids = new Set<number>();
      for (let i = 0; i < trace.length; i++) pids.add(getStep(trace, i).task);
      for (const pid of pids) {
        for (let i = 0; i < trace.length; i++) {
          expect(getTaskSyscallAt(trace, i, pid), `pid ${pid} step ${i}`).toEqual(expected(id, i, pid));
        }
      }
    },
  );

  it('is null for a task that makes no call', () => {
    expect(getTaskSyscallAt(simulate('kernel-access', {}), 0, 100)).toBeNull();
  });
});
