import type { Locale } from '../i18n/index';
import type { Params, ScenarioId, StepUnit } from '../sim/index';

/** Playback speeds: multiples of 2 steps/s, or 'max' (as fast as frames allow). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];

export const UNITS = ['event', 'syscall', 'iteration'] as const satisfies readonly StepUnit[];

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** The centre pane's views (tabs): the machine, or the memory and page-table views. */
export const PANES = ['machine', 'memory'] as const;
export type Pane = (typeof PANES)[number];

/** A message for the notice banner: an i18n key and its plain-text parameters. */
export interface Notice {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What a link carries: the inputs (scenario, non-default params), the step and the view. */
export interface LinkState {
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly step: number;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly speed: Speed;
  readonly unit: StepUnit;
  readonly pane: Pane;
}

/** The link format's version (`v=1`); older versions would be migrated in decodeHash. */
export const URL_VERSION = 1;
