import { describe, expect, it } from 'vitest';
import { ENTRY_PATHS, LAYOUTS, SYSCALL_TABLE, countPageTables, lookupSyscall } from '../../src/sim/index';

describe('SYSCALL_TABLE', () => {
  // asm/unistd_64.h and asm/unistd_32.h (Linux 6.x UAPI headers)
  it.each([
    ['read', 0, 3],
    ['write', 1, 4],
    ['close', 3, 6],
    ['getpid', 39, 20],
    ['sendfile', 40, 187],
    ['clone', 56, 120],
    ['fork', 57, 2],
    ['wait4', 61, 114],
    ['exit_group', 231, 252],
    ['openat', 257, 295],
    ['splice', 275, 313],
    ['pipe2', 293, 331],
    ['munmap', 11, 91],
  ])('%s is %i on x86-64 and %i on i386', (name, x64, i386) => {
    expect(lookupSyscall('x86_64', name)?.nr).toBe(x64);
    expect(lookupSyscall('i386', name)?.nr).toBe(i386);
  });

  it('mmap is 9 on x86-64; i386 glibc uses mmap2 (192)', () => {
    expect(lookupSyscall('x86_64', 'mmap')).toEqual({ name: 'mmap', nr: 9, handler: '__x64_sys_mmap' });
    expect(lookupSyscall('i386', 'mmap')).toEqual({
      name: 'mmap2',
      nr: 192,
      handler: '__ia32_sys_mmap_pgoff',
    });
  });

  it('numbers are unique per table, and unknown names are undefined', () => {
    for (const arch of ['x86_64', 'i386'] as const) {
      const nrs = Object.values(SYSCALL_TABLE[arch]).map((r) => r.nr);
      expect(new Set(nrs).size).toBe(nrs.length);
    }
    expect(lookupSyscall('x86_64', 'toString')).toBeUndefined();
  });
});

describe('ENTRY_PATHS', () => {
  it('syscall saves rip in rcx and rflags in r11 and pushes nothing; int 0x80 pushes the hardware frame', () => {
    expect(ENTRY_PATHS.x86_64.frame.every((s) => s.by === 'entry')).toBe(true);
    expect(ENTRY_PATHS.x86_64.frame.find((s) => s.slot === 'ip')?.from).toBe('rcx');
    expect(ENTRY_PATHS.x86_64.frame.find((s) => s.slot === 'flags')?.from).toBe('r11');
    expect(ENTRY_PATHS.i386.frame.slice(0, 5).every((s) => s.by === 'cpu')).toBe(true);
    expect(ENTRY_PATHS.i386.frame.slice(5).every((s) => s.by === 'entry')).toBe(true);
    expect(LAYOUTS.x86_64.kernelStack).toBe(16 * 1024);
    expect(LAYOUTS.i386.kernelStack).toBe(8 * 1024);
  });
});

describe('countPageTables', () => {
  it('x86-64: one PGD, PUD, PMD and PTE page for the user buffer; a far mapping adds its own path', () => {
    const buf = { vpn: LAYOUTS.x86_64.userBuf / 4096, count: 4 };
    expect(countPageTables('x86_64', [buf]).map((x) => x.count)).toEqual([1, 1, 1, 1]);
    const mmap = { vpn: 0x7fefff000000 / 4096, count: 1 };
    expect(countPageTables('x86_64', [buf, mmap]).map((x) => x.count)).toEqual([1, 2, 2, 2]);
    // 513 pages from a 2 MiB boundary need two PTE pages.
    expect(countPageTables('x86_64', [{ vpn: 512, count: 513 }]).map((x) => x.count)).toEqual([1, 1, 1, 2]);
  });

  it('i386: a page directory and one page table per 4 MiB', () => {
    const buf = { vpn: LAYOUTS.i386.userBuf / 4096, count: 3 };
    expect(countPageTables('i386', [buf])).toEqual([
      { key: 'pgd', count: 1 },
      { key: 'pte', count: 1 },
    ]);
    expect(countPageTables('i386', [buf, { vpn: 0xb7f00000 / 4096 - 1, count: 1 }])[1]!.count).toBe(2);
  });
});
