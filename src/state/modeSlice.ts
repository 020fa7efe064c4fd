import type { StateCreator } from 'zustand/vanilla';
import { SCALE_STEP } from '../url/fields';
import { nearestScale } from '../url/modeFields';
import type { AppState, ModeSlice } from './types';

export const initialModes = {
  embed: false,
  present: false,
  blank: false,
  scale: 1,
  controls: 'full',
  narration: false,
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
  /**
   * Every way out (the Leave button, Esc, leaving full screen) comes here: the theme from before presenting
   * comes back, and the scale, which only the presenter and embed layouts use, returns to 1. A presenter
   * opened by a `present=1` link has no earlier theme; its projector theme was only the presenter's default
   * (defaultTheme in the codec), so it falls back to the normal default, light; any other theme stays.
   */
  leavePresenter() {
    const { present, theme, themeBeforePresent } = get();
    if (!present) return;
    const before = themeBeforePresent ?? (theme === 'projector' ? 'light' : theme);
    set({
      present: false,
      blank: false,
      theme: before,
      themeBeforePresent: null,
      scale: initialModes.scale,
    });
  },
  toggleBlank() {
    if (get().present) set({ blank: !get().blank });
  },
  zoom(dir) {
    const scale = nearestScale(get().scale + dir * SCALE_STEP);
    if (scale !== get().scale) set({ scale });
  },
});
