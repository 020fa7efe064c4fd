import type { CostModel } from './costModel';
import { DEFAULT_PARAMS, type Params } from './params';
import { formatProblem } from './program/errors';
import { runProgram } from './program/runProgram';
import { scenarioProgram } from './programs/registry';
import type { ScenarioId } from './scenarioIds';
import type { Trace } from './trace';
import type { StepSink } from './streamBuilder';

export interface SimulateOptions {
  /** Overrides of the cost model's defaults (ns per event). */
  readonly cost?: Partial<CostModel>;
  /**
   * Called with the number of steps built so far, every 64 Ki steps, so a caller (the UI's worker) can show
   * progress. It must not change anything the simulation reads; the trace is the same with or without it.
   */
  readonly onProgress?: (steps: number) => void;
  /**
   * Streams the run instead of keeping it: every `every` steps `onSteps(view, from, to)` may read steps
   * [from, to) of `view` with getStep; after it returns their columns are released. The returned trace then
   * has valid totals, groups and length only (no steps to read, no checkpoints): for output written once,
   * such as the CLI's table of a 1 GiB run.
   */
  readonly stream?: { readonly every: number; readonly onSteps: StepSink };
}

/**
 * Pure: runs a canonical scenario — its program text (src/sim/programs) through the interpreter — with
 * resolved parameters into a deterministic trace. Same input, same trace, byte for byte. Validate raw
 * input with parseParams first; this function trusts its params.
 */
export function simulate(
  scenario: ScenarioId,
  params: Partial<Params> = {},
  options: SimulateOptions = {},
): Trace {
  const p: Params = { ...DEFAULT_PARAMS, ...params };
  const result = runProgram(scenarioProgram(scenario, p), p, {
    scenario,
    ...(options.cost ? { cost: options.cost } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.stream ? { stream: options.stream } : {}),
    // parseParams bounds the canonical scenarios' size; their loops always end.
    maxSteps: Infinity,
    maxOps: Infinity,
  });
  // The canonical programs are tested to run (tests/sim/golden.test.ts): a failure here is a defect.
  if (!result.ok) throw new Error(`scenario ${scenario}: ${formatProblem(result.problem)}`);
  // runProgram marks the trace with the scenario it was given.
  return result.trace as Trace;
}
