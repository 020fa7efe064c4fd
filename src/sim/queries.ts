import { applyStep } from './applyStep';
import { countStep, stepRaises, type CounterKey, type Totals } from './counters';
import { ACC_WIDTH, countCpuTime, totalsAt } from './cpuClock';
import { cloneMachine, sendQueueSpans, type MachineState } from './machineState';
import { SITES } from './sites';
import { emptyRaw, readStep, readTime } from './stepColumns';
import { CHECKPOINT_EVERY, type ProgramTrace } from './trace';

/** Counters after step i (i = -1: before the first step). O(CHECKPOINT_EVERY) at worst. */
export function getCountersAt(trace: ProgramTrace, i: number): Totals {
  const last = Math.min(Math.max(i, -1), trace.length - 1);
  if (last === trace.length - 1) return trace.totals;
  const k = Math.floor((last + 1) / CHECKPOINT_EVERY);
  const acc = new Float64Array(trace.counterCheckpoints[k] ?? new Float64Array(ACC_WIDTH));
  const r = emptyRaw();
  for (let j = k * CHECKPOINT_EVERY; j <= last; j++) {
    readStep(trace.columns, j, r);
    countStep(acc, r.site, r.n, r.flags);
    countCpuTime(acc, SITES[r.site]!.kind, r, trace.programEndNs);
  }
  return totalsAt(acc, last >= 0 ? readTime(trace.columns, last) : 0, trace.programEndNs);
}

/** The machine after step i (i = -1: the initial state): a private copy, replayed from a checkpoint. */
export function getMachineAt(trace: ProgramTrace, i: number): MachineState {
  const last = Math.min(Math.max(i, -1), trace.length - 1);
  // A trace of exactly k·256 steps has no checkpoint k (it would be taken before a step k·256 that never came).
  const k = Math.min(Math.floor((last + 1) / CHECKPOINT_EVERY), trace.checkpoints.length - 1);
  const m = cloneMachine(trace.checkpoints[k]!);
  const r = emptyRaw();
  for (let j = k * CHECKPOINT_EVERY; j <= last; j++) applyStep(m, readStep(trace.columns, j, r));
  m.skb = sendQueueSpans(m);
  return m;
}

/** Index of the last element of a sorted array that is ≤ x, or -1. */
function floorIndex(arr: Int32Array, x: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export type StepUnit = 'event' | 'syscall' | 'iteration';

/**
 * The step to land on when moving by one unit from step `from` (direction +1 or −1): the next/previous
 * event, the start of the next/previous syscall, or of the next/previous loop iteration. Clamped to the trace.
 */
export function getNeighbourStep(trace: ProgramTrace, from: number, unit: StepUnit, dir: 1 | -1): number {
  const lastStep = trace.length - 1;
  if (unit === 'event') return Math.min(Math.max(from + dir, 0), lastStep);
  const starts = unit === 'syscall' ? trace.groups.syscallStart : trace.groups.iterationStart;
  const at = floorIndex(starts, from);
  if (dir === 1) {
    const next = starts[at + 1];
    return next === undefined ? lastStep : next;
  }
  const cur = at >= 0 ? starts[at]! : 0;
  if (cur < from) return cur;
  return at > 0 ? starts[at - 1]! : 0;
}

/** Which syscall (index into groups) and loop iteration step i belongs to; -1 when none. */
export function getGroupAt(trace: ProgramTrace, i: number): { syscall: number; iteration: number } {
  const g = floorIndex(trace.groups.syscallStart, i);
  const end = g >= 0 ? trace.groups.syscallEnd[g]! : -1;
  const inSyscall = g >= 0 && (end < 0 || i <= end);
  return { syscall: inSyscall ? g : -1, iteration: floorIndex(trace.groups.iterationStart, i) };
}

/** How many syscalls to look past for one task's (other tasks' calls may interleave). */
const TASK_LOOK_AROUND = 64;

/**
 * The syscall (index into trace.groups) that task `pid` is in at step i (`inside`), else its last one before
 * i, else its next one; null when it makes none nearby. For views that follow one process through its calls.
 */
export function getTaskSyscallAt(
  trace: ProgramTrace,
  i: number,
  pid: number,
): { g: number; inside: boolean } | null {
  const { syscallStart: starts, syscallEnd: ends } = trace.groups;
  const taskAt = (g: number) => {
    readStep(trace.columns, starts[g]!, scratch);
    return scratch.task;
  };
  const at = floorIndex(starts, i);
  for (let g = at; g >= 0 && g > at - TASK_LOOK_AROUND; g--) {
    if (taskAt(g) !== pid) continue;
    const end = ends[g]!;
    return { g, inside: end < 0 || end >= i };
  }
  for (let g = at + 1; g < starts.length && g < at + 1 + TASK_LOOK_AROUND; g++)
    if (taskAt(g) === pid) return { g, inside: false };
  return null;
}
const scratch = emptyRaw();

/** Up to `limit` steps at or after `from` that raise the counter, for "which steps did this?" lists. */
export function getStepsRaising(trace: ProgramTrace, key: CounterKey, from = 0, limit = 200): number[] {
  const out: number[] = [];
  const r = emptyRaw();
  for (let j = Math.max(0, from); j < trace.length && out.length < limit; j++) {
    readStep(trace.columns, j, r);
    if (stepRaises(key, r.site, r.n, r.flags)) out.push(j);
  }
  return out;
}
