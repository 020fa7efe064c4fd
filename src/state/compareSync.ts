import { getStep, type ProgramTrace } from '../sim/index';
import type { SyncUnit } from '../url/compareLink';

/**
 * Compare mode moves two runs together: one shared position, read in the sync unit (the n-th system call, the
 * n-th loop iteration, or a simulated time in ns), and each run's step at that position. A run that has fewer
 * calls or iterations than the position, or ends sooner, waits at its last step. Pure.
 */

/** The largest index i with arr[i] <= v, or -1. */
function floorIndex(arr: Int32Array, v: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! <= v) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function starts(trace: ProgramTrace, by: 'syscall' | 'iteration'): Int32Array {
  return by === 'syscall' ? trace.groups.syscallStart : trace.groups.iterationStart;
}

/** The last step whose time is at most t (strict: less than t), or -1 when none is. */
function lastStepBy(trace: ProgramTrace, t: number, strict = false): number {
  let lo = 0;
  let hi = trace.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tm = getStep(trace, mid).t;
    if (strict ? tm < t : tm <= t) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The last position a run reaches: its number of calls or iterations (then it has ended), or its end time. */
export function lastPosition(trace: ProgramTrace, by: SyncUnit): number {
  // In time, the whole ns at or after the end: positions are whole ns, as the link writes them.
  return by === 'time' ? Math.ceil(trace.endTimeNs) : starts(trace, by).length;
}

/** The last position of the pair: where both runs have ended. */
export function sharedEnd(traces: readonly ProgramTrace[], by: SyncUnit): number {
  return Math.max(0, ...traces.map((t) => lastPosition(t, by)));
}

/**
 * The run's step at a position: the first step of call (or iteration) number `position` (0-based), its last
 * step once it has no such call; at a time, the last step that happened by then.
 */
export function stepAtPosition(trace: ProgramTrace, by: SyncUnit, position: number): number {
  const last = Math.max(0, trace.length - 1);
  if (by === 'time') return Math.max(0, lastStepBy(trace, position));
  const s = starts(trace, by);
  return position < s.length ? s[Math.max(0, position)]! : last;
}

/** The position of a step: the call (or iteration) it belongs to or follows (0 before the first), or its time. */
export function positionOfStep(trace: ProgramTrace, by: SyncUnit, step: number): number {
  if (trace.length === 0) return 0;
  const i = Math.min(Math.max(step, 0), trace.length - 1);
  if (by === 'time') return getStep(trace, i).t;
  if (i === trace.length - 1 && i > (starts(trace, by).at(-1) ?? -1)) return starts(trace, by).length;
  return Math.max(0, floorIndex(starts(trace, by), i));
}

/** The nearest step time strictly after (dir 1) or before (dir −1) `t` in one run, or undefined. */
function nextTime(trace: ProgramTrace, t: number, dir: 1 | -1): number | undefined {
  if (dir === 1) {
    const i = lastStepBy(trace, t) + 1;
    return i < trace.length ? getStep(trace, i).t : undefined;
  }
  const i = lastStepBy(trace, t, true);
  return i >= 0 ? getStep(trace, i).t : undefined;
}

/**
 * The position one unit on (dir 1) or back (dir −1), within [0, sharedEnd]: the next call or iteration number,
 * or in time the next moment (a whole ns) either run has a step (so no step of either is jumped over).
 */
export function neighbourPosition(
  traces: readonly ProgramTrace[],
  by: SyncUnit,
  position: number,
  dir: 1 | -1,
): number {
  const end = sharedEnd(traces, by);
  if (by !== 'time') return Math.min(Math.max(position + dir, 0), end);
  const times = traces.map((t) => nextTime(t, position, dir)).filter((t): t is number => t !== undefined);
  if (times.length === 0) return dir === 1 ? position : 0;
  // Whole ns (the link's step is a whole number): on to the first ns at or past the next step, back to the
  // last ns before the previous one's end.
  return dir === 1 ? Math.ceil(Math.min(...times)) : Math.floor(Math.max(...times));
}
