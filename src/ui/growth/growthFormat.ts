import type { Locale } from '../../i18n/index';
import type { GrowthCounter } from '../../url/growthLink';
import { formatCount } from '../format';
import { formatByteSize, formatDuration } from '../counters/counterRows';

/** A counter's value as people read it: times as durations, bytes in binary units, counts with separators. */
export function formatGrowthValue(locale: Locale, counter: GrowthCounter, value: number): string {
  if (counter === 'simTimeNs' || counter === 'cpuBusyNs') return formatDuration(locale, value);
  if (counter === 'cpuBytes') return formatByteSize(locale, value);
  return formatCount(locale, value);
}

/** An x value (a file or buffer size). */
export function formatGrowthX(locale: Locale, bytes: number): string {
  return formatByteSize(locale, bytes);
}
