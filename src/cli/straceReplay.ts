import { readFileSync } from 'node:fs';
import { replayStrace, type Params, type StraceReplay, type ProgramTrace } from '../sim/index';

/** A replayed log: its trace and what the import said. */
export interface ReplayedLog {
  readonly trace: ProgramTrace;
  readonly replay: StraceReplay;
}

/**
 * `--strace FILE`: the log replayed on the model, or the one-line error `FILE:LINE:COL: message` (the line
 * is the log's where the failing program line replays one, else the program's).
 */
export function replayStraceFile(file: string, overrides: Partial<Params>): ReplayedLog | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return `sim: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const replay = replayStrace(text, overrides);
  const r = replay.result;
  if (r.ok) return { trace: r.trace, replay };
  const logLine = replay.imported.logLines[r.problem.line - 1] ?? 0;
  const where = logLine > 0 ? `${file}:${logLine}:1` : `${file}:${r.problem.line}:${r.problem.col}`;
  const inProgram = logLine > 0 ? ` (imported program line ${r.problem.line})` : ' (imported program)';
  return `${where}: ${r.problem.message}${inProgram}`;
}

/** The differences, keyed by the model's step, for the strace output: `log: 4096 (line 12)`. */
export function mismatchMarks(replay: StraceReplay): Map<number, string> {
  const marks = new Map<number, string>();
  for (const m of replay.mismatches)
    if (m.step >= 0)
      marks.set(m.step, `log line ${m.line}: ${m.name}() = ${m.logged}; the model: ${m.model}`);
  return marks;
}

/** The notices and the differences as `FILE:LINE: …` lines (stderr: the output stays a clean log). */
export function replayNotes(file: string, replay: StraceReplay): string {
  const at = (line: number) => (line > 0 ? `${file}:${line}` : file);
  // The location says the line; the message need not say it again.
  const notes = replay.imported.notices.map(
    (n) => `${at(n.line)}: note: ${n.message.replace(/^Line \d+: /, '')}\n`,
  );
  const diffs = replay.mismatches.map((m) =>
    m.model === null
      ? `${at(m.line)}: differs: the log returned ${m.logged} where the model did not make the call (its run ended before it)\n`
      : `${at(m.line)}: differs: the log returned ${m.logged} where the model returns ${m.model}\n`,
  );
  return [...notes, ...diffs].join('');
}

/** What `--format json` adds for a replay (DESIGN §6 plus the import's notices and differences). */
export function replayJson(replay: StraceReplay): object {
  return {
    import: {
      notices: replay.imported.notices.map((n) => ({ line: n.line, code: n.code, message: n.message })),
      mismatches: replay.mismatches,
      program: replay.imported.program,
    },
  };
}
