// Normal form shared by real strace captures and the simulator's strace lines, so the two can be
// compared exactly (tests/fidelity/fidelity.test.ts). Pure: no I/O, same input, same output.
//
// Rules (docs/fidelity-differences.md explains why each exists):
// - the pid column is dropped when one process ran; with several, pids become P1, P2… in order of
//   appearance, in the prefix (`[pid P1] `) and wherever a pid is a value (getpid/clone/wait4
//   results, wait4's first argument, si_pid);
// - a call that strace split into `<unfinished ...>` and `<... name resumed>` is joined into one
//   line (the simulator prints each call once). It goes where it completed, as that is ordered
//   after whatever it waited for (wait4 after the child's exit), except a call that creates a
//   process: it goes where it started, before any line of the child, which runs concurrently;
// - buffer contents (`"…"...`, `""`) and the buffer pointer of read/write-like calls become `buf`, and so
//   does the program's name for that buffer in the simulator's lines (`buf`, mmap-write's `p`);
// - other hex pointers become `ADDR`, except SIGSEGV's si_addr (the kernel address is the lesson);
// - the run of spaces strace uses to align `= result` shrinks to one space.

/** DESIGN §4: the simulator's P1 is pid 100, and the child of its fork() pid 101. */
export const SIM_PIDS: readonly number[] = [100, 101];

/** Pid → name (`P1`, `P2`…) for one capture or one simulated trace. */
export type PidNames = ReadonlyMap<number, string>;

const PREFIX = /^(?:\[pid\s+(\d+)\]|(\d+))\s+/;
const QUOTED = /"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g;
const BUFFER_POINTER = /^((?:read|write|pread64|pwrite64|recvfrom|sendto)\(\d+, )0x[0-9a-fA-F]+/;
const BUFFER_NAME = /^((?:read|write|pread64|pwrite64|recvfrom|sendto)\(\d+, )[A-Za-z_]\w*(?=, )/;
const HEX = /(si_addr=)?0x[0-9a-fA-F]+/g;
const PID_RESULT =
  /^((?:getpid|gettid|set_tid_address|fork|vfork|clone|clone3|wait4|waitpid)\(.*\) = )(\d+)$/;
const PID_FIRST_ARG = /^((?:wait4|waitpid|kill)\()(\d+)(?=[,)])/;
const SI_PID = /(si_pid=)(\d+)/g;
const UNFINISHED = / ?<unfinished \.\.\.>$/;
const RESUMED = /^<\.\.\. (\w+) resumed>\s?/;
const CREATES_PROCESS = /^(?:clone|clone3|fork|vfork)\(/;

interface Split {
  pid: number | undefined;
  prefix: string;
  body: string;
}

function split(line: string): Split {
  const m = PREFIX.exec(line);
  if (!m) return { pid: undefined, prefix: '', body: line.trim() };
  return { pid: Number(m[1] ?? m[2]), prefix: m[0], body: line.slice(m[0].length).trim() };
}

/**
 * Pure: one strace line (real, `1234 read(…)` / `[pid 1234] read(…)`, or simulated) in normal form.
 * `pids` names the known pids; `multiProcess` keeps a `[pid Pn] ` prefix, else the prefix is dropped.
 */
export function normaliseStraceLine(line: string, pids: PidNames = new Map(), multiProcess = false): string {
  const { pid, body } = split(line);
  const name = (p: string): string => pids.get(Number(p)) ?? p;
  const text = body
    .replace(QUOTED, 'buf')
    .replace(/ {2,}= /g, ' = ')
    .replace(BUFFER_POINTER, '$1buf')
    .replace(BUFFER_NAME, '$1buf')
    .replace(PID_RESULT, (_m, head: string, p: string) => head + name(p))
    .replace(PID_FIRST_ARG, (_m, head: string, p: string) => head + name(p))
    .replace(SI_PID, (_m, head: string, p: string) => head + name(p))
    .replace(HEX, (m, keep: string | undefined) => (keep ? m : 'ADDR'));
  return multiProcess && pid !== undefined ? `[pid ${name(String(pid))}] ${text}` : text;
}

/**
 * Pure: joins `<unfinished ...>`/`<... resumed>` pairs of each pid into one line, placed where the call
 * completed, or where it started for clone/fork (see the rules above).
 */
export function joinResumed(lines: readonly string[]): string[] {
  const out: (string | null)[] = [];
  const pending = new Map<number | undefined, { index: number; head: string }>();
  for (const line of lines) {
    const { pid, prefix, body } = split(line);
    const resumed = RESUMED.exec(body);
    const open = pending.get(pid);
    if (resumed && open && open.head.startsWith(`${resumed[1]}(`)) {
      pending.delete(pid);
      const tail = body.slice(resumed[0].length);
      const sep = /[,(]$/.test(open.head) && !/^[),]/.test(tail) ? ' ' : '';
      const joined = prefix + open.head + sep + tail;
      if (CREATES_PROCESS.test(open.head)) {
        out[open.index] = joined;
      } else {
        out[open.index] = null;
        out.push(joined);
      }
    } else if (UNFINISHED.test(body)) {
      pending.set(pid, { index: out.length, head: body.replace(UNFINISHED, '').trimEnd() });
      out.push(line);
    } else {
      out.push(line);
    }
  }
  return out.filter((l): l is string => l !== null);
}

/**
 * Pure: a whole capture or simulated strace in normal form. `pids` seeds the naming (the simulator's
 * P1 is pid 100 and P2 pid 101, DESIGN §4); further pids are named in order of appearance.
 */
export function normaliseStrace(lines: readonly string[], pids: readonly number[] = []): string[] {
  const joined = joinResumed(lines);
  const names = new Map<number, string>();
  const add = (p: number): void => {
    if (!names.has(p)) names.set(p, `P${names.size + 1}`);
  };
  pids.forEach(add);
  const seen = new Set<number>();
  for (const line of joined) {
    const { pid } = split(line);
    if (pid !== undefined) {
      add(pid);
      seen.add(pid);
    }
  }
  return joined.map((line) => normaliseStraceLine(line, names, seen.size > 1));
}
