import { useEffect } from 'react';
import { advance, getPlayRange, getStopStep, playFrame, selectTrace, type AppStore } from '../state/index';

/**
 * The playback loop: while `playing`, each animation frame moves the step index by as many steps as the
 * speed allows (fractions carry over), within the link's range: it stops at the range's end (or, with
 * pause=syscall, at the next system call boundary, found by the core's syscall navigation), or wraps to the
 * range's start when looping. It only moves the index; every view is a function of (trace, step).
 */
export function usePlayer(store: AppStore): void {
  useEffect(() => {
    let frame = 0;
    let last: number | undefined;
    let carry = 0;
    // Where this run started: with pause=syscall it stops at the first boundary after it.
    let runStart = 0;
    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      const trace = selectTrace(s);
      const range = getPlayRange(s, trace.length);
      const r = advance(carry, last === undefined ? 0 : now - last, s.speed, trace.length);
      last = now;
      carry = r.carry;
      const stopAt = getStopStep(trace, range, s.pauseAt, runStart);
      const f = playFrame(s.step, r.steps, stopAt, range, s.loop);
      if (f.wrapped) runStart = f.step;
      s.seek(f.step);
      if (!f.playing) {
        s.pause();
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    const sync = (playing: boolean, was: boolean) => {
      if (playing === was) return;
      cancelAnimationFrame(frame);
      last = undefined;
      carry = 0;
      runStart = store.getState().step;
      if (playing) frame = requestAnimationFrame(tick);
    };
    sync(store.getState().playing, false);
    const unsubscribe = store.subscribe((s, prev) => sync(s.playing, prev.playing));
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
