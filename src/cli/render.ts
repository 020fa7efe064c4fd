import {
  getStep,
  getStraceEvents,
  getStraceLines,
  getWrittenFile,
  type ProgramTrace,
  type Totals,
  type WrittenFile,
} from '../sim/index';
import { narrate } from '../i18n/narrate';

/**
 * The `--format json` object of DESIGN §6, in pieces: the same text as `JSON.stringify(object, null, 2)`, but
 * the `strace` array (one line per system call, millions on a big run) is produced line by line. A program
 * run with `--program FILE` has `"program": FILE` in place of `"scenario"`. A run that writes a file adds
 * `"written"`: the file's bytes and pages at the end, and how many bytes are still only in memory (dirty).
 */
export function* jsonParts(
  trace: ProgramTrace,
  programFile: string | null = null,
  extra: object = {},
): Generator<string> {
  const source = trace.scenario === null ? { program: programFile } : { scenario: trace.scenario };
  const written = getWrittenFile(trace);
  const head = JSON.stringify(
    {
      ...source,
      params: trace.params,
      totals: trace.totals,
      steps: trace.length,
      ...(written && { written }),
      ...extra,
    },
    null,
    2,
  );
  // `head` ends with "\n}"; the strace array is the object's last key.
  yield `${head.slice(0, -2)},\n  "strace": [`;
  const lines = getStraceLines(trace);
  for (let i = 0; i < lines.length; i++) yield `${i > 0 ? ',' : ''}\n    ${JSON.stringify(lines[i])}`;
  yield lines.length > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

/** The strace-style log, one line per call; `marks` adds a note to the line of a step (a replay's differences). */
export function* straceParts(
  trace: ProgramTrace,
  marks: ReadonlyMap<number, string> = new Map(),
): Generator<string> {
  if (marks.size === 0) {
    for (const line of getStraceLines(trace)) yield `${line}\n`;
    return;
  }
  for (const e of getStraceEvents(trace)) {
    const mark = marks.get(e.step);
    yield mark ? `${e.text}  # ${mark}\n` : `${e.text}\n`;
  }
}

function formatTime(ns: number): string {
  return ns < 1e6 ? `${(ns / 1e3).toFixed(3)} µs` : `${(ns / 1e6).toFixed(3)} ms`;
}

/** The table's header: the run and the column names. */
export function tableHead(scenario: string, params: object): string {
  return (
    `# ${scenario} ${JSON.stringify(params)}\n` +
    `${'step'.padStart(8)}  ${'time'.padStart(13)}  pid  ring  ${'kind'.padEnd(16)}  what happens\n`
  );
}

/** Step i as one line: index, time, task, ring, kind, narration and the kernel function. */
export function tableRow(trace: ProgramTrace, i: number): string {
  const s = getStep(trace, i);
  const text = narrate('en', s.site, s.params);
  const where = s.man ? `${s.fn}; ${s.man}` : s.fn;
  return `${String(i).padStart(8)}  ${formatTime(s.t).padStart(13)}  ${String(s.task).padStart(3)}  ${String(s.ring).padStart(4)}  ${s.kind.padEnd(16)}  ${text} [${where}]\n`;
}

/** What the run left of the file it wrote: the end of a write-side table says what a crash would lose. */
export function tableWritten(w: WrittenFile | null): string {
  if (!w) return '';
  const pages = `${w.cachedPages} pages cached, ${w.dirtyPages} dirty, ${w.writebackPages} under writeback`;
  return `written file ${w.bytes} B: ${w.dirtyBytes} B still only in memory (${pages})\n`;
}

/** The totals that end the table. */
export function tableTotals(t: Totals): string {
  return (
    '\n# totals\n' +
    `syscalls ${t.syscalls}; mode switches ${t.modeSwitches} (syscall ${t.modeSwitchesBy.syscall}, exception ${t.modeSwitchesBy.exception}, interrupt ${t.modeSwitchesBy.interrupt})\n` +
    `CPU copies ${t.cpuCopies} (${t.cpuBytes} B); DMA transfers ${t.dmaTransfers} (${t.dmaBytes} B); disk requests ${t.diskRequests}\n` +
    `page faults ${t.pageFaults}; interrupts ${t.interrupts}; process context switches ${t.contextSwitches}; simulated time ${formatTime(t.simTimeNs)}\n` +
    `CPU busy ${formatTime(t.cpuBusyNs)} (user ${formatTime(t.cpuBusyNsBy.user)}, kernel ${formatTime(t.cpuBusyNsBy.kernel)}, irq ${formatTime(t.cpuBusyNsBy.irq)})\n`
  );
}

/** One line a step, then the totals: made one line at a time from a whole trace. */
export function* tableParts(trace: ProgramTrace, programFile: string | null = null): Generator<string> {
  yield tableHead(trace.scenario ?? programFile ?? 'program', trace.params);
  for (let i = 0; i < trace.length; i++) yield tableRow(trace, i);
  yield tableTotals(trace.totals) + tableWritten(getWrittenFile(trace));
}
