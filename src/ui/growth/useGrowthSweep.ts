import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Totals } from '../../sim/index';
import type { GrowthReply, GrowthRequest } from '../../worker/growthProtocol';
import type { PlannedPoint } from './growthPlan';

export interface SweepState {
  /** Totals by the point's index in the plan (absent while not computed). */
  readonly totals: ReadonlyMap<number, Totals>;
  /** Points the worker could not run, by index: the message. */
  readonly failed: ReadonlyMap<number, string>;
  /** 0–1 over the whole sweep. */
  readonly progress: number;
  readonly running: boolean;
  readonly cancelled: boolean;
}

/** A sweep of `plan` before its first point: running if it has any point to run. */
function started(plan: readonly PlannedPoint[]): SweepState {
  const running = plan.some((p) => p.run);
  return { totals: new Map(), failed: new Map(), progress: 0, running, cancelled: false };
}

/**
 * Computes a plan's points in the growth worker (src/worker/growthWorker.ts), totals only, each point shown
 * as it arrives. A new plan or cancel terminates the worker (a running simulation cannot be interrupted
 * otherwise); the next sweep starts a fresh one.
 */
export function useGrowthSweep(plan: readonly PlannedPoint[]): SweepState & { cancel(): void } {
  const [state, setState] = useState<SweepState>(() => started(plan));
  // A new plan starts from nothing (set while rendering, so the old plan's points never show with the new one).
  const [forPlan, setForPlan] = useState(plan);
  if (forPlan !== plan) {
    setForPlan(plan);
    setState(started(plan));
  }
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    const indexed = plan.flatMap((p, i) => (p.run ? [{ run: p.run, index: i }] : []));
    if (indexed.length === 0) return;
    const w = new Worker(new URL('../../worker/growthWorker.ts', import.meta.url), {
      type: 'module',
      name: 'growth',
    });
    worker.current = w;
    w.onmessage = ({ data }: MessageEvent<GrowthReply>) => {
      if (worker.current !== w) return;
      if (data.type === 'progress') setState((s) => ({ ...s, progress: data.done }));
      else if (data.type === 'point') {
        const at = indexed[data.index]!.index;
        // A transition: React renders the new point in slices, so no main-thread task grows long.
        startTransition(() => setState((s) => ({ ...s, totals: new Map(s.totals).set(at, data.totals) })));
      } else if (data.type === 'failed') {
        const at = indexed[data.index]!.index;
        setState((s) => ({ ...s, failed: new Map(s.failed).set(at, data.message) }));
      } else {
        setState((s) => ({ ...s, progress: 1, running: false }));
        stop();
      }
    };
    const request: GrowthRequest = { type: 'sweep', id: 1, runs: indexed.map((p) => p.run) };
    w.postMessage(request);
    return stop;
  }, [plan, stop]);

  const cancel = useCallback(() => {
    stop();
    setState((s) => (s.running ? { ...s, running: false, cancelled: true } : s));
  }, [stop]);

  return { ...state, cancel };
}
