import { DEFAULT_COSTS, type CostModel } from './costModel';
import { Kernel } from './kernel/kernel';
import { createMachine } from './machineState';
import { DEFAULT_PARAMS, type Params } from './params';
import type { ScenarioId } from './scenarioIds';
import { SCENARIOS } from './scenarios/registry';
import { S } from './sites';
import type { Trace } from './trace';
import { TraceBuilder } from './traceBuilder';
import { ProgressBuilder } from './progressBuilder';

export interface SimulateOptions {
  /** Overrides of the cost model's defaults (ns per event). */
  readonly cost?: Partial<CostModel>;
  /**
   * Called with the number of steps built so far, every 64 Ki steps, so a caller (the UI's worker) can show
   * progress. It must not change anything the simulation reads; the trace is the same with or without it.
   */
  readonly onProgress?: (steps: number) => void;
}

/**
 * Pure: runs a canonical scenario with resolved parameters into a deterministic trace. Same input, same
 * trace, byte for byte. Validate raw input with parseParams first; this function trusts its params.
 */
export function simulate(
  scenario: ScenarioId,
  params: Partial<Params> = {},
  options: SimulateOptions = {},
): Trace {
  const p: Params = { ...DEFAULT_PARAMS, ...params };
  const cost: CostModel = { ...DEFAULT_COSTS, ...options.cost };
  const def = SCENARIOS[scenario];
  const machine = createMachine(
    def.tasks.map((t) => t.pid),
    3,
    p.page,
  );
  if (p.cache === 'warm') machine.cached.push([0, Math.ceil(p.file / p.page) - 1]);
  def.setup?.(machine, p);
  const builder = options.onProgress
    ? new ProgressBuilder(machine, options.onProgress)
    : new TraceBuilder(machine);
  const k = new Kernel(builder, p, cost, def.tasks[0]!.pid);
  def.run(k, (n) => {
    builder.line = n;
  });
  k.drain();
  const ended = machine.tasks[0]?.state === 'killed';
  if (!ended) k.cpu(S.end, {}, 0);
  return builder.finish(scenario, p, cost, def.tasks, def.program(p), k.now);
}
