import { parseParams } from './parseParams';
import { SCENARIO_PARAMS, type ParamName, type ParamProblem, type Params } from './params';
import type { ScenarioId } from './scenarioIds';
import { simulate } from './simulate';
import type { Totals } from './counters';

/** One run of a sweep: a scenario at resolved parameters (what `sim sweep` prints for each point). */
export interface SweepRun {
  readonly scenario: ScenarioId;
  readonly params: Params;
}

export type SweepRuns =
  | { readonly ok: true; readonly runs: readonly SweepRun[] }
  | { readonly ok: false; readonly error: string; readonly problem: ParamProblem };

/**
 * Every scenario at every value of the swept parameter `axis`, the other raw parameters shared (the CLI's
 * `sim sweep` and the app's growth charts). With `onlyUsed`, parameters a scenario does not use are left out
 * for it (its curve is then flat), so one set of fixed parameters can serve scenarios that differ. Pure.
 */
export function sweepRuns(
  scenarios: readonly string[],
  axis: ParamName,
  values: readonly string[],
  raw: Readonly<Record<string, string>>,
  onlyUsed = false,
): SweepRuns {
  const runs: SweepRun[] = [];
  for (const scenario of scenarios) {
    for (const value of values) {
      const all: Record<string, string> = { ...raw, [axis]: value };
      const used = (SCENARIO_PARAMS as Record<string, readonly string[] | undefined>)[scenario];
      const given =
        onlyUsed && used ? Object.fromEntries(Object.entries(all).filter(([k]) => used.includes(k))) : all;
      const parsed = parseParams(scenario, given);
      if (!parsed.ok) return { ok: false, error: parsed.error, problem: parsed.problem };
      runs.push({ scenario: scenario as ScenarioId, params: parsed.params });
    }
  }
  return { ok: true, runs };
}

/** Streamed runs hand over their steps this often and keep none of them. */
const STREAM_EVERY = 1 << 16;

/**
 * The totals of one run, built in bounded memory: the run is streamed and its steps released as it goes, so a
 * 1 GiB point costs time, not a full trace. The same totals as `simulate(…).totals`.
 */
export function sweepTotals(run: SweepRun, onProgress?: (steps: number) => void): Totals {
  return simulate(run.scenario, run.params, {
    stream: { every: STREAM_EVERY, onSteps: () => {} },
    ...(onProgress ? { onProgress } : {}),
  }).totals;
}
