import { getStep, getStraceLines, type ProgramTrace } from '../sim/index';
import { narrate } from '../i18n/narrate';

/** The `--format json` object of DESIGN §6 (`"program": FILE` instead of `"scenario"` for a program). */
export function toJson(trace: ProgramTrace, programFile: string | null = null): string {
  return JSON.stringify(
    {
      ...(trace.scenario === null ? { program: programFile } : { scenario: trace.scenario }),
      params: trace.params,
      totals: trace.totals,
      steps: trace.length,
      strace: getStraceLines(trace),
    },
    null,
    2,
  );
}

function formatTime(ns: number): string {
  return ns < 1e6 ? `${(ns / 1e3).toFixed(3)} µs` : `${(ns / 1e6).toFixed(3)} ms`;
}

/** One line a step: index, time, task, ring, kind, narration; then the totals. Streams through `write`. */
export function writeTable(
  trace: ProgramTrace,
  programFile: string | null,
  write: (s: string) => void,
): void {
  write(`# ${trace.scenario ?? programFile ?? 'program'} ${JSON.stringify(trace.params)}\n`);
  write(`${'step'.padStart(8)}  ${'time'.padStart(13)}  pid  ring  ${'kind'.padEnd(16)}  what happens\n`);
  for (let i = 0; i < trace.length; i++) {
    const s = getStep(trace, i);
    const text = narrate('en', s.site, s.params);
    const where = s.man ? `${s.fn}; ${s.man}` : s.fn;
    write(
      `${String(i).padStart(8)}  ${formatTime(s.t).padStart(13)}  ${String(s.task).padStart(3)}  ${String(s.ring).padStart(4)}  ${s.kind.padEnd(16)}  ${text} [${where}]\n`,
    );
  }
  const t = trace.totals;
  write('\n# totals\n');
  write(
    `syscalls ${t.syscalls}; mode switches ${t.modeSwitches} (syscall ${t.modeSwitchesBy.syscall}, exception ${t.modeSwitchesBy.exception}, interrupt ${t.modeSwitchesBy.interrupt})\n`,
  );
  write(
    `CPU copies ${t.cpuCopies} (${t.cpuBytes} B); DMA transfers ${t.dmaTransfers} (${t.dmaBytes} B); disk requests ${t.diskRequests}\n`,
  );
  write(
    `page faults ${t.pageFaults}; interrupts ${t.interrupts}; process context switches ${t.contextSwitches}; simulated time ${formatTime(t.simTimeNs)}\n`,
  );
}
