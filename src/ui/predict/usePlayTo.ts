import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppStore } from '../../state/index';

/**
 * Plays the run from where it is to step `target` and stops there (a reveal shows the step that proves the
 * answer); a target behind the current step is jumped to. Returns the target being played to (null once
 * there), a starter, and a way to go there at once.
 */
export function usePlayTo(store: AppStore) {
  const [target, setTarget] = useState<number | null>(null);
  const targetRef = useRef<number | null>(null);
  useEffect(
    () =>
      store.subscribe((s) => {
        const t = targetRef.current;
        if (t === null) return;
        // Arrived (or overshot by a fast frame), or the user paused or moved elsewhere: stop following.
        if (s.step >= t) {
          targetRef.current = null;
          setTarget(null);
          s.pause();
          if (s.step !== t) s.seek(t);
        } else if (!s.playing) {
          targetRef.current = null;
          setTarget(null);
        }
      }),
    [store],
  );
  const playTo = useCallback(
    (step: number) => {
      const s = store.getState();
      if (step <= s.step) {
        s.pause();
        s.seek(step);
        return;
      }
      targetRef.current = step;
      setTarget(step);
      s.play();
    },
    [store],
  );
  const goNow = useCallback(() => {
    const t = targetRef.current;
    targetRef.current = null;
    setTarget(null);
    const s = store.getState();
    s.pause();
    if (t !== null) s.seek(t);
  }, [store]);
  return { target, playTo, goNow };
}
