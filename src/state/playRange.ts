import { getNeighbourStep, type Trace } from '../sim/index';
import type { PausePoint } from './types';

/** The steps playback and scrubbing may reach: [first, last], both inside the trace. */
export interface PlayRange {
  readonly first: number;
  readonly last: number;
}

/** The link's from/to resolved against a trace of `length` steps (to = null: the end). Pure. */
export function getPlayRange(
  s: { readonly from: number; readonly to: number | null },
  length: number,
): PlayRange {
  const end = Math.max(length - 1, 0);
  const first = Math.min(Math.max(s.from, 0), end);
  const last = s.to === null ? end : Math.min(Math.max(s.to, first), end);
  return { first, last };
}

/** Clamps a wanted step into the range (non-integers and NaN land on a valid step). Pure. */
export function clampToRange(i: number, r: PlayRange): number {
  if (!Number.isFinite(i)) return i > 0 ? r.last : r.first;
  return Math.min(Math.max(Math.round(i), r.first), r.last);
}

/**
 * Where a run of playback that started at `start` stops by itself: the range's last step, or with
 * pauseAt 'syscall' the next system call boundary before it (the core's syscall navigation). Pure.
 */
export function getStopStep(trace: Trace, r: PlayRange, pauseAt: PausePoint, start: number): number {
  if (pauseAt !== 'syscall') return r.last;
  return Math.min(getNeighbourStep(trace, start, 'syscall', 1), r.last);
}

/**
 * One frame of playback: `steps` whole steps forward from `step`, never past `stopAt`. At the range's last
 * step a looping player wraps to the first (that frame shows the first step, so both ends are seen). Pure.
 */
export function playFrame(
  step: number,
  steps: number,
  stopAt: number,
  r: PlayRange,
  loop: boolean,
): { readonly step: number; readonly playing: boolean; readonly wrapped: boolean } {
  if (steps <= 0) return { step, playing: true, wrapped: false };
  if (loop && step >= r.last) return { step: r.first, playing: true, wrapped: true };
  const next = Math.min(step + steps, stopAt);
  const keepsPlaying = next < stopAt || (loop && next >= r.last);
  return { step: next, playing: keepsPlaying, wrapped: false };
}
