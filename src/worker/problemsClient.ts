import type { Problem, ProblemSetOptions } from '../sim/index';
import type { ProblemsReply, ProblemsRequest } from './problemsProtocol';

/** The part of a Worker this client uses (tests pass a fake). */
export interface ProblemsWorker {
  postMessage(message: ProblemsRequest): void;
  onmessage: ((event: MessageEvent<ProblemsReply>) => void) | null;
  terminate(): void;
}

/**
 * Generates a problem set in a simulation worker of its own (the same worker script that builds runs, so the
 * page's bundle holds no simulate) and lets the worker go when the set has arrived.
 */
export function requestProblems(
  options: ProblemSetOptions,
  makeWorker: () => ProblemsWorker = () =>
    new Worker(new URL('./simWorker.ts', import.meta.url), {
      type: 'module',
      name: 'simulate',
    }) as unknown as ProblemsWorker,
): Promise<readonly Problem[]> {
  const worker = makeWorker();
  return new Promise<readonly Problem[]>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.id !== 1) return;
      worker.terminate();
      if (data.type === 'problems') resolve(data.problems);
      else reject(new Error(data.message));
    };
    worker.postMessage({ type: 'problems', id: 1, options });
  });
}
