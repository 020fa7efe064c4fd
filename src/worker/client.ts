import { formatProblem, type Params, type ProgramProblem, type ScenarioId, type Trace } from '../sim/index';
import type { LogIndex } from './logIndex';
import type { BuildReply, BuildRequest, CheckpointPages, ProgramInput } from './protocol';
import { unpackTrace } from './protocol';

export type { ProgramInput } from './protocol';

/** A finished build: the trace and, when the builder made it, its strace log. */
export interface BuiltTrace {
  readonly trace: Trace;
  readonly log?: LogIndex;
}

/** A build under way: its trace when ready, or a rejection; cancel() stops it at once. */
export interface TraceBuild {
  readonly trace: Promise<BuiltTrace>;
  cancel(): void;
}

/** Where the store gets traces it should not build on the main thread. */
export interface TraceSource {
  /** Builds the scenario's run, or `program`'s (marked with the scenario) when given. */
  build(
    scenario: ScenarioId,
    params: Params,
    onProgress: (steps: number) => void,
    program?: ProgramInput,
  ): TraceBuild;
}

/** After a build of at most this many steps the worker is kept for the next build (it holds little garbage). */
const KEEP_WORKER_STEPS = 50_000;

/** The rejection of a build that was cancelled (not an error to report). */
export class BuildCancelled extends Error {
  constructor() {
    super('build cancelled');
  }
}

/** The rejection of a program that does not parse, check or run: the problem, with its line and column. */
export class ProgramFailed extends Error {
  constructor(readonly problem: ProgramProblem) {
    super(formatProblem(problem));
  }
}

/** What a Worker is to this client (a test can pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<BuildReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: BuildRequest): void;
  terminate(): void;
}

interface Pending {
  readonly resolve: (built: BuiltTrace) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: (steps: number) => void;
  log?: LogIndex;
  pages?: CheckpointPages;
}

/**
 * Builds traces in a Web Worker (src/worker/simWorker.ts), one at a time. Cancelling terminates the worker, the
 * only way to stop a build that is running; so does a finished large build, which frees the worker's memory
 * (the next build starts a fresh worker). Every run the app shows is built here.
 */
export function createWorkerTraceSource(
  makeWorker: () => WorkerLike = () =>
    new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module', name: 'simulate' }),
): TraceSource {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const onReply = (reply: BuildReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') p.onProgress(reply.steps);
    else if (reply.type === 'log') p.log = reply.log;
    else if (reply.type === 'checkpoints') p.pages = reply.pages;
    else {
      pending.delete(reply.id);
      let built: BuiltTrace | undefined;
      let failure: Error | undefined;
      if (reply.type === 'failed')
        failure = reply.problem ? new ProgramFailed(reply.problem) : new Error(reply.message);
      else {
        try {
          if (!p.pages) throw new Error('the worker sent no checkpoints');
          built = { trace: unpackTrace(reply.trace, p.pages), log: p.log };
        } catch (e) {
          failure = e instanceof Error ? e : new Error(String(e));
        }
      }
      // A worker that built a large run still holds its garbage: let it go with the worker. After a small one
      // it stays, warm, for the next (every run the page shows comes from here).
      if (pending.size === 0 && (!built || built.trace.length > KEEP_WORKER_STEPS)) {
        worker?.terminate();
        worker = undefined;
      }
      if (built) p.resolve(built);
      else p.reject(failure ?? new Error('the worker failed'));
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (!worker) {
      const w = makeWorker();
      w.onmessage = (event) => onReply(event.data);
      // A worker that dies (out of memory, a script error) fails every build it had.
      w.onerror = (event) => {
        event.preventDefault?.();
        stop(new Error(event.message || 'the simulation worker stopped'));
      };
      worker = w;
    }
    return worker;
  };

  return {
    build(scenario, params, onProgress, program) {
      const id = nextId++;
      const trace = new Promise<BuiltTrace>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
      });
      ensureWorker().postMessage({ type: 'build', id, scenario, params, ...(program ? { program } : {}) });
      return {
        trace,
        cancel() {
          if (pending.has(id)) stop(new BuildCancelled());
        },
      };
    },
  };
}
