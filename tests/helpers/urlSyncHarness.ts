import { afterEach, beforeEach, vi } from 'vitest';
import { createAppStore } from '../../src/state/index';
import { startUrlSync } from '../../src/url/urlSync';

type UrlStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A Storage stand-in that keeps what the app saves in a Map the test can read. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

/**
 * Registers fake timers and a clean address bar around each test, and returns `start(hash, saved)`: the app's
 * store with the URL adapter running on `hash` and `saved` as local storage, stopped after the test
 * (`startWith(hash, storage)` for another storage, e.g. one that throws).
 */
export function urlSyncHarness() {
  let stops: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    stops.forEach((s) => s());
    stops = [];
    vi.useRealTimers();
  });
  function startWith<S extends UrlStorage>(hash: string, storage: S) {
    window.history.replaceState(null, '', `/${hash}`);
    const store = createAppStore();
    const sync = startUrlSync(store, { storage });
    stops.push(sync.stop);
    return { store, storage, sync };
  }
  return {
    start: (hash: string, saved: Record<string, string> = {}) => startWith(hash, memoryStorage(saved)),
    startWith,
  };
}
