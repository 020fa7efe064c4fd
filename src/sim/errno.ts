/**
 * Linux errno values (asm-generic/errno-base.h, errno.h) with the text strace prints after the name, for the
 * errors a program's calls and a replayed strace log can show (`= -1 EBADF (Bad file descriptor)`).
 */
export const ERRNOS: { readonly [errno: number]: { readonly name: string; readonly text: string } } = {
  1: { name: 'EPERM', text: 'Operation not permitted' },
  2: { name: 'ENOENT', text: 'No such file or directory' },
  3: { name: 'ESRCH', text: 'No such process' },
  4: { name: 'EINTR', text: 'Interrupted system call' },
  5: { name: 'EIO', text: 'Input/output error' },
  6: { name: 'ENXIO', text: 'No such device or address' },
  7: { name: 'E2BIG', text: 'Argument list too long' },
  8: { name: 'ENOEXEC', text: 'Exec format error' },
  9: { name: 'EBADF', text: 'Bad file descriptor' },
  10: { name: 'ECHILD', text: 'No child processes' },
  11: { name: 'EAGAIN', text: 'Resource temporarily unavailable' },
  12: { name: 'ENOMEM', text: 'Cannot allocate memory' },
  13: { name: 'EACCES', text: 'Permission denied' },
  14: { name: 'EFAULT', text: 'Bad address' },
  16: { name: 'EBUSY', text: 'Device or resource busy' },
  17: { name: 'EEXIST', text: 'File exists' },
  18: { name: 'EXDEV', text: 'Invalid cross-device link' },
  19: { name: 'ENODEV', text: 'No such device' },
  20: { name: 'ENOTDIR', text: 'Not a directory' },
  21: { name: 'EISDIR', text: 'Is a directory' },
  22: { name: 'EINVAL', text: 'Invalid argument' },
  23: { name: 'ENFILE', text: 'Too many open files in system' },
  24: { name: 'EMFILE', text: 'Too many open files' },
  25: { name: 'ENOTTY', text: 'Inappropriate ioctl for device' },
  27: { name: 'EFBIG', text: 'File too large' },
  28: { name: 'ENOSPC', text: 'No space left on device' },
  29: { name: 'ESPIPE', text: 'Illegal seek' },
  30: { name: 'EROFS', text: 'Read-only file system' },
  32: { name: 'EPIPE', text: 'Broken pipe' },
  34: { name: 'ERANGE', text: 'Numerical result out of range' },
  36: { name: 'ENAMETOOLONG', text: 'File name too long' },
  38: { name: 'ENOSYS', text: 'Function not implemented' },
  39: { name: 'ENOTEMPTY', text: 'Directory not empty' },
  40: { name: 'ELOOP', text: 'Too many levels of symbolic links' },
  61: { name: 'ENODATA', text: 'No data available' },
  75: { name: 'EOVERFLOW', text: 'Value too large for defined data type' },
  88: { name: 'ENOTSOCK', text: 'Socket operation on non-socket' },
  95: { name: 'EOPNOTSUPP', text: 'Operation not supported' },
  97: { name: 'EAFNOSUPPORT', text: 'Address family not supported by protocol' },
  98: { name: 'EADDRINUSE', text: 'Address already in use' },
  99: { name: 'EADDRNOTAVAIL', text: 'Cannot assign requested address' },
  101: { name: 'ENETUNREACH', text: 'Network is unreachable' },
  104: { name: 'ECONNRESET', text: 'Connection reset by peer' },
  106: { name: 'EISCONN', text: 'Transport endpoint is already connected' },
  107: { name: 'ENOTCONN', text: 'Transport endpoint is not connected' },
  110: { name: 'ETIMEDOUT', text: 'Connection timed out' },
  111: { name: 'ECONNREFUSED', text: 'Connection refused' },
  113: { name: 'EHOSTUNREACH', text: 'No route to host' },
  114: { name: 'EALREADY', text: 'Operation already in progress' },
  115: { name: 'EINPROGRESS', text: 'Operation now in progress' },
  512: { name: 'ERESTARTSYS', text: 'To be restarted if SA_RESTART is set' },
  513: { name: 'ERESTARTNOINTR', text: 'To be restarted' },
  514: { name: 'ERESTARTNOHAND', text: 'To be restarted if no handler' },
  516: { name: 'ERESTART_RESTARTBLOCK', text: 'Interrupted by signal' },
};

/** errno by name (`EBADF` → 9). */
export const ERRNO_BY_NAME: { readonly [name: string]: number } = Object.fromEntries(
  Object.entries(ERRNOS).map(([n, e]) => [e.name, Number(n)]),
);

/** `EBADF`, or `E<n>` for a number the table does not name. */
export function errnoName(errno: number): string {
  return ERRNOS[errno]?.name ?? `E${errno}`;
}

/** What strace prints for a failed call's return: `-1 EBADF (Bad file descriptor)`. */
export function straceError(errno: number): string {
  const e = ERRNOS[errno];
  return e ? `-1 ${e.name} (${e.text})` : `-1 E${errno}`;
}
