import { getStraceEvents, type Trace } from '../sim/index';

/** One strace line and the step it belongs to. */
export interface LogEvent {
  readonly step: number;
  readonly text: string;
}

/**
 * A trace's whole strace log in three flat pieces (a million-line log is three allocations, not a million
 * objects): line i is `text.slice(ends[i-1] + 1, ends[i])` and belongs to step `steps[i]`, sorted by step.
 */
export interface LogIndex {
  readonly steps: Int32Array;
  readonly ends: Int32Array;
  readonly text: string;
}

/** Every strace line of a trace, indexed (the worker builds it beside the trace). Pure. */
export function buildLogIndex(trace: Trace): LogIndex {
  const events = getStraceEvents(trace);
  const steps = new Int32Array(events.length);
  const ends = new Int32Array(events.length);
  let end = -1;
  events.forEach((e, i) => {
    steps[i] = e.step;
    end += 1 + e.text.length;
    ends[i] = end;
  });
  return { steps, ends, text: events.map((e) => e.text).join('\n') };
}

/** How many lines belong to steps up to and including `step` (binary search). */
export function linesUpTo(log: LogIndex, step: number): number {
  let lo = 0;
  let hi = log.steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log.steps[mid]! <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lines from..to-1 as events. */
export function logLines(log: LogIndex, from: number, to: number): LogEvent[] {
  const out: LogEvent[] = [];
  for (let i = from; i < to; i++) {
    const start = i === 0 ? 0 : log.ends[i - 1]! + 1;
    out.push({ step: log.steps[i]!, text: log.text.slice(start, log.ends[i]) });
  }
  return out;
}
