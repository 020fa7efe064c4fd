import { ERRNO_NAMES } from './errnoNames';

/**
 * Linux errno values (asm-generic/errno-base.h, errno.h) with the text strace prints after the name, for the
 * errors a program's calls and a replayed strace log can show (`= -1 EBADF (Bad file descriptor)`).
 */
/** The text strace prints after each name (`= -1 EBADF (Bad file descriptor)`). */
const TEXTS: { readonly [errno: number]: string } = {
  1: 'Operation not permitted',
  2: 'No such file or directory',
  3: 'No such process',
  4: 'Interrupted system call',
  5: 'Input/output error',
  6: 'No such device or address',
  7: 'Argument list too long',
  8: 'Exec format error',
  9: 'Bad file descriptor',
  10: 'No child processes',
  11: 'Resource temporarily unavailable',
  12: 'Cannot allocate memory',
  13: 'Permission denied',
  14: 'Bad address',
  16: 'Device or resource busy',
  17: 'File exists',
  18: 'Invalid cross-device link',
  19: 'No such device',
  20: 'Not a directory',
  21: 'Is a directory',
  22: 'Invalid argument',
  23: 'Too many open files in system',
  24: 'Too many open files',
  25: 'Inappropriate ioctl for device',
  27: 'File too large',
  28: 'No space left on device',
  29: 'Illegal seek',
  30: 'Read-only file system',
  32: 'Broken pipe',
  34: 'Numerical result out of range',
  36: 'File name too long',
  38: 'Function not implemented',
  39: 'Directory not empty',
  40: 'Too many levels of symbolic links',
  61: 'No data available',
  75: 'Value too large for defined data type',
  88: 'Socket operation on non-socket',
  95: 'Operation not supported',
  97: 'Address family not supported by protocol',
  98: 'Address already in use',
  99: 'Cannot assign requested address',
  101: 'Network is unreachable',
  104: 'Connection reset by peer',
  106: 'Transport endpoint is already connected',
  107: 'Transport endpoint is not connected',
  110: 'Connection timed out',
  111: 'Connection refused',
  113: 'No route to host',
  114: 'Operation already in progress',
  115: 'Operation now in progress',
  512: 'To be restarted if SA_RESTART is set',
  513: 'To be restarted',
  514: 'To be restarted if no handler',
  516: 'Interrupted by signal',
};

export const ERRNOS: { readonly [errno: number]: { readonly name: string; readonly text: string } } =
  Object.fromEntries(
    Object.entries(ERRNO_NAMES).map(([n, name]) => [n, { name, text: TEXTS[Number(n)] ?? '' }]),
  );

/** errno by name (`EBADF` → 9). */
export const ERRNO_BY_NAME: { readonly [name: string]: number } = Object.fromEntries(
  Object.entries(ERRNOS).map(([n, e]) => [e.name, Number(n)]),
);

export { errnoName } from './errnoNames';

/** What strace prints for a failed call's return: `-1 EBADF (Bad file descriptor)`. */
export function straceError(errno: number): string {
  const e = ERRNOS[errno];
  return e ? `-1 ${e.name} (${e.text})` : `-1 E${errno}`;
}
