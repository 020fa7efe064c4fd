import type { StateCreator } from 'zustand/vanilla';
import { getNeighbourStep } from '../sim/index';
import { cleanChapterName, withChapter } from '../url/chapters';
import { clampToRange, getPlayRange } from './playRange';
import { hasStepUnit } from './stepUnits';
import { selectTrace } from './trace';
import { SPEEDS, type AppState, type PlaybackSlice } from './types';

/** Clamps a wanted step to 0..length-1 (non-integers and NaN land on a valid step). */
export function clampStep(i: number, length: number): number {
  if (!Number.isFinite(i)) return i > 0 ? length - 1 : 0;
  return Math.min(Math.max(Math.round(i), 0), Math.max(length - 1, 0));
}

export const initialPlayback = {
  step: 0,
  playing: false,
  speed: 1,
  unit: 'event',
  from: 0,
  to: null,
  chapters: [],
  loop: false,
  pauseAt: 'none',
  autoplay: false,
} as const;

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => {
  const range = () => getPlayRange(get(), selectTrace(get()).length);
  const seek = (i: number) => {
    const step = clampToRange(i, range());
    if (step !== get().step) set({ step });
  };
  return {
    ...initialPlayback,
    seek,
    stepBy(dir, unit = get().unit) {
      const s = get();
      const trace = selectTrace(s);
      // A unit the run lacks (a link's unit=iteration on a run without a loop) steps by events.
      seek(getNeighbourStep(trace, s.step, hasStepUnit(trace, unit) ? unit : 'event', dir));
    },
    play() {
      // Play at the end starts again from the beginning (of the range), as media players do.
      const { first, last } = range();
      if (get().step >= last) set({ step: first });
      if (last > first) set({ playing: true });
    },
    pause() {
      if (get().playing) set({ playing: false });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    restart() {
      set({ step: range().first, playing: false });
    },
    end() {
      set({ step: range().last, playing: false });
    },
    setSpeed(speed) {
      set({ speed });
    },
    changeSpeed(dir) {
      const at = SPEEDS.indexOf(get().speed);
      const next = SPEEDS[Math.min(Math.max(at + dir, 0), SPEEDS.length - 1)]!;
      set({ speed: next });
    },
    setUnit(unit) {
      set({ unit });
    },
    setPauseAt(pauseAt) {
      set({ pauseAt });
    },
    startRangeHere() {
      const { step, to } = get();
      set({ from: step, to: to !== null && to < step ? null : to });
    },
    endRangeHere() {
      const { step, from } = get();
      set({ to: step, from: from > step ? 0 : from });
    },
    clearRange() {
      set({ from: 0, to: null });
    },
    addChapter(text) {
      const name = cleanChapterName(text);
      if (name !== '') set({ chapters: withChapter(get().chapters, get().step, name) });
    },
    removeChapter(step) {
      set({ chapters: get().chapters.filter((c) => c.step !== step) });
    },
    jumpChapter(dir) {
      const { step, chapters } = get();
      const { first, last } = range();
      const inRange = chapters.filter((c) => c.step >= first && c.step <= last);
      const target =
        dir === 1 ? inRange.find((c) => c.step > step) : inRange.filter((c) => c.step < step).pop();
      if (!target) return false;
      set({ step: target.step, playing: false });
      return true;
    },
  };
};
