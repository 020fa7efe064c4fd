import { expect, it } from 'vitest';
import { formatSize } from '../../../src/ui/memory/formatSize';

it('formats region sizes exactly when they are whole units, else rounded and marked ~', () => {
  expect(formatSize(2n ** 46n)).toBe('64 TiB');
  expect(formatSize(896n * 2n ** 20n)).toBe('896 MiB');
  expect(formatSize(0xfffffffffeffffffn - 0xffffffffa0000000n + 1n)).toBe('~1.5 GiB');
  expect(formatSize(2n ** 64n - 2n ** 48n)).toBe('~16 EiB');
  expect(formatSize(1000n)).toBe('1000 B');
  expect(formatSize(16384n)).toBe('16 KiB');
});
