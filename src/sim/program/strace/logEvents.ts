import { completeCall, parseStraceLine, type StraceEvent } from './parseLine';
import { notice, type StraceNotice } from './notices';

/** A log event with its line, its process resolved (0 = the first process, 1 = its first child). */
export type LogEvent = StraceEvent & { readonly line: number; readonly proc: 0 | 1 };

/** Lines longer than this are not strace lines anyone pasted on purpose: skipped, never scanned. */
const MAX_LINE = 1 << 16;
/** Lines read from one log: a bound on the work, whatever is pasted. */
export const MAX_LOG_LINES = 200_000;

const FORKS = new Set(['clone', 'clone3', 'fork', 'vfork']);

/**
 * Reads a whole log: each line parsed, `<unfinished ...>` joined with its `<... resumed>` (the call keeps
 * the line where it started), processes sorted into the first one and its first child; everything else
 * is a notice naming the line. Never throws.
 */
export function readLog(text: string): { events: LogEvent[]; notices: StraceNotice[] } {
  const notices: StraceNotice[] = [];
  const lines = text.split(/\r?\n/, MAX_LOG_LINES + 1);
  if (lines.length > MAX_LOG_LINES) {
    notices.push(notice(MAX_LOG_LINES, 'tooLong'));
    lines.length = MAX_LOG_LINES;
  }
  const parsed: { e: StraceEvent; line: number }[] = [];
  const open = new Map<string, { at: number; name: string; head: string }>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const e = raw.length > MAX_LINE ? null : parseStraceLine(raw);
    if (!e) {
      notices.push(notice(line, 'unreadable', { text: clip(raw) }));
      return;
    }
    if (e.k === 'unfinished') {
      const at = parsed.length;
      parsed.push({ e, line });
      open.set(String(e.pid), { at, name: e.name, head: e.head });
      return;
    }
    if (e.k === 'resumed') {
      const start = open.get(String(e.pid));
      if (!start || start.name !== e.name) {
        notices.push(notice(line, 'unreadable', { text: clip(raw) }));
        return;
      }
      open.delete(String(e.pid));
      const joined = completeCall(e.pid, e.name, start.head + e.tail);
      const first = parsed[start.at]!;
      if (joined) parsed[start.at] = { e: joined, line: first.line };
      else notices.push(notice(line, 'unreadable', { text: clip(raw) }));
      return;
    }
    parsed.push({ e, line });
  });
  const events: LogEvent[] = [];
  let main: number | null | undefined;
  let child: number | null = null;
  const skipped = new Set<string>();
  for (const { e, line } of parsed) {
    if (e.k === 'unfinished') {
      notices.push(notice(line, 'unfinished', { name: e.name }));
      continue;
    }
    if (main === undefined) main = e.pid;
    // strace -f to a terminal prefixes only the other processes: no prefix is the first process.
    const proc = e.pid === main || e.pid === null ? 0 : e.pid === child ? 1 : -1;
    if (proc < 0) {
      if (!skipped.has(String(e.pid))) {
        skipped.add(String(e.pid));
        notices.push(notice(line, 'otherProcess', { pid: e.pid ?? 0 }));
      }
      continue;
    }
    if (proc === 0 && child === null && e.k === 'call' && FORKS.has(e.name) && e.ret !== null && e.ret > 0) {
      child = e.ret;
    }
    events.push({ ...e, line, proc } as LogEvent);
  }
  // A child's lines may come before its parent's clone() returns: sort them now that the child is known.
  return { events: resort(parsed, events, main, child, notices), notices };
}

/** Second pass, for a child whose lines precede its clone()'s return in the log. */
function resort(
  parsed: { e: StraceEvent; line: number }[],
  events: LogEvent[],
  main: number | null | undefined,
  child: number | null,
  notices: StraceNotice[],
): LogEvent[] {
  if (child === null) return events;
  const seen = new Set(events.map((e) => e.line));
  const early = parsed.filter((p) => p.e.pid === child && !seen.has(p.line) && p.e.k !== 'unfinished');
  if (early.length === 0) return events;
  // These were reported as a third process; they are the child after all.
  for (let i = notices.length - 1; i >= 0; i--) {
    const n = notices[i]!;
    if (n.code === 'otherProcess' && n.params.pid === child) notices.splice(i, 1);
  }
  void main;
  const merged: LogEvent[] = [
    ...events,
    ...early.map((p) => ({ ...p.e, line: p.line, proc: 1 }) as LogEvent),
  ];
  return merged.sort((a, b) => a.line - b.line);
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
