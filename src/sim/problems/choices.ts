import type { ParamName, Params } from '../params';

/**
 * The values a problem set draws each parameter from: sizes a student can reason about by hand (a page, a
 * little more than two pages, a few chunks), both cache states, both NIC kinds, aligned and misaligned
 * O_DIRECT buffers. A parameter not listed keeps its default. Runs stay small: the answers are counts a
 * student works out, not measurements.
 */
export const PROBLEM_CHOICES: { readonly [P in ParamName]?: readonly Params[P][] } = {
  file: [4096, 8192, 10000, 16384, 65536, 100000, 262144],
  buf: [4096, 8192, 16384, 65536],
  cache: ['cold', 'warm'],
  sg: ['on', 'off'],
  loop: ['size', 'eof'],
  arch: ['x86_64', 'i386'],
  ra: [4, 8, 32],
  fa: [1, 4, 16],
  bufoff: [0, 0, 0, 1, 512],
  pages: [2, 3, 4, 6, 8],
  // recv-write and file-copy: how the written file reaches the disk, how it is copied, the peer's segments.
  sync: ['none', 'fsync', 'osync'],
  method: ['rw', 'mmap', 'sendfile', 'splice', 'copy_file_range'],
  mss: [1448, 9000],
  // copy-file-range: ext4's in-kernel copy or a reflink.
  fs: ['ext4', 'xfs'],
};
