import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/index';
import { createAppStore } from '../../src/state/index';
import { startUrlSync } from '../../src/url/urlSync';
import { manualSource } from '../helpers/manualSource';

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const SMALL = '#/read-write?file=64k&lang=en&v=1';
const BIG = '#/read-write?file=16m&lang=en&v=1';

function start(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const { source, builds } = manualSource();
  const store = createAppStore(undefined, source);
  const sync = startUrlSync(store, { storage: null });
  stops.push(sync.stop);
  return { store, builds };
}

describe('urlSync while a run builds', () => {
  it('opening a big link keeps it in the address bar until the run is there', async () => {
    const { store, builds } = start(BIG);
    expect(store.getState().params.file).toBe(4096);
    expect(window.location.hash).toBe(BIG);
    builds[0]!.resolve({ trace: simulate('read-write', builds[0]!.params) });
    await settle();
    expect(store.getState().params.file).toBe(16 << 20);
    expect(window.location.hash).toBe(BIG);
  });

  it('a big link pasted over a run, then cancelled: the run and its link come back', async () => {
    const { store } = start(SMALL);
    const length = window.history.length;
    window.location.hash = BIG;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().build).not.toBeNull();
    expect(store.getState().params.file).toBe(65536);
    store.getState().cancelBuild();
    await settle();
    expect(store.getState().params.file).toBe(65536);
    expect(window.location.hash).toBe(SMALL);
    expect(window.history.length).toBe(length + 1);
  });
});
