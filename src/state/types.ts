import type { Locale } from '../i18n/index';
import type { ParamName, Params, ProgramProblem, ScenarioId, StepUnit } from '../sim/index';
import type { ProgramInput } from '../worker/client';
import type { Chapter } from '../url/chapters';
import type { Lesson } from '../url/lesson';
import type { Controls, LinkState, Notice, Pane, PausePoint, Speed, Theme } from '../url/fields';

export { CONTROLS, PANES, PAUSE_POINTS, SPEEDS, THEMES, UNITS } from '../url/fields';
export type { Controls, Notice, Pane, PausePoint, Speed, Theme } from '../url/fields';
export type { Chapter } from '../url/chapters';

/** Panels the user can open or close. */
export const PANEL_IDS = ['gallery', 'params', 'program', 'log', 'predict', 'lesson'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export interface InputsSlice {
  readonly scenario: ScenarioId;
  /** Resolved, applied parameters (the trace is simulate(scenario, params)). */
  readonly params: Params;
  /** What the parameters panel shows: the applied value as text, or the user's unapplied edit. */
  readonly paramText: Readonly<Record<ParamName, string>>;
  /** Why an edit was refused (parseParam / parseParams error text), per parameter. */
  readonly paramErrors: Readonly<Partial<Record<ParamName, string>>>;
  /**
   * The problem of a program of the user's own that a parameter's new value made (its paramErrors text is
   * this problem in English): the panel says it in the reader's language while that text is shown.
   */
  readonly paramProgramProblems: Readonly<Partial<Record<ParamName, ProgramProblem>>>;
  setScenario(id: ScenarioId): void;
  editParam(name: ParamName, text: string): void;
  /** Validates the edit; applies it (and returns true) or records the error and keeps the applied value. */
  applyParam(name: ParamName): boolean;
}

/**
 * A program of the user's own (docs/language.md), edited in the program pane. The run on screen is the
 * scenario's program, or `program` when set; the scenario stays the one it was copied from (its machine is
 * what the views draw). The editor's text (`draft`) is kept apart from the run until Run, so a bad edit loses
 * nothing: the last good run stays on screen and the problem is shown.
 */
export interface ProgramSlice {
  /** The program on screen instead of the scenario's, or null. Its constants are its parameters. */
  readonly program: ProgramInput | null;
  /** The editor is open (in the program pane). */
  readonly editing: boolean;
  /** The editor's text: the program as last typed (saved in local storage by the URL adapter). */
  readonly draft: string;
  /** Why the last Run (or a link's program) did not replace the run on screen, or null (cleared by an edit). */
  readonly programProblem: ProgramProblem | null;
  /** Opens the editor with a copy of the program on screen. */
  editCopy(): void;
  /** Opens the editor with a given text (a saved draft), without running it. */
  openDraft(text: string, editing: boolean): void;
  closeEditor(): void;
  setDraft(text: string): void;
  /** Runs the editor's text: it becomes the run on screen, or its problem is shown and the run stays. */
  runDraft(): boolean | Promise<boolean>;
  /** Back to the scenario's own program (the draft stays in the editor). */
  leaveProgram(): void;
}

export interface PlaybackSlice {
  readonly step: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly unit: StepUnit;
  /** Playback range from the link: first step and last step (null: the end); see getPlayRange. */
  readonly from: number;
  readonly to: number | null;
  /** Named bookmarks at chosen steps, in step order (kept in the link). */
  readonly chapters: readonly Chapter[];
  /** Playback wraps from the range's last step to its first instead of stopping. */
  readonly loop: boolean;
  /** Playback stops by itself at every system call boundary ('syscall') or only at the end. */
  readonly pauseAt: PausePoint;
  /** The link asked to start playing when it opens. */
  readonly autoplay: boolean;
  /** Moves to step i, clamped to the trace and the playback range. */
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
  setPauseAt(pauseAt: PausePoint): void;
  /** The range starts (or ends) at the current step; an end before the new start (or a start after the new end) is let go. */
  startRangeHere(): void;
  endRangeHere(): void;
  /** Back to the whole run. */
  clearRange(): void;
  /** A chapter named `name` at the current step (renames one already there); ignored when the name is empty. */
  addChapter(name: string): void;
  removeChapter(step: number): void;
  /** To the next (or previous) chapter's step, within the range; returns whether there was one. */
  jumpChapter(dir: 1 | -1): boolean;
}

export interface ModeSlice {
  /** Embed mode: only the machine view, the controls and the counters (for slides and course pages). */
  readonly embed: boolean;
  /** Presenter mode: projection layout; `blank` turns the screen black (a clicker's B key). */
  readonly present: boolean;
  readonly blank: boolean;
  /** Type and stroke scale of the presenter and embed layouts (1–3). */
  readonly scale: number;
  /** Embed controls: all, or only play/pause and the step indicator. */
  readonly controls: Controls;
  /** An embed shows a line of narration under the machine. */
  readonly narration: boolean;
  /** The theme before the Present button switched to the projector theme (restored on leaving). */
  readonly themeBeforePresent: Theme | null;
  enterPresenter(): void;
  leavePresenter(): void;
  toggleBlank(): void;
  /** One step (a quarter) larger or smaller type, within 1–3. */
  zoom(dir: 1 | -1): void;
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

/** A run being built off the main thread: what it is and how far the build has got. */
export interface BuildState {
  readonly scenario: ScenarioId;
  readonly params: Params;
  /** Steps built so far and the expected total (expectedSteps). */
  readonly steps: number;
  readonly estimate: number;
}

export interface BuildSlice {
  /** The run being built in the worker, or null; the run on screen is the previous one until it is ready. */
  readonly build: BuildState | null;
  /**
   * A run's trace is ready to show. False only while the app waits for its first trace from the worker (the
   * UI shows the page without a run until then); always true where traces are built on the spot.
   */
  readonly runReady: boolean;
  /** Builds the store's current run if no run is ready and none is being built (a first visit without a link). */
  openRun(): void;
  /** Stops the build under way: the run on screen, its parameters and its link stay; a notice says so. */
  cancelBuild(): void;
  /**
   * Calls `apply` (which switches the store to the run) once the trace of (scenario, params) is ready: at once
   * (returns true) when it is memoised or small, else after a build in the worker (the promise says whether it
   * was applied: false when cancelled, replaced by a newer request, or failed). For the store's own actions.
   */
  whenTraceReady(
    scenario: ScenarioId,
    params: Params,
    apply: () => void,
    program?: ProgramInput | null,
  ): boolean | Promise<boolean>;
}

/** Everything a link or the saved state restores (already validated by the URL codec). */
export type Restorable = LinkState;

export interface RestoreSlice {
  /**
   * Replaces view and modes at once, and inputs and step when the run's trace is ready (whenTraceReady: at
   * once for a small or memoised run); the range and the step are clamped to the trace (a notice says so), and
   * autoplay starts playing. A program that fails opens in the editor with its problem, and the scenario's
   * own program runs. Returns what whenTraceReady returned.
   */
  restore(state: Restorable, notices?: readonly Notice[]): boolean | Promise<boolean>;
}

/** A guided lesson (issue 19): ordered stops (a link state and a note), walked with PgDn/PgUp. */
export interface LessonSlice {
  /** The lesson open (walked or being recorded), or null. Not in the URL: a lesson travels as its own link. */
  readonly lesson: Lesson | null;
  /** The stop on screen (0-based). */
  readonly stop: number;
  /** Opens a lesson at a stop (its link state restored, as restore() does). */
  openLesson(lesson: Lesson, stop?: number): Promise<boolean>;
  /** Goes to stop i; false when there is none (or it is the one on screen). */
  goStop(i: number): boolean;
  closeLesson(): void;
  /** Starts recording a lesson with no stops. */
  newLesson(title: string): void;
  /** Adds the current step (its link) as a stop with a note in the current language. */
  addStop(note: string): void;
  removeStop(i: number): void;
}

export type AppState = InputsSlice &
  LessonSlice &
  PlaybackSlice &
  ViewSlice &
  ModeSlice &
  BuildSlice &
  ProgramSlice &
  RestoreSlice;
