import type { AppStore } from '../state/index';

/** Runs `f` when the browser is next idle (or in 2 s where it cannot say). */
export function whenIdle(f: () => void): void {
  (window.requestIdleCallback ?? ((g: () => void) => window.setTimeout(g, 2000)))(f);
}

/**
 * Runs `f` when the browser is next idle after the first run is on screen. What the page can fetch later (the
 * other language, the offline copy) waits for it, so on a slow link the run's own chunks go first.
 */
export function afterFirstRun(store: AppStore, f: () => void): void {
  if (store.getState().runReady) {
    whenIdle(f);
    return;
  }
  const stop = store.subscribe((s) => {
    if (!s.runReady) return;
    stop();
    whenIdle(f);
  });
}
