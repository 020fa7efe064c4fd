import type { RawStep } from './applyStep';
import type { MachineState } from './machineState';
import { CHUNK_STEPS } from './stepColumns';
import type { Trace } from './trace';
import { TraceBuilder } from './traceBuilder';

/** What a streamed run hands its caller: steps [from, to) of `view`, readable with getStep until it returns. */
export type StepSink = (view: Trace, from: number, to: number) => void;

/**
 * A TraceBuilder for output that is written once and never sought (the CLI's table): every `every` steps it
 * hands the new steps to `sink`, then releases the column chunks below them and keeps no checkpoints, so a
 * run of any length builds in bounded memory. The kernel reads only the live machine, never the columns.
 */
export class StreamBuilder extends TraceBuilder {
  private flushed = 0;
  view: Trace | undefined;

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
    this.sink(this.view, this.flushed, this.length);
    this.flushed = this.length;
    const chunks = this.columns.chunks;
    // Whole chunks below the last handed-over step are never read again.
    for (let k = 0; k < Math.floor(this.flushed / CHUNK_STEPS); k++) chunks[k] = RELEASED;
  }
}

/** A released chunk: empty columns, so a stray read finds zeros rather than old steps. */
const RELEASED = {
  site: new Uint16Array(0),
  task: new Uint16Array(0),
  ring: new Uint8Array(0),
  flags: new Uint8Array(0),
  line: new Uint8Array(0),
  t: new Float64Array(0),
  n: new Float64Array(0),
  a: new Float64Array(0),
  b: new Float64Array(0),
  c: new Float64Array(0),
};
