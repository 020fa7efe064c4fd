import { useEffect, useState } from 'react';
import type { Trace } from '../../sim/index';
import { buildLanes, cachedLanes, lanesJob, storeLanes, type Lanes } from './buildLanes';

/** Traces this short are scanned during render (a few ms); longer ones in background slices. */
export const SYNC_STEPS = 4096;
/** Longest slice of scanning work per macrotask, so playback and input stay smooth. */
const SLICE_MS = 12;

/**
 * The lanes of a trace, scanned once per trace object. Long traces are scanned in ≤ SLICE_MS slices on
 * timers; until they are ready this returns null and the timeline draws only its axis and marker.
 */
export function useLanes(trace: Trace): Lanes | null {
  const [, setDone] = useState<Trace | null>(null);
  const ready = trace.length <= SYNC_STEPS ? buildLanes(trace) : (cachedLanes(trace) ?? null);
  useEffect(() => {
    if (cachedLanes(trace)) return;
    const job = lanesJob(trace);
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      if (!live) return;
      const t0 = performance.now();
      let r = job.next();
      while (!r.done && performance.now() - t0 < SLICE_MS) r = job.next();
      if (r.done) {
        storeLanes(trace, r.value);
        setDone(trace);
      } else timer = setTimeout(tick, 0);
    };
    timer = setTimeout(tick, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trace]);
  return ready;
}
