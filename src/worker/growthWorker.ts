/**
 * The growth charts' worker: runs every point of a sweep off the main thread, streamed (sweepTotals keeps no
 * trace), and posts each point's totals as it is done, with progress in between. Cancelling terminates it.
 */
import { expectedSteps, sweepTotals } from '../sim/index';
import type { GrowthReply, GrowthRequest } from './growthProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<GrowthRequest>) => void) | null;
  postMessage(message: GrowthReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  if (data.type !== 'sweep') return;
  const { id, runs } = data;
  const weights = runs.map((r) => Math.max(1, expectedSteps(r.scenario, r.params)));
  const total = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  runs.forEach((run, index) => {
    const weight = weights[index]!;
    try {
      const onProgress = (steps: number) =>
        scope.postMessage({ type: 'progress', id, done: (before + Math.min(steps, weight)) / total });
      const totals = sweepTotals(run, onProgress);
      scope.postMessage({ type: 'point', id, index, totals });
    } catch (e) {
      scope.postMessage({ type: 'failed', id, index, message: e instanceof Error ? e.message : String(e) });
    }
    before += weight;
    scope.postMessage({ type: 'progress', id, done: before / total });
  });
  scope.postMessage({ type: 'finished', id });
};
