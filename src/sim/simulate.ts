import { DEFAULT_COSTS, type CostModel } from './costModel';
import { Kernel } from './kernel/kernel';
import { createMachine } from './machineState';
import { DEFAULT_PARAMS, type Params } from './params';
import type { ScenarioId } from './scenarioIds';
import { SCENARIOS } from './scenarios/registry';
import { S } from './sites';
import type { Trace } from './trace';
import { COUNTER_COUNT, toTotals } from './counters';
import { readTime } from './stepColumns';
import { TraceBuilder } from './traceBuilder';
import { ProgressBuilder } from './progressBuilder';
import { StreamBuilder, type StepSink } from './streamBuilder';
import type { TaskInfo } from './trace';

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
  const stream = options.stream
    ? new StreamBuilder(machine, Math.max(1, options.stream.every), options.stream.onSteps)
    : undefined;
  const builder =
    stream ??
    (options.onProgress ? new ProgressBuilder(machine, options.onProgress) : new TraceBuilder(machine));
  if (stream) stream.view = liveView(scenario, p, cost, def.tasks, def.program(p), stream);
  const k = new Kernel(builder, p, cost, def.tasks[0]!.pid);
  def.run(k, (n) => {
    builder.line = n;
  });
  k.drain();
  const ended = machine.tasks[0]?.state === 'killed';
  if (!ended) k.cpu(S.end, {}, 0);
  stream?.flush();
  return builder.finish(scenario, p, cost, def.tasks, def.program(p), k.now);
}

/** The trace as far as it is built: what a stream's sink reads steps from (getStep needs columns and params). */
function liveView(
  scenario: ScenarioId,
  params: Params,
  cost: CostModel,
  tasks: readonly TaskInfo[],
  program: readonly string[],
  builder: TraceBuilder,
): Trace {
  const empty = new Int32Array(0);
  return {
    scenario,
    params,
    cost,
    tasks,
    program,
    get length() {
      return builder.length;
    },
    columns: builder.columns,
    groups: { syscallStart: empty, syscallEnd: empty, iterationStart: empty, signalSteps: empty },
    checkpoints: [],
    counterCheckpoints: [],
    totals: toTotals(new Float64Array(COUNTER_COUNT), 0),
    get endTimeNs() {
      return builder.length > 0 ? readTime(builder.columns, builder.length - 1) : 0;
    },
  };
}
