import type { MachineState } from './machineState';
import type { ParamName, Params } from './params';
import type { ScenarioId } from './scenarioIds';
import type { StepColumns } from './stepColumns';
import type { Totals } from './counters';
import type { CostModel } from './costModel';
import type { Pid } from './units';

export interface TaskInfo {
  readonly pid: Pid;
  readonly name: string;
  /** A kernel thread (issue 16's flusher kworker): no user space, no system calls of its own. */
  readonly kernel?: boolean;
}

/** Start (and end) step of every syscall, and the first step of every loop iteration. */
export interface StepGroups {
  readonly syscallStart: Int32Array;
  /** Index of the syscall's exit step; -1 for a call that never returns (exit_group). */
  readonly syscallEnd: Int32Array;
  readonly iterationStart: Int32Array;
  /** Steps that deliver a signal or end a task (strace prints a line for each). */
  readonly signalSteps: Int32Array;
}

/**
 * The output of running a program: an ordered list of steps plus what makes any step cheap to inspect.
 * Plain data (typed arrays and frozen objects); read it with the get* functions of the public entry.
 */
export interface ProgramTrace {
  /** The canonical scenario the program is; null for a program of the user's own. */
  readonly scenario: ScenarioId | null;
  readonly params: Params;
  readonly cost: CostModel;
  readonly tasks: readonly TaskInfo[];
  readonly program: readonly string[];
  /** The scenario parameters the program names as constants (`const F = …` → file): what a link may set. */
  readonly constants: readonly ParamName[];
  readonly length: number;
  readonly columns: StepColumns;
  readonly groups: StepGroups;
  /** Every CHECKPOINT_EVERY steps: the machine before that step (index 0 = the initial state). */
  readonly checkpoints: readonly MachineState[];
  readonly counterCheckpoints: readonly Float64Array[];
  readonly totals: Totals;
  readonly endTimeNs: number;
  /** When the program's last call returned (≤ endTimeNs); after it the devices finish and the CPU idles. */
  readonly programEndNs: number;
}

/** The output of simulate(): a canonical scenario's trace. */
export interface Trace extends ProgramTrace {
  readonly scenario: ScenarioId;
}

export const CHECKPOINT_EVERY = 256;
