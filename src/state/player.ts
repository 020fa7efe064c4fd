import type { Speed } from './types';

/** At 1× the player shows about two steps a second: slow enough to read the narration. */
export const STEPS_PER_SECOND_AT_1X = 2;
/** At 'max' a whole trace plays in about this long, however many steps it has (2.6 M steps → ~30 s). */
export const MAX_SPEED_SECONDS = 30;
/** A longer frame gap (a hidden tab, a debugger pause) counts as this long, so playback never jumps far. */
const MAX_FRAME_MS = 250;

export function stepsPerSecond(speed: Speed, length: number): number {
  if (speed === 'max') return Math.max(60, length / MAX_SPEED_SECONDS);
  return STEPS_PER_SECOND_AT_1X * speed;
}

/**
 * How many whole steps a frame of `dtMs` advances, carrying the fraction to the next frame. Pure: the
 * usePlayer hook feeds it requestAnimationFrame deltas and only moves the step index.
 */
export function advance(
  carry: number,
  dtMs: number,
  speed: Speed,
  length: number,
): { readonly steps: number; readonly carry: number } {
  const dt = Math.min(Math.max(dtMs, 0), MAX_FRAME_MS) / 1000;
  const exact = carry + dt * stepsPerSecond(speed, length);
  // The epsilon keeps float drift (60 × 1/30 = 1.9999…) from losing a step.
  const steps = Math.floor(exact + 1e-9);
  return { steps, carry: Math.max(exact - steps, 0) };
}
