import { describe, expect, it } from 'vitest';
import { getStraceLines, simulate } from '../../src/sim/index';

describe('strace lines name what the program and the architecture really use', () => {
  it('mmap-write writes from its mapping p, not from a buffer it does not have', () => {
    const lines = getStraceLines(simulate('mmap-write', { file: 10000 }));
    expect(lines).toContain('write(4, p, 10000) = 10000');
    expect(lines.some((l) => l.includes('buf'))).toBe(false);
  });

  it('read-write still writes from buf', () => {
    expect(getStraceLines(simulate('read-write'))).toContain('write(4, buf, 4096) = 4096');
  });

  it('i386: glibc’s mmap() is the mmap2 system call, and strace prints mmap2', () => {
    const lines = getStraceLines(simulate('mmap-write', { arch: 'i386', file: 10000 }));
    expect(lines.some((l) => l.startsWith('mmap2(NULL, 10000, PROT_READ, MAP_SHARED, 3, 0) = 0x'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('mmap('))).toBe(false);
  });

  it('x86_64 keeps mmap', () => {
    const lines = getStraceLines(simulate('mmap-write', { file: 10000 }));
    expect(lines.some((l) => l.startsWith('mmap(NULL, 10000,'))).toBe(true);
  });
});
