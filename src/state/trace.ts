import {
  DEFAULT_PARAMS,
  SCENARIO_PARAMS,
  getStraceEvents,
  simulate,
  type ParamName,
  type Params,
  type ScenarioId,
  type Trace,
} from '../sim/index';

/** Defaults plus the parameters that change what the scenario does (SCENARIO_PARAMS): the trace's input. */
export function relevantParams(scenario: ScenarioId, params: Params): Params {
  const out: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const name of SCENARIO_PARAMS[scenario]) out[name] = params[name];
  return out as unknown as Params;
}

function traceKey(scenario: ScenarioId, params: Params): string {
  return [scenario, ...SCENARIO_PARAMS[scenario].map((n: ParamName) => `${n}=${params[n]}`)].join('&');
}

let cached: { readonly key: string; readonly trace: Trace } | undefined;

/**
 * The trace of (scenario, params), memoised: one entry, because a 1 GiB trace holds ~120 MB. Each build is
 * recorded as a `dpl:simulate` performance measure (the UI benchmark reads it).
 */
export function getTrace(scenario: ScenarioId, params: Params): Trace {
  const key = traceKey(scenario, params);
  if (cached?.key === key) return cached.trace;
  const perf = globalThis.performance;
  const start = perf?.now() ?? 0;
  const trace = simulate(scenario, relevantParams(scenario, params));
  perf?.measure?.('dpl:simulate', { start, end: perf.now(), detail: { key, steps: trace.length } });
  cached = { key, trace };
  return trace;
}

/** The trace derived from the store's inputs. */
export function selectTrace(state: { readonly scenario: ScenarioId; readonly params: Params }): Trace {
  return getTrace(state.scenario, state.params);
}

export type LogEvent = ReturnType<typeof getStraceEvents>[number];
const logs = new WeakMap<Trace, readonly LogEvent[]>();

/** Every strace line of a trace with its step, sorted by step; computed once per trace. */
function getLog(trace: Trace): readonly LogEvent[] {
  let log = logs.get(trace);
  if (!log) {
    log = getStraceEvents(trace);
    logs.set(trace, log);
  }
  return log;
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
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid]!.step <= step) lo = mid + 1;
    else hi = mid;
  }
  return { lines: log.slice(Math.max(0, lo - max), lo), total: lo };
}
