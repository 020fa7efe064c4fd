/** Simulated time in nanoseconds. */
export type Ns = number & { readonly __unit?: 'ns' };
/** A byte count. */
export type Bytes = number & { readonly __unit?: 'bytes' };
/** CPU privilege level: 0 = kernel (ring 0), 3 = user (ring 3). */
export type Ring = 0 | 3;
/** Process id. Pid 0 is the idle task. */
export type Pid = number;

/** read(2)/write(2)/sendfile(2) NOTES: at most 0x7ffff000 bytes move per call (MAX_RW_COUNT). */
export const MAX_RW_COUNT = 0x7ffff000;

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

/** Formats a byte count the way the UI and CLI label it: 4096 → "4 KiB", 10000 → "10000 B". */
export function formatBytes(n: number): string {
  if (n >= GiB && n % GiB === 0) return `${n / GiB} GiB`;
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= KiB && n % KiB === 0) return `${n / KiB} KiB`;
  return `${n} B`;
}

/** Formats an address as 0x-prefixed hex; addresses are exact integers below 2^64 stored as numbers. */
export function hex(n: number): string {
  return '0x' + BigInt(Math.trunc(n)).toString(16);
}
