import type { Locale } from '../../i18n/index';
import { formatCount } from '../format';
import { formatBytes, type CounterKey, type Totals } from '../../sim/index';

/**
 * The counters panel's rows: the textbook's figures first (they stay visible on a small projector), then the
 * rest; `sub` rows split the row above.
 */
export const COUNTER_ROWS: readonly { readonly key: CounterKey; readonly sub?: boolean }[] = [
  { key: 'syscalls' },
  { key: 'modeSwitches' },
  { key: 'modeSwitchesBy.syscall', sub: true },
  { key: 'modeSwitchesBy.exception', sub: true },
  { key: 'modeSwitchesBy.interrupt', sub: true },
  { key: 'cpuCopies' },
  { key: 'dmaTransfers' },
  { key: 'contextSwitches' },
  { key: 'pageFaults' },
  { key: 'interrupts' },
  { key: 'diskRequests' },
  { key: 'cpuBytes' },
  { key: 'dmaBytes' },
  { key: 'simTimeNs' },
];

/** A counter's value in the totals (`modeSwitchesBy.syscall` reads the nested field). */
export function counterValue(totals: Totals, key: CounterKey): number {
  if (key.startsWith('modeSwitchesBy.')) {
    return totals.modeSwitchesBy[key.slice('modeSwitchesBy.'.length) as keyof Totals['modeSwitchesBy']];
  }
  return totals[key as Exclude<CounterKey, `modeSwitchesBy.${string}`>];
}

/** Simulated time as people read it: ns below 10 µs, µs below 10 ms, else ms or s. */
export function formatDuration(locale: Locale, ns: number): string {
  const fixed = (v: number, unit: string) => {
    const r = Math.round(v * 10) / 10;
    return `${formatCount(locale, r, Number.isInteger(r) ? 0 : 1)} ${unit}`;
  };
  if (ns < 10_000) return fixed(ns, 'ns');
  if (ns < 10_000_000) return fixed(ns / 1e3, 'µs');
  if (ns < 10e9) return fixed(ns / 1e6, 'ms');
  return fixed(ns / 1e9, 's');
}

export function formatCounter(locale: Locale, key: CounterKey, value: number): string {
  if (key === 'simTimeNs') return formatDuration(locale, value);
  if (key === 'cpuBytes' || key === 'dmaBytes') {
    // Exact, in the largest unit that divides it, digits grouped: 8 KiB, 1,167,184 KiB, 100,000 B.
    const [amount, unit] = formatBytes(value).split(' ');
    return `${formatCount(locale, Number(amount))} ${unit}`;
  }
  return formatCount(locale, value);
}
