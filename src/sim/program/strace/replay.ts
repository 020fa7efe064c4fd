import { straceError } from '../../errno';
import type { Params } from '../../params';
import { emptyRaw, readStep } from '../../stepColumns';
import type { ProgramTrace } from '../../trace';
import { hex } from '../../units';
import { runProgram, type ProgramResult, type RunProgramOptions } from '../runProgram';
import { importStrace } from './importStrace';
import type { ImportedStrace } from './types';

/** A log call whose result the model does not reproduce: both values, and the model's step. */
export interface StraceMismatch {
  /** The log's line (1-based). */
  readonly line: number;
  readonly name: string;
  /** What the log says, as strace prints it (`4096`, `-1 EINVAL (Invalid argument)`, `?`). */
  readonly logged: string;
  /**
   * What the model returned, the same way; null when the model's run ended before the call (the CLI says
   * "(not made)", a view in its reader's language).
   */
  readonly model: string | null;
  /** The model's exit step of the call (-1 when it made none): a view can mark that step's line. */
  readonly step: number;
}

export interface StraceReplay {
  readonly imported: ImportedStrace;
  readonly result: ProgramResult;
  /** Empty unless the run succeeded. */
  readonly mismatches: readonly StraceMismatch[];
}

function shown(n: number | null, address = false): string {
  if (n === null) return '?';
  if (n < 0) return straceError(-n);
  return address ? hex(n) : String(n);
}

/**
 * The log calls whose result the model does not reproduce. The imported program makes the log's calls in
 * the log's order within each process, so the k-th call of a process in the trace is its k-th expected call.
 */
export function straceMismatches(imported: ImportedStrace, trace: ProgramTrace): StraceMismatch[] {
  const made: { ret: number | null; step: number }[][] = [[], []];
  const { syscallStart, syscallEnd } = trace.groups;
  const raw = emptyRaw();
  const procOf = new Map(trace.tasks.map((t, i) => [t.pid, i]));
  for (let g = 0; g < syscallStart.length; g++) {
    const end = syscallEnd[g]!;
    readStep(trace.columns, syscallStart[g]!, raw);
    const proc = procOf.get(raw.task) ?? 0;
    const ret = end < 0 ? null : readStep(trace.columns, end, raw).n;
    made[proc]?.push({ ret, step: end });
  }
  const next = [0, 0];
  const out: StraceMismatch[] = [];
  for (const c of imported.calls) {
    const got = made[c.proc]?.[next[c.proc]!++];
    const address = c.compare === 'success';
    const logged = shown(c.logged, address);
    if (!got) {
      out.push({ line: c.line, name: c.name, logged, model: null, step: -1 });
      continue;
    }
    if (c.compare === 'none' || c.logged === null) continue;
    const same =
      c.compare === 'value'
        ? got.ret === c.logged
        : got.ret !== null && got.ret >= 0 === c.logged >= 0 && (c.logged >= 0 || got.ret === c.logged);
    if (!same)
      out.push({ line: c.line, name: c.name, logged, model: shown(got.ret, address), step: got.step });
  }
  return out;
}

/**
 * Replays a strace log on the model: importStrace, then runProgram with `overrides` (e.g. `{ cache: 'warm' }`,
 * `{ sg: 'off' }`), then the calls whose results differ from the log's. Pure; never throws.
 */
export function replayStrace(
  log: string,
  overrides: Partial<Params> = {},
  options: RunProgramOptions = {},
): StraceReplay {
  const imported = importStrace(log, overrides.cache ? { cache: overrides.cache } : {});
  const result = runProgram(imported.program, overrides, options);
  return { imported, result, mismatches: result.ok ? straceMismatches(imported, result.trace) : [] };
}
