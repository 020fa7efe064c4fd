/** The app's state layer: one zustand store (made per app and per test) and what derives from it. */
export { createAppStore } from './createAppStore';
export type { AppStore } from './createAppStore';
export { clampStep } from './playbackSlice';
export { clampToRange, getPlayRange, getStopStep, playFrame } from './playRange';
export type { PlayRange } from './playRange';
export { hasStepUnit } from './stepUnits';
export { advance, stepsPerSecond, STEPS_PER_SECOND_AT_1X, MAX_SPEED_SECONDS } from './player';
export {
  canBuildOnTheSpot,
  getLogHead,
  getLogTail,
  getTrace,
  relevantParams,
  selectTrace,
  setSyncTraceBuilder,
} from './trace';
export type { SyncTraceBuilder } from './trace';
export { SYNC_STEPS } from './buildSlice';
export type { LogEvent } from './trace';
export { CONTROLS, PANEL_IDS, PANES, PAUSE_POINTS, SPEEDS, THEMES, UNITS } from './types';
export type {
  AppState,
  BuildState,
  Controls,
  Notice,
  Pane,
  PanelId,
  PausePoint,
  Restorable,
  Speed,
  Theme,
} from './types';
