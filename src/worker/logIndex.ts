import { getStraceEvents, type Trace } from '../sim/index';

/** One strace line and the step it belongs to. */
export interface LogEvent {
  readonly step: number;
  readonly text: string;
}

/**
 * A trace's whole strace log in three flat pieces (a million-line log is three allocations, not a million
 * objects): line i is `text[ends[i-1] + 1 .. ends[i])` and belongs to step `steps[i]`, sorted by step. `text` is
 * a string, or UTF-8 bytes (offsets in bytes) when it crossed from the worker: a buffer moves for free, and
 * only the lines shown are ever decoded.
 */
export interface LogIndex {
  readonly steps: Int32Array;
  readonly ends: Int32Array;
  readonly text: string | Uint8Array;
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
  const { text } = log;
  const decoder = typeof text === 'string' ? undefined : new TextDecoder();
  const out: LogEvent[] = [];
  for (let i = from; i < to; i++) {
    const start = i === 0 ? 0 : log.ends[i - 1]! + 1;
    const end = log.ends[i]!;
    const line =
      typeof text === 'string' ? text.slice(start, end) : decoder!.decode(text.subarray(start, end));
    out.push({ step: log.steps[i]!, text: line });
  }
  return out;
}

/** The same log with its text as UTF-8 bytes, for transfer from the worker. Pure. */
export function logAsBytes(log: LogIndex): LogIndex {
  if (typeof log.text !== 'string') return log;
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(log.text.length * 3);
  const ends = new Int32Array(log.ends.length);
  let at = 0;
  let start = 0;
  for (let i = 0; i < log.ends.length; i++) {
    if (i > 0) bytes[at++] = 0x0a;
    at += encoder.encodeInto(log.text.slice(start, log.ends[i]), bytes.subarray(at)).written;
    ends[i] = at;
    start = log.ends[i]! + 1;
  }
  return { steps: log.steps, ends, text: bytes.slice(0, at) };
}
