import { createStore, type StoreApi } from 'zustand/vanilla';
import { createInputsSlice, initialInputs } from './inputsSlice';
import { createModeSlice } from './modeSlice';
import { createPlaybackSlice } from './playbackSlice';
import { restoredSteps } from './restoredSteps';
import { getTrace } from './trace';
import type { AppState, Notice, Restorable } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/**
 * One store, made from slices: inputs (scenario, params), playback (step, range, playing, speed, unit), view
 * (locale, theme, panels, notices) and modes (embed, presenter). The trace is not in it: selectTrace(state) derives it (memoised).
 * A fresh store per app and per test.
 */
export function createAppStore(init?: Partial<Restorable>): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createInputsSlice(...a),
    ...createPlaybackSlice(...a),
    ...createViewSlice(...a),
    ...createModeSlice(...a),
    restore(r: Restorable, notices: readonly Notice[] = []) {
      const [set, get] = a;
      const fixed = restoredSteps(r, getTrace(r.scenario, r.params).length);
      set({
        ...initialInputs(r.scenario, r.params),
        step: fixed.step,
        from: fixed.from,
        to: fixed.to,
        chapters: fixed.chapters,
        playing: r.autoplay && fixed.playable,
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
      get().addNotices([...notices, ...fixed.notices]);
    },
  }));
  if (init) {
    const s = store.getState();
    s.restore({
      scenario: init.scenario ?? s.scenario,
      params: init.params ?? s.params,
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
