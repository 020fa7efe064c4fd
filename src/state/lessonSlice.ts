import type { StateCreator } from 'zustand/vanilla';
import { encodeHash } from '../url/codec';
import type { Lesson } from '../url/lesson';
import type { AppState, LessonSlice } from './types';

/**
 * A guided lesson being walked or recorded (issue 19). Going to a stop restores its link state (as opening
 * that link would), in the viewer's language and mode, so presenter mode walks the lesson with PgDn/PgUp.
 */
export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get) => {
  const go = async (lesson: Lesson, i: number) => {
    const stop = Math.min(Math.max(i, 0), lesson.stops.length - 1);
    set({ lesson, stop });
    // The lesson reader loads with the first lesson (it is not part of the initial JavaScript).
    const { stopState } = await import('../url/lesson');
    const s = get();
    // A later stop asked for meanwhile (a fast clicker) wins.
    if (s.lesson !== lesson || s.stop !== stop) return false;
    const { state, notices } = stopState(lesson.stops[stop]!, s);
    return s.restore(state, notices);
  };
  return {
    lesson: null,
    stop: 0,
    openLesson(lesson, stop = 0) {
      return go(lesson, stop);
    },
    goStop(i) {
      const { lesson, stop } = get();
      if (!lesson || i < 0 || i >= lesson.stops.length || i === stop) return false;
      void go(lesson, i);
      return true;
    },
    closeLesson() {
      set({ lesson: null, stop: 0 });
    },
    newLesson(title) {
      set({ lesson: { title: { [get().locale]: title.trim() || 'Lesson' }, stops: [] }, stop: 0 });
    },
    addStop(note) {
      const s = get();
      const lesson = s.lesson ?? { title: { [s.locale]: 'Lesson' }, stops: [] };
      // The step as a link without the presenter's or embed's chrome: the walker brings its own mode.
      const link = encodeHash({ ...s, present: false, embed: false });
      const stops = [...lesson.stops, { link, note: { [s.locale]: note.trim() } }];
      set({ lesson: { ...lesson, stops }, stop: stops.length - 1 });
    },
    removeStop(i) {
      const { lesson, stop } = get();
      if (!lesson || !lesson.stops[i]) return;
      const stops = lesson.stops.filter((_, j) => j !== i);
      set({ lesson: { ...lesson, stops }, stop: Math.min(stop, Math.max(stops.length - 1, 0)) });
    },
  };
};
