import {
  DEFAULT_PARAMS,
  SCENARIO_PARAMS,
  runProgram,
  simulate,
  type ParamName,
  type Params,
  type ScenarioId,
  type Trace,
} from '../sim/index';
import { ProgramFailed, type ProgramInput } from '../worker/client';
import { buildLogIndex, linesUpTo, logLines, type LogEvent, type LogIndex } from '../worker/logIndex';

export type { LogEvent } from '../worker/logIndex';

/** Defaults plus the parameters that change what the scenario does (SCENARIO_PARAMS): the trace's input. */
export function relevantParams(scenario: ScenarioId, params: Params): Params {
  const out: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const name of SCENARIO_PARAMS[scenario]) out[name] = params[name];
  return out as unknown as Params;
}

/** A program's key is its whole text (its constants are its parameters); the scenario says what the views draw. */
function traceKey(scenario: ScenarioId, params: Params, program?: ProgramInput | null): string {
  if (program) return `program:${scenario}\n${program.text}`;
  return [scenario, ...SCENARIO_PARAMS[scenario].map((n: ParamName) => `${n}=${params[n]}`)].join('&');
}

/**
 * A program's trace, marked with `scenario` (the one it was copied from). Throws ProgramFailed, with the
 * line and column, for a program that does not parse, check or run.
 */
function programTrace(scenario: ScenarioId, program: ProgramInput): Trace {
  const result = runProgram(program.text, {}, { scenario });
  if (!result.ok) throw new ProgramFailed(result.problem);
  return result.trace as Trace;
}

let cached: { readonly key: string; readonly trace: Trace } | undefined;

/**
 * The trace of (scenario, params), or of `program` when given, memoised: one entry, because a 1 GiB trace
 * holds ~120 MB. Each build is recorded as a `dpl:simulate` performance measure (the UI benchmark reads it).
 * A program that fails throws ProgramFailed (the store checks before it switches to one).
 */
export function getTrace(scenario: ScenarioId, params: Params, program?: ProgramInput | null): Trace {
  const key = traceKey(scenario, params, program);
  if (cached?.key === key) return cached.trace;
  const perf = globalThis.performance;
  const start = perf?.now() ?? 0;
  const trace = program
    ? programTrace(scenario, program)
    : simulate(scenario, relevantParams(scenario, params));
  perf?.measure?.('dpl:simulate', { start, end: perf.now(), detail: { key, steps: trace.length } });
  cached = { key, trace };
  return trace;
}

/** Whether getTrace(scenario, params, program) would answer at once, without building. */
export function hasTrace(scenario: ScenarioId, params: Params, program?: ProgramInput | null): boolean {
  return cached?.key === traceKey(scenario, params, program);
}

/** Makes a trace built elsewhere (the simulation worker) the memoised one for (scenario, params, program). */
export function installTrace(
  scenario: ScenarioId,
  params: Params,
  trace: Trace,
  program?: ProgramInput | null,
): void {
  cached = { key: traceKey(scenario, params, program), trace };
}

/** The trace derived from the store's inputs. */
export function selectTrace(state: {
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly program?: ProgramInput | null;
}): Trace {
  return getTrace(state.scenario, state.params, state.program);
}

const logs = new WeakMap<Trace, LogIndex>();

/** Every strace line of a trace, indexed; built once per trace (or handed over by the worker). */
function getLog(trace: Trace): LogIndex {
  let log = logs.get(trace);
  if (!log) {
    log = buildLogIndex(trace);
    logs.set(trace, log);
  }
  return log;
}

/** Keeps a log the worker built beside the trace, so the main thread never scans for it. */
export function installLog(trace: Trace, log: LogIndex): void {
  logs.set(trace, log);
}

/**
 * The last `max` strace lines completed by step `step`: the same lines as getStraceEvents(trace, step),
 * found by binary search in the whole log, so it costs O(log n) per step on a million-step trace.
 */
export function getLogTail(
  trace: Trace,
  step: number,
  max = 40,
): { lines: readonly LogEvent[]; total: number } {
  const log = getLog(trace);
  const total = linesUpTo(log, step);
  return { lines: logLines(log, Math.max(0, total - max), total), total };
}
