// The table of a run, made in a worker thread while the main thread writes it: the simulation streams its
// steps (SimulateOptions.stream), each batch is rendered and posted, and the worker waits until the main
// thread has written it (Atomics.wait on a shared flag). The slowest reader paces the whole run, and memory
// holds one batch, not the trace: a 1 GiB table stays far below what the whole trace would take.
import { parentPort, workerData } from 'node:worker_threads';
import { loadNarration } from '../i18n/index';
import { simulate, writtenFileOf, type Params, type ScenarioId, type WrittenFile } from '../sim/index';
import { tableHead, tableRow, tableTotals, tableWritten } from './render';

export interface TableJob {
  readonly scenario: ScenarioId;
  readonly params: Params;
  /** Int32 at 0: 0 while a posted batch is being written, 1 once it is. */
  readonly written: SharedArrayBuffer;
}

/** Steps rendered per batch: a few MB of text. */
export const TABLE_BATCH = 8192;

const job = workerData as TableJob;
const written = new Int32Array(job.written);

function send(text: string): void {
  Atomics.store(written, 0, 0);
  parentPort!.postMessage(text);
  Atomics.wait(written, 0, 0);
}

// The table narrates every step.
await loadNarration();
send(tableHead(job.scenario, job.params));
let writtenFile: WrittenFile | null = null;
const trace = simulate(job.scenario, job.params, {
  stream: {
    every: TABLE_BATCH,
    onSteps(view, from, to, machine) {
      writtenFile = writtenFileOf(machine, job.params.page);
      let text = '';
      for (let i = from; i < to; i++) text += tableRow(view, i);
      send(text);
    },
  },
});
send(tableTotals(trace.totals) + tableWritten(writtenFile));
