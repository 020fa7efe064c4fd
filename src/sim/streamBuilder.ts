import type { RawStep } from './applyStep';
import type { CostModel } from './costModel';
import { ACC_WIDTH, totalsAt } from './cpuClock';
import type { MachineState } from './machineState';
import type { Params } from './params';
import type { ScenarioId } from './scenarioIds';
import { readTime, releaseChunksBelow } from './stepColumns';
import type { ProgramTrace, TaskInfo } from './trace';
import { TraceBuilder } from './traceBuilder';

/**
 * What a streamed run hands its caller: steps [from, to) of `view`, readable with getStep until it returns,
 * and the live machine after step to − 1 (read it before returning: the run goes on changing it).
 */
export type StepSink = (view: ProgramTrace, from: number, to: number, machine: MachineState) => void;

/**
 * A TraceBuilder for output that is written once and never sought (the CLI's table): every `every` steps it
 * hands the new steps to `sink`, then releases the column chunks below them and keeps no checkpoints, so a
 * run of any length builds in bounded memory. The kernel reads only the live machine, never the columns.
 */
export class StreamBuilder extends TraceBuilder {
  private flushed = 0;
  view: ProgramTrace | undefined;

  constructor(
    machine: MachineState,
    private readonly every: number,
    private readonly sink: StepSink,
  ) {
    super(machine, false);
  }

  override emit(s: RawStep): void {
    super.emit(s);
    if (this.length - this.flushed >= this.every) this.flush();
  }

  /** Hands over every step not yet handed over (the run's end calls it once more). */
  flush(): void {
    if (!this.view || this.flushed === this.length) return;
    this.sink(this.view, this.flushed, this.length, this.machine);
    this.flushed = this.length;
    releaseChunksBelow(this.columns, this.flushed);
  }
}

/** The trace as far as it is built: what a stream's sink reads steps from (getStep needs columns and params). */
export function liveView(
  scenario: ScenarioId | null,
  params: Params,
  cost: CostModel,
  tasks: readonly TaskInfo[],
  program: readonly string[],
  builder: TraceBuilder,
): ProgramTrace {
  const empty = new Int32Array(0);
  return {
    scenario,
    params,
    cost,
    tasks,
    program,
    constants: [],
    get length() {
      return builder.length;
    },
    columns: builder.columns,
    groups: { syscallStart: empty, syscallEnd: empty, iterationStart: empty, signalSteps: empty },
    checkpoints: [],
    counterCheckpoints: [],
    totals: totalsAt(new Float64Array(ACC_WIDTH), 0, Infinity),
    get endTimeNs() {
      return builder.length > 0 ? readTime(builder.columns, builder.length - 1) : 0;
    },
    get programEndNs() {
      return builder.programEndNs;
    },
  };
}
