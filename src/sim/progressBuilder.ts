import type { RawStep } from './applyStep';
import { TraceBuilder } from './traceBuilder';
import type { MachineState } from './machineState';

/** How often a build reports: every 64 Ki steps (a few dozen reports for the largest run). */
export const PROGRESS_EVERY = 1 << 16;

/** A TraceBuilder that tells `onProgress` how many steps it holds, every PROGRESS_EVERY steps. */
export class ProgressBuilder extends TraceBuilder {
  constructor(
    machine: MachineState,
    private readonly onProgress: (steps: number) => void,
  ) {
    super(machine);
  }

  override emit(s: RawStep): void {
    super.emit(s);
    if (this.length % PROGRESS_EVERY === 0) this.onProgress(this.length);
  }
}
