import {
  DEFAULT_PARAMS,
  SCENARIO_PARAMS,
  type ParamName,
  type Params,
  type ScenarioId,
  type Trace,
} from '../sim/index';
import { ProgramFailed, type ProgramInput } from '../worker/client';
import { linesUpTo, logLines, type LogEvent, type LogIndex } from '../worker/logIndex';

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

/** Whether two runs make the same trace (scenarios that differ only in parameters they ignore, or one program). */
export function sameRun(
  a: ScenarioId,
  pa: Params,
  b: ScenarioId,
  pb: Params,
  programA?: ProgramInput | null,
  programB?: ProgramInput | null,
): boolean {
  return traceKey(a, pa, programA) === traceKey(b, pb, programB);
}

let cached: { readonly key: string; readonly trace: Trace } | undefined;

/** Builds traces on the spot (simulate and runProgram, for tests and tools without a worker). */
export interface SyncTraceBuilder {
  scenario(scenario: ScenarioId, params: Params): Trace;
  /**
   * The program's run, marked with `scenario` (the one it was copied from); 'big' when it would pass `limit`
   * steps; a ProgramFailed, with the line and column, when it does not parse, check or run.
   */
  program(scenario: ScenarioId, program: ProgramInput, limit?: number): Trace | 'big' | ProgramFailed;
  /** A trace's strace log, indexed (the worker hands the app's over with each trace: installLog). */
  log(trace: Trace): LogIndex;
}

let syncBuilder: SyncTraceBuilder | undefined;

/**
 * Lets getTrace build on the spot (tests and tools without a worker install one: tests/helpers/syncTraces.ts).
 * The app installs none: its traces all come from the simulation worker, so the page never runs simulate()
 * and its bundle holds neither the kernel model nor the program interpreter (DESIGN §9's budget).
 */
export function setSyncTraceBuilder(builder: SyncTraceBuilder | undefined): void {
  syncBuilder = builder;
  cached = undefined;
}

/** Whether a trace not built yet can be built on the spot (a sync builder is installed). */
export function canBuildOnTheSpot(): boolean {
  return syncBuilder !== undefined;
}

function programTrace(builder: SyncTraceBuilder, scenario: ScenarioId, program: ProgramInput): Trace {
  const r = builder.program(scenario, program);
  if (r instanceof ProgramFailed) throw r;
  if (r === 'big') throw new Error('the sync builder refused a program without a step limit');
  return r;
}

/**
 * A program's trace if it is small (at most `limit` steps), built on the spot by the sync builder; 'big' when
 * it needs more (the worker builds it); a ProgramFailed when it fails. Only with a sync builder installed.
 */
export function trySmallProgram(
  scenario: ScenarioId,
  program: ProgramInput,
  limit: number,
): Trace | 'big' | ProgramFailed {
  if (!syncBuilder) return 'big';
  return syncBuilder.program(scenario, program, limit);
}

/**
 * The trace of (scenario, params), or of `program` when given, memoised: one entry, because a 1 GiB trace
 * holds ~120 MB. Built on the spot by the sync builder if there is one (recorded as a `dpl:simulate`
 * performance measure, which the UI benchmark reads); without one, only the trace the worker installed is
 * there, and the store shows no run until it is (AppState.runReady), so asking for another is a bug.
 */
export function getTrace(scenario: ScenarioId, params: Params, program?: ProgramInput | null): Trace {
  const key = traceKey(scenario, params, program);
  if (cached?.key === key) return cached.trace;
  if (!syncBuilder) throw new Error(`no trace has been built for ${key.slice(0, 80)}`);
  const perf = globalThis.performance;
  const start = perf?.now() ?? 0;
  const trace = program
    ? programTrace(syncBuilder, scenario, program)
    : syncBuilder.scenario(scenario, relevantParams(scenario, params));
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

/**
 * Every strace line of a trace, indexed: handed over by the worker (or built once by a sync builder), so the
 * page's bundle holds no strace formatting.
 */
function getLog(trace: Trace): LogIndex {
  let log = logs.get(trace);
  if (!log) {
    if (!syncBuilder) throw new Error('no strace log has been installed for this trace');
    log = syncBuilder.log(trace);
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

/**
 * A run's trace built on the spot by the sync builder, without touching the memo (compare mode keeps two runs
 * of its own beside the one on screen); undefined without a sync builder. Throws a program's ProgramFailed.
 */
export function buildOnTheSpot(
  scenario: ScenarioId,
  params: Params,
  program?: ProgramInput | null,
): Trace | undefined {
  if (!syncBuilder) return undefined;
  return program
    ? programTrace(syncBuilder, scenario, program)
    : syncBuilder.scenario(scenario, relevantParams(scenario, params));
}

/** The strace lines completed by step `step`, from the first: the worker's log, read only that far. */
export function getLogHead(trace: Trace, step: number): string[] {
  const log = getLog(trace);
  return logLines(log, 0, linesUpTo(log, step)).map((e) => e.text);
}
