import type { Locale } from '../../i18n/index';
import { formatCount } from '../format';
import type { CounterKey, Totals } from '../../sim/index';

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
  { key: 'cpuBusyNs' },
  { key: 'cpuBusyNsBy.user', sub: true },
  { key: 'cpuBusyNsBy.kernel', sub: true },
  { key: 'cpuBusyNsBy.irq', sub: true },
];

/** Rows that are times (read from the CPU clock), not counts of steps: shown as durations, not clickable. */
export function isTimeRow(key: CounterKey): boolean {
  return key === 'simTimeNs' || key.startsWith('cpuBusyNs');
}

/** A counter's value in the totals (`modeSwitchesBy.syscall`, `cpuBusyNsBy.user` read the nested field). */
export function counterValue(totals: Totals, key: CounterKey): number {
  if (key.startsWith('modeSwitchesBy.')) {
    return totals.modeSwitchesBy[key.slice('modeSwitchesBy.'.length) as keyof Totals['modeSwitchesBy']];
  }
  if (key.startsWith('cpuBusyNsBy.')) {
    return totals.cpuBusyNsBy[key.slice('cpuBusyNsBy.'.length) as keyof Totals['cpuBusyNsBy']];
  }
  return totals[key as Exclude<CounterKey, `modeSwitchesBy.${string}` | `cpuBusyNsBy.${string}`>];
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

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * A byte count as a person says it: in the largest binary unit that keeps it at least 1, with three
 * significant digits ("1.09 GiB", "97.7 KiB", "8 KiB", "512 B"); whole amounts without decimals. The exact
 * number stays in the counter's data-value.
 */
export function formatByteSize(locale: Locale, bytes: number): string {
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < BYTE_UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = u === 0 || Number.isInteger(v) ? 0 : v >= 100 ? 0 : v >= 10 ? 1 : 2;
  const shown = Number(v.toFixed(digits));
  // 1023.99 KiB rounds to 1024: say 1 MiB instead.
  if (shown >= 1024 && u < BYTE_UNITS.length - 1) return `${formatCount(locale, 1)} ${BYTE_UNITS[u + 1]}`;
  // Trailing zeros dropped: 1.5 KiB, not 1.50 KiB.
  const decimals = String(shown).split('.')[1]?.length ?? 0;
  return `${formatCount(locale, shown, decimals)} ${BYTE_UNITS[u]}`;
}

export function formatCounter(locale: Locale, key: CounterKey, value: number): string {
  if (isTimeRow(key)) return formatDuration(locale, value);
  if (key === 'cpuBytes' || key === 'dmaBytes') return formatByteSize(locale, value);
  return formatCount(locale, value);
}
