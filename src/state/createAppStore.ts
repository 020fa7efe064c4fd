import { createStore, type StoreApi } from 'zustand/vanilla';
import { createInputsSlice, initialInputs } from './inputsSlice';
import { clampStep, createPlaybackSlice } from './playbackSlice';
import { getTrace } from './trace';
import type { AppState, Notice, Restorable } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/**
 * One store, made from slices: inputs (scenario, params), playback (step, playing, speed, unit) and view
 * (locale, theme, panels, notices). The trace is not in it: selectTrace(state) derives it (memoised).
 * A fresh store per app and per test.
 */
export function createAppStore(init?: Partial<Restorable>): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createInputsSlice(...a),
    ...createPlaybackSlice(...a),
    ...createViewSlice(...a),
    restore(r: Restorable, notices: readonly Notice[] = []) {
      const [set, get] = a;
      const length = getTrace(r.scenario, r.params).length;
      const step = clampStep(r.step, length);
      const extra: Notice[] =
        step === r.step ? [] : [{ key: 'ui.notice.stepClamped', params: { step: r.step + 1, last: length } }];
      set({
        ...initialInputs(r.scenario, r.params),
        step,
        playing: false,
        speed: r.speed,
        unit: r.unit,
        locale: r.locale,
        theme: r.theme,
        pane: r.pane,
      });
      get().addNotices([...notices, ...extra]);
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
    });
  }
  return store;
}
