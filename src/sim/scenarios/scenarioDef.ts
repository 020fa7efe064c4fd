import type { Kernel } from '../kernel/kernel';
import type { MachineState } from '../machineState';
import type { Params } from '../params';
import type { ScenarioId } from '../scenarioIds';
import type { TaskInfo } from '../trace';

/** A canonical program: its text (shown beside the animation), its processes, its start state and its run. */
export interface ScenarioDef {
  readonly id: ScenarioId;
  readonly tasks: readonly TaskInfo[];
  program(p: Params): readonly string[];
  /** Adjusts the initial machine (e.g. resident buffer pages) before the first step. */
  setup?(m: MachineState, p: Params): void;
  run(k: Kernel, line: (n: number) => void): void;
}

export const P1 = 100;
export const P2 = 101;
export const SENDER: readonly TaskInfo[] = [{ pid: P1, name: 'sender' }];
