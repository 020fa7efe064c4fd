import type { StateCreator } from 'zustand/vanilla';
import type { AppState, PanelId, ViewSlice } from './types';

export const initialPanels: Readonly<Record<PanelId, boolean>> = {
  gallery: false,
  params: true,
  program: true,
  log: true,
  // Predict, then reveal (issue 19): off until the user switches it on.
  predict: false,
  lesson: false,
};

/** At most this many notices are kept: a hostile link cannot flood the banner. */
const MAX_NOTICES = 12;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  locale: 'en',
  theme: 'light',
  pane: 'machine',
  panels: initialPanels,
  notices: [],
  setLocale(locale) {
    set({ locale });
  },
  setTheme(theme) {
    set({ theme });
  },
  setPane(pane) {
    set({ pane });
  },
  togglePanel(id, open) {
    const panels = get().panels;
    const next = open ?? !panels[id];
    if (panels[id] !== next) set({ panels: { ...panels, [id]: next } });
  },
  addNotices(notices) {
    if (notices.length > 0) set({ notices: [...get().notices, ...notices].slice(-MAX_NOTICES) });
  },
  dismissNotices() {
    set({ notices: [] });
  },
});
