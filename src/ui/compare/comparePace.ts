import { MAX_SPEED_SECONDS, stepsPerSecond, type Speed } from '../../state/index';

/** At 1× compare mode moves this many calls or iterations a second (both runs together). */
export const UNITS_PER_SECOND_AT_1X = 8;
/** At 1× a whole run plays by time in this long. */
export const PLAY_TIME_MS_AT_1X = 20_000;

/**
 * Pure: calls or iterations a second at `speed` (the app's speed select), `end` of them in all. 'max' is the
 * single-run player's own: the whole run in about MAX_SPEED_SECONDS, never slower than 60 a second.
 */
export function unitsPerSecond(speed: Speed, end: number): number {
  return speed === 'max' ? stepsPerSecond('max', end) : UNITS_PER_SECOND_AT_1X * speed;
}

/** Pure: how long a whole run takes to play by time at `speed` ('max': a tenth of MAX_SPEED_SECONDS). */
export function playTimeMs(speed: Speed): number {
  return speed === 'max' ? (MAX_SPEED_SECONDS * 1000) / 10 : PLAY_TIME_MS_AT_1X / speed;
}
