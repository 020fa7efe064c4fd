import type { CounterKey, Totals } from '../counters';
import { DEFAULT_PARAMS, SCENARIO_PARAMS, type ParamName, type Params } from '../params';
import { SCENARIO_IDS, type ScenarioId } from '../scenarioIds';
import { isRealSystemId } from '../realSystemIds';
import { simulate } from '../simulate';
import { PROBLEM_CHOICES } from './choices';
import { seededRandom } from './random';
import { reasonFor } from './reasons';

/** The counters a problem asks about (DESIGN §6 totals keys). */
export const PROBLEM_COUNTERS = [
  'syscalls',
  'modeSwitches',
  'cpuCopies',
  'cpuBytes',
  'dmaTransfers',
  'pageFaults',
  'contextSwitches',
] as const satisfies readonly CounterKey[];
export type ProblemCounter = (typeof PROBLEM_COUNTERS)[number];

export interface ProblemQuestion {
  readonly counter: ProblemCounter;
  /** The trace's own total. */
  readonly answer: number;
  /** Where the total comes from, in one line (reasonFor). */
  readonly reason: string;
}

export interface Problem {
  /** 1-based position in the set. */
  readonly n: number;
  readonly scenario: ScenarioId;
  /** Every parameter, resolved; `changed` lists the ones drawn away from their defaults. */
  readonly params: Params;
  readonly changed: readonly ParamName[];
  readonly questions: readonly ProblemQuestion[];
}

export interface ProblemSetOptions {
  readonly seed: number;
  readonly count: number;
  /** Scenarios to draw from (default: all). */
  readonly scenarios?: readonly ScenarioId[];
  /** Questions per problem (default 3, at most PROBLEM_COUNTERS.length). */
  readonly questions?: number;
}

export const PROBLEM_LIMITS = { count: { min: 1, max: 100 }, questions: { min: 1, max: 7 } } as const;

function valueOf(totals: Totals, key: ProblemCounter): number {
  return totals[key];
}

/**
 * A problem set drawn from `seed`: `count` runs (scenario and sensible parameters, PROBLEM_CHOICES) and, for
 * each, questions about its counters with the trace's own answers and reasons. Pure and deterministic: the
 * same options give the same set on any machine. Scenarios are dealt round-robin from a shuffled list, so a
 * set of 10 visits every scenario before it repeats one.
 */
export function generateProblems(options: ProblemSetOptions): Problem[] {
  const random = seededRandom(options.seed);
  // Issue 18's real systems are not dealt by default: their parameters are the system's, not the choices'.
  const scenarios = options.scenarios?.length
    ? options.scenarios
    : SCENARIO_IDS.filter((id) => !isRealSystemId(id));
  const perProblem = Math.min(options.questions ?? 3, PROBLEM_COUNTERS.length);
  const order = random.sample(scenarios, scenarios.length);
  const out: Problem[] = [];
  for (let n = 1; n <= options.count; n++) {
    const scenario = order[(n - 1) % order.length]!;
    const p: Record<string, unknown> = { ...DEFAULT_PARAMS };
    const changed: ParamName[] = [];
    for (const name of SCENARIO_PARAMS[scenario]) {
      const choices = PROBLEM_CHOICES[name];
      if (!choices) continue;
      const value = random.pick(choices as readonly unknown[]);
      p[name] = value;
      if (value !== DEFAULT_PARAMS[name]) changed.push(name);
    }
    const params = p as unknown as Params;
    const trace = simulate(scenario, params);
    const counters = random.sample(PROBLEM_COUNTERS, perProblem);
    out.push({
      n,
      scenario,
      params: trace.params,
      changed,
      questions: counters.map((counter) => ({
        counter,
        answer: valueOf(trace.totals, counter),
        reason: reasonFor(trace, counter),
      })),
    });
  }
  return out;
}
