import { ERRNO_BY_NAME } from '../../errno';

/** One line of `strace -f` output, as far as the importer needs it. */
export type StraceEvent =
  | {
      readonly k: 'call';
      readonly pid: number | null;
      readonly name: string;
      /** The arguments as strace printed them, split at top-level commas. */
      readonly args: readonly string[];
      /** The return value; null for `= ?` (a call that never returned). */
      readonly ret: number | null;
      /** The raw return text, for messages (`-1 EBADF`, `0x7f04e9974000`). */
      readonly retText: string;
    }
  | { readonly k: 'unfinished'; readonly pid: number | null; readonly name: string; readonly head: string }
  | { readonly k: 'resumed'; readonly pid: number | null; readonly name: string; readonly tail: string }
  | {
      readonly k: 'signal';
      readonly pid: number | null;
      readonly signal: string;
      /** si_addr, for a fault. */
      readonly addr: number | null;
    }
  | { readonly k: 'exited'; readonly pid: number | null; readonly status: number }
  | { readonly k: 'killed'; readonly pid: number | null; readonly signal: string };

// `12345 `, `[pid 12345] `, then `-t`/`-tt`/`-ttt`/`-r` time stamps.
const PID = /^(?:\[pid\s+(\d+)\]\s*|(\d+)\s+(?=[a-z_<+-]|\d{1,2}:|\d+\.\d))/;
const TIME = /^(?:\d{1,2}:\d{2}:\d{2}(?:\.\d+)?|\d+\.\d+)\s+/;
const NAME = /^([a-z_][a-z0-9_]*)\(/;

/**
 * Parses one line of strace output (`-f`, with or without `-tt`, `-T`, `-y`/`-yy`, `-s N`, `-X`, pid
 * prefixes). Returns null for a line it cannot read. Pure and total: never throws, linear in the line.
 */
export function parseStraceLine(line: string): StraceEvent | null {
  let rest = line.trim();
  let pid: number | null = null;
  const pm = PID.exec(rest);
  if (pm) {
    pid = Number(pm[1] ?? pm[2]);
    rest = rest.slice(pm[0].length);
  }
  const tm = TIME.exec(rest);
  if (tm) rest = rest.slice(tm[0].length);
  if (rest.startsWith('---')) return signalLine(pid, rest);
  if (rest.startsWith('+++')) return exitLine(pid, rest);
  const resumed = /^<\.\.\.\s+([a-z_][a-z0-9_]*)\s+resumed>\s?(.*)$/.exec(rest);
  if (resumed) return { k: 'resumed', pid, name: resumed[1]!, tail: resumed[2]! };
  const nm = NAME.exec(rest);
  if (!nm) return null;
  const name = nm[1]!;
  const body = rest.slice(nm[0].length);
  if (/<unfinished \.\.\.>\s*$/.test(body)) {
    return { k: 'unfinished', pid, name, head: body.replace(/\s*<unfinished \.\.\.>\s*$/, '') };
  }
  return completeCall(pid, name, body);
}

/** `args) = ret …` after `name(`: the call, or null when the closing parenthesis or the result is missing. */
export function completeCall(pid: number | null, name: string, body: string): StraceEvent | null {
  const close = matchingParen(body);
  if (close < 0) return null;
  const after = body.slice(close + 1);
  const rm = /^\s*=\s*(.*)$/.exec(after);
  if (!rm) return null;
  const retText = rm[1]!.replace(/\s*<\d+\.\d+>\s*$/, '').trim();
  const ret = parseReturn(retText);
  if (ret === undefined) return null;
  return { k: 'call', pid, name, args: splitArgs(body.slice(0, close)), ret, retText };
}

/** The index of the `)` that closes the argument list, skipping strings and nested brackets; -1 if none. */
function matchingParen(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = stringEnd(s, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The index of the closing quote of the string starting at `i` (or the end of the text). */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"') return j;
  }
  return s.length;
}

/** Top-level arguments: commas inside strings, brackets and `-y`'s `<path>` annotations do not split. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = stringEnd(s, i);
      continue;
    }
    // `-y`: `3</path/with, commas>`; a `<` right after a digit opens an annotation.
    if (c === '<' && i > 0 && /\d/.test(s[i - 1]!)) {
      const end = s.indexOf('>', i);
      if (end > 0) i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last !== '' || out.length > 0) out.push(last);
  return out;
}

/**
 * A return value: `4096`, `0x7f…`, `3</path>` (-y), `-1 EBADF (…)`, `-1 (errno 9)` (-X raw), `?`.
 * Failures become -errno, as the kernel returns them. undefined: not a return value.
 */
export function parseReturn(text: string): number | null | undefined {
  if (text.startsWith('?')) return null;
  const err = /^-1\s+(?:([A-Z][A-Z0-9_]*)|\(errno (\d+)\))/.exec(text);
  if (err) {
    const n = err[1] ? ERRNO_BY_NAME[err[1]] : Number(err[2]);
    return n === undefined ? -1 : -n;
  }
  const num = /^(-?0x[0-9a-fA-F]+|-?\d+)/.exec(text);
  if (!num) return undefined;
  return parseNumber(num[1]!);
}

/** A number as strace prints it (decimal, hex, negative). NaN for anything else. */
export function parseNumber(text: string): number {
  const t = text.trim();
  const neg = t.startsWith('-');
  const body = neg ? t.slice(1) : t;
  const v = /^0x[0-9a-fA-F]+$/.test(body) ? parseInt(body, 16) : /^\d+$/.test(body) ? Number(body) : NaN;
  return neg ? -v : v;
}

/** `3</path>` or `3<TCP:[…]>` → 3; NaN when the argument is not a descriptor number. */
export function fdOf(arg: string | undefined): number {
  if (arg === undefined) return NaN;
  const m = /^(-?\d+)(?:<.*>)?$/.exec(arg.trim());
  return m ? Number(m[1]) : NaN;
}

function signalLine(pid: number | null, rest: string): StraceEvent | null {
  const m = /^---\s+(SIG[A-Z0-9]+)\b(.*?)(?:---)?$/.exec(rest);
  if (!m) return null;
  const addr = /si_addr=(0x[0-9a-fA-F]+|NULL)/.exec(m[2]!);
  return {
    k: 'signal',
    pid,
    signal: m[1]!,
    addr: addr ? (addr[1] === 'NULL' ? 0 : parseInt(addr[1]!, 16)) : null,
  };
}

function exitLine(pid: number | null, rest: string): StraceEvent | null {
  const ex = /^\+\+\+\s+exited with (\d+)\s+\+\+\+$/.exec(rest);
  if (ex) return { k: 'exited', pid, status: Number(ex[1]) };
  const kill = /^\+\+\+\s+killed by (SIG[A-Z0-9]+)(?:\s+\(core dumped\))?\s+\+\+\+$/.exec(rest);
  if (kill) return { k: 'killed', pid, signal: kill[1]! };
  return null;
}
