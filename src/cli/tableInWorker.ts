import { Worker } from 'node:worker_threads';
import type { Params, ScenarioId } from '../sim/index';
import { streamOut } from './streamOut';
import type { TableJob } from './tableWorker';

/**
 * `--format table`: the run is simulated and rendered in a worker (tableWorker.ts) a batch at a time; each
 * batch is written to stdout with back-pressure before the worker may go on.
 */
export function tableInWorker(run: { scenario: ScenarioId; params: Params }): Promise<void> {
  const written = new SharedArrayBuffer(4);
  const flag = new Int32Array(written);
  const job: TableJob = { ...run, written };
  // The CLI runs as TypeScript under tsx (npm run sim): the worker registers tsx's loader, then imports it.
  const entry = new URL('./tableWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  // A batch at a time needs little heap; the limit makes V8 collect early instead of growing.
  const worker = new Worker(boot, {
    eval: true,
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  });
  return new Promise((resolve, reject) => {
    let writing = Promise.resolve();
    worker.on('message', (text: string) => {
      writing = writing
        .then(() => streamOut(process.stdout, [text]))
        .then(() => {
          Atomics.store(flag, 0, 1);
          Atomics.notify(flag, 0);
        }, reject);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      void writing.then(() =>
        code === 0 ? resolve() : reject(new Error(`table worker exited with ${code}`)),
      );
    });
  });
}
