import { describe, expect, it } from 'vitest';
import { getNeighbourStep, simulate } from '../../src/sim/index';
import { createAppStore, selectTrace } from '../../src/state/index';

describe('playback slice', () => {
  it('starts at step 0, paused, at 1× stepping by event', () => {
    const s = createAppStore().getState();
    expect(s).toMatchObject({ step: 0, playing: false, speed: 1, unit: 'event', scenario: 'read-write' });
  });

  it('seek clamps to 0..length-1 and rounds non-integers', () => {
    const store = createAppStore();
    const last = selectTrace(store.getState()).length - 1;
    store.getState().seek(5);
    expect(store.getState().step).toBe(5);
    store.getState().seek(1e9);
    expect(store.getState().step).toBe(last);
    store.getState().seek(-3);
    expect(store.getState().step).toBe(0);
    store.getState().seek(2.6);
    expect(store.getState().step).toBe(3);
    store.getState().seek(Number.NaN);
    expect(store.getState().step).toBe(0);
  });

  it('steps forward and back by event, and back again to exactly where it was', () => {
    const store = createAppStore();
    store.getState().seek(4);
    for (let i = 0; i < 5; i++) store.getState().stepBy(1);
    expect(store.getState().step).toBe(9);
    for (let i = 0; i < 5; i++) store.getState().stepBy(-1);
    expect(store.getState().step).toBe(4);
  });

  it('steps by syscall and iteration as getNeighbourStep says', () => {
    const store = createAppStore({
      scenario: 'read-write',
      params: simulate('read-write', { file: 20000 }).params,
    });
    const trace = selectTrace(store.getState());
    store.getState().setUnit('syscall');
    store.getState().stepBy(1);
    expect(store.getState().step).toBe(getNeighbourStep(trace, 0, 'syscall', 1));
    store.getState().stepBy(1, 'iteration');
    const expected = getNeighbourStep(trace, getNeighbourStep(trace, 0, 'syscall', 1), 'iteration', 1);
    expect(store.getState().step).toBe(expected);
    expect(store.getState().unit).toBe('syscall');
  });

  it('never steps outside the trace', () => {
    const store = createAppStore();
    store.getState().stepBy(-1);
    expect(store.getState().step).toBe(0);
    store.getState().end();
    const last = store.getState().step;
    store.getState().stepBy(1);
    expect(store.getState().step).toBe(last);
    expect(last).toBe(selectTrace(store.getState()).length - 1);
  });

  it('restart and end move to the ends and pause', () => {
    const store = createAppStore();
    store.getState().play();
    store.getState().end();
    expect(store.getState()).toMatchObject({ playing: false });
    store.getState().play();
    expect(store.getState()).toMatchObject({ step: 0, playing: true });
    store.getState().restart();
    expect(store.getState()).toMatchObject({ step: 0, playing: false });
  });

  it('togglePlay plays and pauses; play at the end starts again from 0', () => {
    const store = createAppStore();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('changes speed through 0.25 … 4, max and stops at both ends', () => {
    const store = createAppStore();
    const seen: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      store.getState().changeSpeed(1);
      seen.push(store.getState().speed);
    }
    expect(seen).toEqual([2, 4, 'max', 'max', 'max', 'max', 'max']);
    for (let i = 0; i < 8; i++) store.getState().changeSpeed(-1);
    expect(store.getState().speed).toBe(0.25);
    store.getState().setSpeed(0.5);
    expect(store.getState().speed).toBe(0.5);
  });
});
