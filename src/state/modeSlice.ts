import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ModeSlice } from './types';

export const initialModes = {
  embed: false,
  present: false,
  blank: false,
  scale: 1,
  controls: 'full',
  themeBeforePresent: null,
} as const;

/** Embed and presenter modes. Fullscreen is the UI's business (it needs a user gesture); this is the state. */
export const createModeSlice: StateCreator<AppState, [], [], ModeSlice> = (set, get) => ({
  ...initialModes,
  enterPresenter() {
    const { present, theme } = get();
    if (present) return;
    // The projector theme is made for beamers; the previous choice comes back on leaving.
    set({ present: true, blank: false, theme: 'projector', themeBeforePresent: theme });
  },
  leavePresenter() {
    const { present, theme, themeBeforePresent } = get();
    if (!present) return;
    set({ present: false, blank: false, theme: themeBeforePresent ?? theme, themeBeforePresent: null });
  },
  toggleBlank() {
    if (get().present) set({ blank: !get().blank });
  },
});
