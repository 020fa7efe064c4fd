import { describe, expect, it } from 'vitest';
import { ADDRESS_REGIONS, LAYOUTS, describeAddress, walkAddress } from '../../src/sim/index';

const idx = (w: ReturnType<typeof walkAddress>) => w.levels.map((l) => [l.name, l.index]);

describe('walkAddress', () => {
  it('splits an x86-64 user address 9/9/9/9/12', () => {
    const w = walkAddress('x86_64', 0x7f0000000000);
    expect(idx(w)).toEqual([
      ['PGD', 254],
      ['PUD', 0],
      ['PMD', 0],
      ['PTE', 0],
    ]);
    expect(w.offset).toBe(0);
    expect(w.levels.map((l) => l.bits)).toEqual([
      [47, 39],
      [38, 30],
      [29, 21],
      [20, 12],
    ]);
    expect(w.canonical).toBe(true);
  });

  it('walks the direct map exactly, though the number is above 2^53, ending in a 2 MiB page', () => {
    const w = walkAddress('x86_64', 0xffff888000000000);
    expect(idx(w)).toEqual([
      ['PGD', 273],
      ['PUD', 0],
      ['PMD', 0],
    ]);
    expect(w.pageBytes).toBe(2 * 1024 * 1024);
    expect(w.offsetBits).toEqual([20, 0]);
    expect(walkAddress('x86_64', 0xffff888000123456n).offset).toBe(0x123456);
    expect(w.addr).toBe(0xffff888000000000n);
    expect(w.canonical).toBe(true);
  });

  it('takes every level and the offset from the right bits', () => {
    // 0x7fefffff0123: PGD 255, PUD 447, PMD 511, PTE 496, offset 0x123
    const w = walkAddress('x86_64', '0x7fefffff0123');
    expect(idx(w).map(([, i]) => i)).toEqual([255, 447, 511, 496]);
    expect(w.offset).toBe(0x123);
    expect(walkAddress('x86_64', LAYOUTS.x86_64.userBuf).levels.map((l) => l.index)).toEqual([0, 0, 2, 0xaa]);
  });

  it('flags non-canonical addresses', () => {
    expect(walkAddress('x86_64', 0x0000800000000000n).canonical).toBe(false);
    expect(walkAddress('x86_64', 0xffff7fffffffffffn).canonical).toBe(false);
    expect(walkAddress('x86_64', 0xffffffffffffffffn).canonical).toBe(true);
  });

  it('splits an i386 address 10/10/12', () => {
    // The lowmem direct map is made of 4 MiB PSE pages: the walk ends in the page directory.
    const k = walkAddress('i386', 0xc0000000);
    expect(idx(k)).toEqual([['PGD (page directory)', 768]]);
    expect(k.pageBytes).toBe(4 * 1024 * 1024);
    const u = walkAddress('i386', 0x0804c123);
    expect(idx(u)).toEqual([
      ['PGD (page directory)', 32],
      ['PTE (page table)', 0x4c],
    ]);
    expect(u.offset).toBe(0x123);
    expect(u.levels.map((l) => l.bits)).toEqual([
      [31, 22],
      [21, 12],
    ]);
  });
});

describe('describeAddress', () => {
  it.each([
    ['x86_64', 0x4aa000, 'user'],
    ['x86_64', 0x00007fffffffffff, 'user'],
    ['x86_64', 0x0000800000000000, 'non-canonical'],
    ['x86_64', 0xffff888000000000, 'kernel-direct-map'],
    ['x86_64', 0xffffc90000000000, 'vmalloc'],
    ['x86_64', 0xffffea0000000000, 'vmemmap'],
    ['x86_64', 0xffffffff81000000, 'kernel-text'],
    ['x86_64', 0xffffffffa0000000, 'modules'],
    ['x86_64', 0xffffffffff600000, 'vsyscall'],
    ['i386', 0x0804c000, 'user'],
    ['i386', 0xbfffffff, 'user'],
    ['i386', 0xc0000000, 'kernel-direct-map'],
    ['i386', 0xf8000000, 'kernel-high'],
  ] as const)('%s %d is %s', (arch, addr, key) => {
    expect(describeAddress(arch, addr).key).toBe(key);
  });

  it.each(['x86_64', 'i386'] as const)(
    '%s regions are sorted, disjoint and cover the whole space',
    (arch) => {
      const rs = ADDRESS_REGIONS[arch];
      expect(rs[0]!.start).toBe(0n);
      for (let i = 1; i < rs.length; i++) expect(rs[i]!.start).toBe(rs[i - 1]!.end + 1n);
      expect(rs[rs.length - 1]!.end).toBe(arch === 'i386' ? 0xffffffffn : 0xffffffffffffffffn);
    },
  );
});
