/**
 * The simulation worker: builds the trace a BuildRequest names off the main thread, reports progress, then
 * posts the checkpoints in batches and the trace with its typed arrays transferred (see protocol.ts).
 */
import { formatProblem, generateProblems, runProgram, simulate, type Trace } from '../sim/index';
import { buildLogIndex, logAsBytes } from './logIndex';
import { packTrace, type BuildReply, type BuildRequest } from './protocol';
import type { ProblemsReply, ProblemsRequest } from './problemsProtocol';

/** The worker's global scope, as much of it as this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRequest | ProblemsRequest>) => void) | null;
  postMessage(message: BuildReply | ProblemsReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  // A problem set (issue 19): its runs are small; the answers are their totals.
  if (data.type === 'problems') {
    try {
      scope.postMessage({ type: 'problems', id: data.id, problems: generateProblems(data.options) });
    } catch (e) {
      scope.postMessage({ type: 'failed', id: data.id, message: e instanceof Error ? e.message : String(e) });
    }
    return;
  }
  if (data.type !== 'build') return;
  const { id, scenario, params, program } = data;
  try {
    const onProgress = (steps: number) => scope.postMessage({ type: 'progress', id, steps });
    let trace: Trace;
    if (program) {
      // A program of the user's own: marked with the scenario it was copied from (the views draw that machine).
      const result = runProgram(program.text, {}, { scenario, onProgress });
      if (!result.ok) {
        const { problem } = result;
        scope.postMessage({ type: 'failed', id, message: formatProblem(problem), problem });
        return;
      }
      trace = result.trace as Trace;
    } else trace = simulate(scenario, params, { onProgress });
    // The log too: the main thread would otherwise scan the whole trace for it when the run opens.
    const log = logAsBytes(buildLogIndex(trace));
    const { packed, pages, transfer } = packTrace(trace);
    scope.postMessage({ type: 'checkpoints', id, pages }, [
      pages.bytes.buffer as ArrayBuffer,
      pages.ends.buffer as ArrayBuffer,
    ]);
    scope.postMessage({ type: 'log', id, log }, [
      log.steps.buffer as ArrayBuffer,
      log.ends.buffer as ArrayBuffer,
      (log.text as Uint8Array).buffer as ArrayBuffer,
    ]);
    scope.postMessage({ type: 'done', id, trace: packed }, transfer);
  } catch (e) {
    scope.postMessage({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) });
  }
};
