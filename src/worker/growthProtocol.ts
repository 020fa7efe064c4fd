import type { SweepRun, Totals } from '../sim/index';

/** The growth charts' worker protocol: a list of runs in, each run's totals out (never a trace). */
export interface GrowthRequest {
  readonly type: 'sweep';
  readonly id: number;
  readonly runs: readonly SweepRun[];
}

export type GrowthReply =
  /** How far the whole sweep is, 0–1 (weighted by each run's expected steps). */
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'point'; readonly id: number; readonly index: number; readonly totals: Totals }
  | { readonly type: 'failed'; readonly id: number; readonly index: number; readonly message: string }
  | { readonly type: 'finished'; readonly id: number };
