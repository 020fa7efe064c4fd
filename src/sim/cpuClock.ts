import type { RawStep } from './applyStep';
import { COUNTER_COUNT, toTotals, type Totals } from './counters';
import { activityAfter } from './cpuActivity';
import type { CpuActivity, StepKind } from './sites';
import type { CpuTime } from './counters';

/**
 * CPU time, kept in the same Float64Array as the counters so checkpoints and replay carry it for free.
 * Slots after the counters: time spent per activity, then the clock's state (the time and activity since the
 * last step, and whether the idle task runs) — activity and idle flag are stored so that 0 is the machine's
 * initial state (a program starts in ring 3, running its own task).
 */
const USER = COUNTER_COUNT;
const KERNEL = COUNTER_COUNT + 1;
const IRQ = COUNTER_COUNT + 2;
const SINCE = COUNTER_COUNT + 3;
const ACTIVITY = COUNTER_COUNT + 4;
const IDLE_TASK = COUNTER_COUNT + 5;

/** Width of a counters accumulator: the counters, then the CPU clock. */
export const ACC_WIDTH = COUNTER_COUNT + 6;

const CODES: readonly CpuActivity[] = ['user', 'kernel', 'irq', 'idle'];
// A lookup, not CODES.indexOf: this runs for every step of every build.
const CODE_OF: { readonly [A in CpuActivity]: number } = { user: 0, kernel: 1, irq: 2, idle: 3 };
const USER_CODE = 0;
const IDLE_CODE = 3;

/** Adds [since, until) spent in `code` to its slot. User time ends when the program has made its last call. */
function charge(acc: Float64Array, code: number, until: number, programEndNs: number): void {
  const since = acc[SINCE]!;
  // After its last call the program does nothing more: the time until the devices finish is idle, even
  // though the CPU is left in ring 3 (only the interrupt handlers in that time are real work).
  const end = code === USER_CODE ? Math.min(until, programEndNs) : until;
  if (code !== IDLE_CODE && end > since) acc[USER + code]! += end - since;
  acc[SINCE] = until;
}

/**
 * Advances the CPU clock over one step: the time since the previous step goes to what the CPU was doing
 * then, and the step sets what it does next (the reducer's own rule, activityAfter, so the counters and the
 * timeline's CPU lane agree). `programEndNs`: when the program's last call returned (Infinity while it runs).
 */
export function countCpuTime(acc: Float64Array, kind: StepKind, s: RawStep, programEndNs: number): void {
  const code = acc[ACTIVITY]!;
  if (s.t !== acc[SINCE]) charge(acc, code, s.t, programEndNs);
  // activityAfter only asks whether the idle task runs.
  const current = acc[IDLE_TASK] ? 0 : 1;
  acc[ACTIVITY] = CODE_OF[activityAfter(kind, s, current, CODES[code]!)];
  if (kind === 'sched.switch') acc[IDLE_TASK] = s.b === 0 ? 1 : 0;
}

// Sums of fractional ns: rounded to ps so JSON output does not carry float noise.
const ps = (x: number): number => Math.round(x * 1000) / 1000;

/** The CPU time in `acc`, with the stretch from its last step to `at` charged as well. Does not modify acc. */
function readCpuTime(acc: Float64Array, at: number, programEndNs: number): CpuTime {
  const tail = acc.slice(USER, ACC_WIDTH);
  const view = new Float64Array(ACC_WIDTH);
  view.set(tail, USER);
  if (at > view[SINCE]!) charge(view, view[ACTIVITY]!, at, programEndNs);
  const by = { user: ps(view[USER]!), kernel: ps(view[KERNEL]!), irq: ps(view[IRQ]!) };
  return { cpuBusyNs: ps(view[USER]! + view[KERNEL]! + view[IRQ]!), cpuBusyNsBy: by };
}

/** The totals at time `at` (a step's time, or the end of the run) from an accumulator of ACC_WIDTH. */
export function totalsAt(acc: Float64Array, at: number, programEndNs: number): Totals {
  return toTotals(acc, at, readCpuTime(acc, at, programEndNs));
}
