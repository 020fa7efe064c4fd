/** A time unit for the axis, chosen from the trace's length so tick labels stay short. */
export interface TimeUnit {
  readonly name: 'ns' | 'µs' | 'ms' | 's';
  readonly ns: number;
}

export function unitFor(endNs: number): TimeUnit {
  if (endNs < 10_000) return { name: 'ns', ns: 1 };
  if (endNs < 10_000_000) return { name: 'µs', ns: 1e3 };
  if (endNs < 10_000_000_000) return { name: 'ms', ns: 1e6 };
  return { name: 's', ns: 1e9 };
}

/** "84.36 µs": at most 4 significant digits, trailing zeros dropped. */
export function formatTime(ns: number, unit: TimeUnit): string {
  const v = ns / unit.ns;
  const digits = Math.abs(v) >= 1000 ? 0 : Math.abs(v) >= 100 ? 1 : 2;
  return `${Number(v.toFixed(digits))} ${unit.name}`;
}
