import {
  DEFAULT_PARAMS,
  SCENARIO_PARAMS,
  type ParamName,
  type Params,
  type ScenarioId,
  type Trace,
} from '../sim/index';
import { buildLogIndex, linesUpTo, logLines, type LogEvent, type LogIndex } from '../worker/logIndex';

export type { LogEvent } from '../worker/logIndex';

/** Defaults plus the parameters that change what the scenario does (SCENARIO_PARAMS): the trace's input. */
export function relevantParams(scenario: ScenarioId, params: Params): Params {
  const out: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const name of SCENARIO_PARAMS[scenario]) out[name] = params[name];
  return out as unknown as Params;
}

function traceKey(scenario: ScenarioId, params: Params): string {
  return [scenario, ...SCENARIO_PARAMS[scenario].map((n: ParamName) => `${n}=${params[n]}`)].join('&');
}

/** Whether two (scenario, params) pairs make the same trace (they differ only in parameters it ignores). */
export function sameRun(a: ScenarioId, pa: Params, b: ScenarioId, pb: Params): boolean {
  return traceKey(a, pa) === traceKey(b, pb);
}

let cached: { readonly key: string; readonly trace: Trace } | undefined;

/** simulate(), for whoever may build on the spot. */
export type SyncTraceBuilder = (scenario: ScenarioId, params: Params) => Trace;

let syncBuilder: SyncTraceBuilder | undefined;

/**
 * Lets getTrace build on the spot (tests, tools without a worker pass simulate). The app installs none: its
 * traces all come from the simulation worker, so the page never runs simulate() and its bundle holds neither
 * the kernel model nor the program interpreter (DESIGN §9's initial-JavaScript budget).
 */
export function setSyncTraceBuilder(builder: SyncTraceBuilder | undefined): void {
  syncBuilder = builder;
  cached = undefined;
}

/** Whether a trace not built yet can be built on the spot (a sync builder is installed). */
export function canBuildOnTheSpot(): boolean {
  return syncBuilder !== undefined;
}

/**
 * The trace of (scenario, params), memoised: one entry, because a 1 GiB trace holds ~120 MB. Built on the
 * spot by the sync builder if there is one (recorded as a `dpl:simulate` performance measure, which the UI
 * benchmark reads); without one, only the trace the worker installed is there, and the store shows no run
 * until it is (AppState.runReady), so asking for another is a bug.
 */
export function getTrace(scenario: ScenarioId, params: Params): Trace {
  const key = traceKey(scenario, params);
  if (cached?.key === key) return cached.trace;
  if (!syncBuilder) throw new Error(`no trace has been built for ${key}`);
  const perf = globalThis.performance;
  const start = perf?.now() ?? 0;
  const trace = syncBuilder(scenario, relevantParams(scenario, params));
  perf?.measure?.('dpl:simulate', { start, end: perf.now(), detail: { key, steps: trace.length } });
  cached = { key, trace };
  return trace;
}

/** Whether getTrace(scenario, params) would answer at once, without building. */
export function hasTrace(scenario: ScenarioId, params: Params): boolean {
  return cached?.key === traceKey(scenario, params);
}

/** Makes a trace built elsewhere (the simulation worker) the memoised one for (scenario, params). */
export function installTrace(scenario: ScenarioId, params: Params, trace: Trace): void {
  cached = { key: traceKey(scenario, params), trace };
}

/** The trace derived from the store's inputs. */
export function selectTrace(state: { readonly scenario: ScenarioId; readonly params: Params }): Trace {
  return getTrace(state.scenario, state.params);
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
