import { F } from './counters';
import type { RawStep } from './applyStep';
import type { CpuActivity, StepKind } from './sites';

/**
 * What the CPU is doing after a step of `kind`: the one rule shared by the reducer (applyStep) and the
 * timeline's lane scan (scanLanes), so the two can never disagree. `current` is the running task before the
 * step; `prev` is returned for kinds that leave the CPU as it was.
 */
export function activityAfter(kind: StepKind, s: RawStep, current: number, prev: CpuActivity): CpuActivity {
  switch (kind) {
    case 'syscall.enter':
    case 'entry.detail':
    case 'fault.enter':
    case 'task.exit':
      return 'kernel';
    case 'syscall.exit':
    case 'user.access':
      return 'user';
    case 'fault.return':
      // A fault taken inside the kernel's copy returns to that copy, still in ring 0.
      return s.ring === 3 ? 'user' : 'kernel';
    case 'irq.enter':
      return 'irq';
    case 'irq.exit':
      return s.flags & F.fromUser ? 'user' : current === 0 ? 'idle' : 'kernel';
    case 'sched.switch':
      return s.b === 0 ? 'idle' : 'kernel';
    default:
      return prev;
  }
}
