const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/**
 * A region size in binary units, e.g. 2^46 → "64 TiB"; inexact sizes are rounded to the nearest tenth
 * below 10 and to the nearest whole unit above, marked "~" (0xa0000000–0xfeffffff → "~1.5 GiB").
 */
export function formatSize(bytes: bigint): string {
  let unit = 0;
  while (unit < UNITS.length - 1 && bytes >= 1024n ** BigInt(unit + 1)) unit++;
  const scale = 1024n ** BigInt(unit);
  if (bytes % scale === 0n) return `${bytes / scale} ${UNITS[unit]}`;
  const value = Number(bytes) / Number(scale);
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `~${shown} ${UNITS[unit]}`;
}
