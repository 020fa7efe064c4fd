import { S } from '../sites';
import { pageSpan } from './fileIo';
import type { Kernel } from './kernel';

/**
 * Issue 18: memcpy(dst, src, n) inside the process's buffer, in user mode — the copy the JDK makes between a
 * heap ByteBuffer and its temporary direct buffer. One CPU copy of `n` bytes and no mode switch: the
 * kernel is not involved. `origin` is the file offset of the copied bytes (for the machine view).
 */
export function userMemcpy(k: Kernel, n: number, origin: number): void {
  const { first, last } = pageSpan(k, origin, n);
  k.cpuN(S.real.userCopy, k.cost.copyBase + n * k.cost.copyPerByte, n, first, last, origin);
}
