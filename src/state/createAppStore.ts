import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProgramInput, TraceSource } from '../worker/client';
import { createBuildSlice } from './buildSlice';
import { createInputsSlice, initialInputs } from './inputsSlice';
import { createLessonSlice } from './lessonSlice';
import { createModeSlice } from './modeSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createProgramSlice, programInputs } from './programSlice';
import { restoredSteps } from './restoredSteps';
import { getTrace } from './trace';
import type { AppState, Notice, Restorable } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/**
 * One store, made from slices: inputs (scenario, params), playback (step, range, playing, speed, unit), view
 * (locale, theme, panels, notices), modes (embed, presenter) and build (a run being built). The trace is not in
 * it: selectTrace(state) derives it (memoised). `traces` builds large traces off the main thread (the worker
 * client); without it every trace is built on the spot. A fresh store per app and per test.
 */
export function createAppStore(init?: Partial<Restorable>, traces?: TraceSource): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createInputsSlice(...a),
    ...createPlaybackSlice(...a),
    ...createViewSlice(...a),
    ...createModeSlice(...a),
    ...createBuildSlice(traces)(...a),
    ...createProgramSlice(...a),
    ...createLessonSlice(...a),
    restore(r: Restorable, notices: readonly Notice[] = []) {
      const [set, get] = a;
      set({
        speed: r.speed,
        unit: r.unit,
        locale: r.locale,
        theme: r.theme,
        pane: r.pane,
        loop: r.loop,
        pauseAt: r.pauseAt,
        autoplay: r.autoplay,
        embed: r.embed,
        present: r.present,
        blank: false,
        scale: r.scale,
        controls: r.controls,
        narration: r.narration,
        themeBeforePresent: null,
        // The notices explain the link being opened; an earlier link's are no longer true.
        notices: [],
      });
      get().addNotices(notices);
      // The run switches when its trace is ready; until then the previous one stays on screen.
      const switchTo = (program: ProgramInput | null) => () => {
        const inputs = program
          ? programInputs(r.scenario, program)
          : { ...initialInputs(r.scenario, r.params), program: null };
        const fixed = restoredSteps(r, getTrace(r.scenario, inputs.params, program).length);
        set({
          ...inputs,
          step: fixed.step,
          from: fixed.from,
          to: fixed.to,
          chapters: fixed.chapters,
          playing: r.autoplay && fixed.playable,
        });
        get().addNotices(fixed.notices);
      };
      const program = r.program;
      if (!program) return get().whenTraceReady(r.scenario, r.params, switchTo(null));
      // A program that fails opens in the editor with its problem (nothing lost); the scenario's own runs.
      const fallBack = () => {
        set({ draft: program.text, editing: true });
        return get().whenTraceReady(r.scenario, r.params, switchTo(null));
      };
      // The editor starts from the link's program, unless it holds text of its own (a reload with unrun edits,
      // Back to an earlier program): that is kept, and the program pane offers both.
      const shown = () => {
        if (get().draft.trim() === '') set({ draft: program.text });
      };
      set({ programProblem: null });
      const ran = get().whenTraceReady(r.scenario, r.params, switchTo(program), program);
      if (ran === false) return fallBack();
      if (ran === true) {
        shown();
        return true;
      }
      return ran.then((ok) => {
        if (ok) shown();
        return ok || !get().programProblem ? ok : fallBack();
      });
    },
  }));
  if (init) {
    const s = store.getState();
    s.restore({
      scenario: init.scenario ?? s.scenario,
      params: init.params ?? s.params,
      program: init.program ?? null,
      step: init.step ?? 0,
      locale: init.locale ?? s.locale,
      theme: init.theme ?? s.theme,
      speed: init.speed ?? s.speed,
      unit: init.unit ?? s.unit,
      pane: init.pane ?? s.pane,
      from: init.from ?? s.from,
      to: init.to ?? s.to,
      chapters: init.chapters ?? s.chapters,
      embed: init.embed ?? s.embed,
      present: init.present ?? s.present,
      scale: init.scale ?? s.scale,
      controls: init.controls ?? s.controls,
      narration: init.narration ?? s.narration,
      autoplay: init.autoplay ?? s.autoplay,
      loop: init.loop ?? s.loop,
      pauseAt: init.pauseAt ?? s.pauseAt,
    });
  }
  return store;
}
