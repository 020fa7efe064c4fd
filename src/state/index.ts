/** The app's state layer: one zustand store (made per app and per test) and what derives from it. */
export { createAppStore } from './createAppStore';
export type { AppStore } from './createAppStore';
export { clampStep } from './playbackSlice';
export { advance, stepsPerSecond, STEPS_PER_SECOND_AT_1X, MAX_SPEED_SECONDS } from './player';
export { getLogTail, getTrace, relevantParams, selectTrace } from './trace';
export type { LogEvent } from './trace';
export { PANEL_IDS, PANES, SPEEDS, THEMES, UNITS } from './types';
export type { AppState, Notice, Pane, PanelId, Restorable, Speed, Theme } from './types';
