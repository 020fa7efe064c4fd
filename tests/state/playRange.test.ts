import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, getNeighbourStep, simulate } from '../../src/sim/index';
import {
  clampToRange,
  createAppStore,
  getPlayRange,
  getStopStep,
  playFrame,
  selectTrace,
} from '../../src/state/index';
import type { LinkState } from '../../src/url/fields';
import { linkState } from '../helpers/linkState';

const params = simulate('read-write', { file: 20000 }).params;
const link = (over: Partial<LinkState> = {}): LinkState => linkState({ params, ...over });

function traceLength(l: LinkState): number {
  return selectTrace(createAppStore(l).getState()).length;
}

describe('play range', () => {
  it('without from/to is the whole trace', () => {
    const store = createAppStore({ scenario: 'syscall', params: DEFAULT_PARAMS });
    const length = selectTrace(store.getState()).length;
    expect(getPlayRange(store.getState(), length)).toEqual({ first: 0, last: length - 1 });
  });

  it('resolves from/to against the trace, and clamps into it', () => {
    expect(getPlayRange({ from: 0, to: null }, 50)).toEqual({ first: 0, last: 49 });
    expect(getPlayRange({ from: 10, to: 20 }, 50)).toEqual({ first: 10, last: 20 });
    expect(getPlayRange({ from: 60, to: 99 }, 50)).toEqual({ first: 49, last: 49 });
    expect(getPlayRange({ from: 5, to: 2 }, 50)).toEqual({ first: 5, last: 5 });
    const r = { first: 10, last: 20 };
    expect([3, 15, 99, 12.6, Number.NaN, Infinity].map((i) => clampToRange(i, r))).toEqual([
      10, 15, 20, 13, 10, 20,
    ]);
  });

  it('a frame stops at the stop step, or wraps to the first step when looping', () => {
    const r = { first: 10, last: 20 };
    expect(playFrame(12, 3, 20, r, false)).toEqual({ step: 15, playing: true, wrapped: false });
    expect(playFrame(18, 5, 20, r, false)).toEqual({ step: 20, playing: false, wrapped: false });
    // Looping: the last step is shown, then the next frame wraps.
    expect(playFrame(18, 5, 20, r, true)).toEqual({ step: 20, playing: true, wrapped: false });
    expect(playFrame(20, 1, 20, r, true)).toEqual({ step: 10, playing: true, wrapped: true });
    expect(playFrame(12, 0, 20, r, false)).toEqual({ step: 12, playing: true, wrapped: false });
  });

  it('pause=syscall stops at the next system call boundary, from the core’s syscall navigation', () => {
    const trace = simulate('read-write', { file: 20000 });
    const r = getPlayRange({ from: 0, to: null }, trace.length);
    const next = getNeighbourStep(trace, 0, 'syscall', 1);
    expect(next).toBeGreaterThan(0);
    expect(getStopStep(trace, r, 'syscall', 0)).toBe(next);
    expect(getStopStep(trace, r, 'syscall', next)).toBe(getNeighbourStep(trace, next, 'syscall', 1));
    expect(getStopStep(trace, r, 'none', 0)).toBe(trace.length - 1);
    expect(getStopStep(trace, { first: 0, last: 2 }, 'syscall', 0)).toBe(Math.min(next, 2));
  });
});

describe('store with a range (embed links)', () => {
  it('seek, step, restart, end and play stay within the range', () => {
    const store = createAppStore(link({ from: 5, to: 12, step: 7 }));
    const s = () => store.getState();
    expect(s().step).toBe(7);
    s().seek(0);
    expect(s().step).toBe(5);
    s().seek(1e9);
    expect(s().step).toBe(12);
    s().stepBy(1);
    expect(s().step).toBe(12);
    s().restart();
    expect(s().step).toBe(5);
    s().stepBy(-1);
    expect(s().step).toBe(5);
    s().end();
    expect(s().step).toBe(12);
    s().play();
    expect(s()).toMatchObject({ step: 5, playing: true });
  });

  it('restore clamps a range past the end and a step outside the range, with notices', () => {
    const store = createAppStore();
    const length = traceLength(link());
    store.getState().restore(link({ from: 3, to: length + 50, step: 1 }));
    expect(store.getState()).toMatchObject({ from: 3, to: length - 1, step: 3 });
    expect(store.getState().notices.map((n) => n.key)).toEqual([
      'share.notice.rangeClamped',
      'share.notice.stepOutsideRange',
    ]);
  });

  it('a link with a range and no step starts at the range, quietly', () => {
    const store = createAppStore();
    store.getState().restore(link({ from: 4, to: 9 }));
    expect(store.getState()).toMatchObject({ step: 4, notices: [] });
  });

  it('autoplay starts playing; loop and pause=syscall are kept', () => {
    const store = createAppStore();
    store.getState().restore(link({ from: 2, to: 8, autoplay: true, loop: true, pauseAt: 'syscall' }));
    expect(store.getState()).toMatchObject({ playing: true, loop: true, pauseAt: 'syscall', step: 2 });
    store.getState().restore(link({ from: 4, to: 4, autoplay: true }));
    expect(store.getState().playing).toBe(false);
  });
});

describe('presenter mode', () => {
  it('switches to the projector theme and back, blanks only while presenting', () => {
    const store = createAppStore(link({ theme: 'dark' }));
    const s = () => store.getState();
    s().toggleBlank();
    expect(s().blank).toBe(false);
    s().enterPresenter();
    expect(s()).toMatchObject({ present: true, theme: 'projector' });
    s().toggleBlank();
    expect(s().blank).toBe(true);
    s().toggleBlank();
    expect(s().blank).toBe(false);
    s().toggleBlank();
    s().leavePresenter();
    expect(s()).toMatchObject({ present: false, blank: false, theme: 'dark' });
  });

  it('a presenter link keeps its theme and scale', () => {
    const store = createAppStore(link({ present: true, theme: 'light', scale: 2.5 }));
    expect(store.getState()).toMatchObject({ present: true, theme: 'light', scale: 2.5, blank: false });
    store.getState().leavePresenter();
    expect(store.getState().theme).toBe('light');
  });
});
