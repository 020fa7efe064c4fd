import { applyStep, type RawStep } from './applyStep';
import { countStep } from './counters';
import { ACC_WIDTH, countCpuTime, totalsAt } from './cpuClock';
import { cloneMachine, type MachineState } from './machineState';
import { SITES, S } from './sites';
import { createColumns, pushStep } from './stepColumns';
import { CHECKPOINT_EVERY, type ProgramTrace, type TaskInfo } from './trace';
import type { Params } from './params';
import type { ScenarioId } from './scenarioIds';
import type { CostModel } from './costModel';

/** Thrown when a run would make more steps than its limit. */
export class StepLimit extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} steps`);
  }
}

/** Appends steps, keeps the live machine and counters, and records checkpoints and groups. */
export class TraceBuilder {
  readonly columns = createColumns();
  /** The counters and the CPU clock (cpuClock.ts). */
  readonly counters = new Float64Array(ACC_WIDTH);
  private readonly checkpoints: MachineState[] = [];
  private readonly counterCheckpoints: Float64Array[] = [];
  private readonly syscallStart: number[] = [];
  private readonly syscallEnd: number[] = [];
  private readonly iterationStart: number[] = [];
  private readonly signalSteps: number[] = [];
  private readonly openSyscall = new Map<number, number>();
  line = 0;
  /** When the program's last call returned (set before the devices drain): CPU time after it is not the program's. */
  programEndNs = Infinity;
  /** Steps the trace may hold: one more throws StepLimit (a program's run stops there, naming its line). */
  limit = Infinity;

  /** `checkpoints: false` (streamed runs): nothing will seek, so no machine copies are kept. */
  constructor(
    readonly machine: MachineState,
    private readonly keepCheckpoints = true,
  ) {}

  get length(): number {
    return this.columns.length;
  }

  emit(s: RawStep): void {
    const i = this.columns.length;
    if (i >= this.limit) throw new StepLimit(this.limit);
    if (i % CHECKPOINT_EVERY === 0 && this.keepCheckpoints) {
      this.checkpoints.push(cloneMachine(this.machine));
      this.counterCheckpoints.push(this.counters.slice());
    }
    pushStep(this.columns, s, this.line);
    applyStep(this.machine, s);
    countStep(this.counters, s.site, s.n, s.flags);
    const kind = SITES[s.site]!.kind;
    countCpuTime(this.counters, kind, s, this.programEndNs);
    if (kind === 'syscall.enter') {
      this.openSyscall.set(s.task, this.syscallStart.length);
      this.syscallStart.push(i);
      this.syscallEnd.push(-1);
    } else if (kind === 'signal.deliver' || kind === 'task.exit') {
      this.signalSteps.push(i);
    } else if (kind === 'syscall.exit' && s.site !== S.task.retFromFork) {
      const g = this.openSyscall.get(s.task);
      if (g !== undefined) this.syscallEnd[g] = i;
      this.openSyscall.delete(s.task);
    }
  }

  beginIteration(): void {
    this.iterationStart.push(this.columns.length);
  }

  finish(
    scenario: ScenarioId | null,
    params: Params,
    cost: CostModel,
    tasks: readonly TaskInfo[],
    program: readonly string[],
    endTimeNs: number,
  ): ProgramTrace {
    return Object.freeze({
      scenario,
      params,
      cost,
      tasks,
      program,
      // runProgram fills in the program's constants.
      constants: [],
      length: this.columns.length,
      columns: this.columns,
      groups: Object.freeze({
        syscallStart: Int32Array.from(this.syscallStart),
        syscallEnd: Int32Array.from(this.syscallEnd),
        iterationStart: Int32Array.from(this.iterationStart),
        signalSteps: Int32Array.from(this.signalSteps),
      }),
      checkpoints: this.checkpoints,
      counterCheckpoints: this.counterCheckpoints,
      totals: totalsAt(this.counters, endTimeNs, this.programEndNs),
      endTimeNs,
      programEndNs: Math.min(this.programEndNs, endTimeNs),
    });
  }
}
