import { useEffect } from 'react';
import { advance, selectTrace, type AppStore } from '../state/index';

/**
 * The playback loop: while `playing`, each animation frame moves the step index by as many steps as the
 * speed allows (fractions carry over) and stops at the last step. It only moves the index; every view is a
 * function of (trace, step).
 */
export function usePlayer(store: AppStore): void {
  useEffect(() => {
    let frame = 0;
    let last: number | undefined;
    let carry = 0;
    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      const length = selectTrace(s).length;
      const r = advance(carry, last === undefined ? 0 : now - last, s.speed, length);
      last = now;
      carry = r.carry;
      if (r.steps > 0) {
        const next = Math.min(s.step + r.steps, length - 1);
        s.seek(next);
        if (next >= length - 1) {
          s.pause();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    const sync = (playing: boolean, was: boolean) => {
      if (playing === was) return;
      cancelAnimationFrame(frame);
      last = undefined;
      carry = 0;
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
