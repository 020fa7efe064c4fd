const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** A region size in binary units, e.g. 2^46 → "64 TiB"; inexact sizes are rounded down and marked "~". */
export function formatSize(bytes: bigint): string {
  let unit = 0;
  let n = bytes;
  while (unit < UNITS.length - 1 && n >= 1024n) {
    n /= 1024n;
    unit++;
  }
  const exact = n * 1024n ** BigInt(unit) === bytes;
  return `${exact ? '' : '~'}${n} ${UNITS[unit]}`;
}
