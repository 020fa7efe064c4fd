import type { Locale } from '../i18n/index';
import type { ParamName, Params, ScenarioId, StepUnit } from '../sim/index';
import type { LinkState, Notice, Pane, Speed, Theme } from '../url/fields';

export { PANES, SPEEDS, THEMES, UNITS } from '../url/fields';
export type { Notice, Pane, Speed, Theme } from '../url/fields';

/** Panels the user can open or close. */
export const PANEL_IDS = ['gallery', 'params', 'program', 'log'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export interface InputsSlice {
  readonly scenario: ScenarioId;
  /** Resolved, applied parameters (the trace is simulate(scenario, params)). */
  readonly params: Params;
  /** What the parameters panel shows: the applied value as text, or the user's unapplied edit. */
  readonly paramText: Readonly<Record<ParamName, string>>;
  /** Why an edit was refused (parseParam / parseParams error text), per parameter. */
  readonly paramErrors: Readonly<Partial<Record<ParamName, string>>>;
  setScenario(id: ScenarioId): void;
  editParam(name: ParamName, text: string): void;
  /** Validates the edit; applies it (and returns true) or records the error and keeps the applied value. */
  applyParam(name: ParamName): boolean;
}

export interface PlaybackSlice {
  readonly step: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly unit: StepUnit;
  /** Moves to step i, clamped to the trace. */
  seek(i: number): void;
  /** One unit (default: the current one) forward or back. */
  stepBy(dir: 1 | -1, unit?: StepUnit): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  restart(): void;
  end(): void;
  setSpeed(speed: Speed): void;
  changeSpeed(dir: 1 | -1): void;
  setUnit(unit: StepUnit): void;
}

export interface ViewSlice {
  readonly locale: Locale;
  readonly theme: Theme;
  /** What the centre pane shows (kept in the link). */
  readonly pane: Pane;
  readonly panels: Readonly<Record<PanelId, boolean>>;
  readonly notices: readonly Notice[];
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setPane(pane: Pane): void;
  togglePanel(id: PanelId, open?: boolean): void;
  addNotices(notices: readonly Notice[]): void;
  dismissNotices(): void;
}

/** Everything a link or the saved state restores (already validated by the URL codec). */
export type Restorable = LinkState;

export interface RestoreSlice {
  /** Replaces inputs, step and view in one update; the step is clamped (a notice says so). */
  restore(state: Restorable, notices?: readonly Notice[]): void;
}

export type AppState = InputsSlice & PlaybackSlice & ViewSlice & RestoreSlice;
