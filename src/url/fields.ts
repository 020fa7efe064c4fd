import type { Locale } from '../i18n/index';
import type { Params, ScenarioId, StepUnit } from '../sim/index';
import type { Chapter } from './chapters';

/** Playback speeds: multiples of 2 steps/s, or 'max' (as fast as frames allow). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];

export const UNITS = ['event', 'syscall', 'iteration'] as const satisfies readonly StepUnit[];

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** The centre pane's views (tabs): the machine, the memory and page-table views, or the system-call entry. */
export const PANES = ['machine', 'memory', 'entry'] as const;
export type Pane = (typeof PANES)[number];

/** How much of the controls an embed shows: all of them, or just play/pause and the step indicator. */
export const CONTROLS = ['full', 'min'] as const;
export type Controls = (typeof CONTROLS)[number];

/** Where playback stops by itself besides the end: nowhere, or at every system call boundary. */
export const PAUSE_POINTS = ['none', 'syscall'] as const;
export type PausePoint = (typeof PAUSE_POINTS)[number];

/** Presenter/embed type and stroke scale (`scale=`): 1–3 in quarter steps. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 3;
export const SCALE_STEP = 0.25;

/** A message for the notice banner: an i18n key and its plain-text parameters. */
export interface Notice {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A program of the user's own: its text is the whole input (its constants are its parameters). */
export interface LinkProgram {
  readonly text: string;
}

/** What a link carries: the inputs (scenario, non-default params), the step and the view. */
export interface LinkState {
  readonly scenario: ScenarioId;
  readonly params: Params;
  /** A program of the user's own run instead of the scenario's (which stays: its machine is drawn), or null. */
  readonly program: LinkProgram | null;
  readonly step: number;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly speed: Speed;
  readonly unit: StepUnit;
  readonly pane: Pane;
  /** Playback range: first step (0 = the start) and last step (null = the end). */
  readonly from: number;
  readonly to: number | null;
  /** Named bookmarks at chosen steps (`ch=12:Copy,30:DMA`), in step order. */
  readonly chapters: readonly Chapter[];
  /** Embed mode: only the machine view, the controls and the counters. */
  readonly embed: boolean;
  /** Presenter mode: big machine view, narration and counters, controls shown when the pointer moves. */
  readonly present: boolean;
  readonly scale: number;
  readonly controls: Controls;
  /** An embed shows the step's narration in a line under the machine (`narration=1`). */
  readonly narration: boolean;
  /** Start playing when the link opens. */
  readonly autoplay: boolean;
  /** Playback wraps from the range's last step back to its first. */
  readonly loop: boolean;
  readonly pauseAt: PausePoint;
}

/** The defaults of the mode fields (a link writes only the ones that differ). */
export const DEFAULT_MODES = {
  from: 0,
  to: null,
  chapters: [] as readonly Chapter[],
  embed: false,
  present: false,
  scale: 1,
  controls: 'full',
  narration: false,
  autoplay: false,
  loop: false,
  pauseAt: 'none',
} as const satisfies Partial<LinkState>;

/** The link format's version (`v=1`); older versions would be migrated in decodeHash. */
export const URL_VERSION = 1;
