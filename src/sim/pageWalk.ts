import { ADDRESS_REGIONS, type AddressRegion } from './addressSpaceLayout';
import type { Params } from './params';

type Arch = Params['arch'];

/** One page-table level the MMU indexes while translating an address. */
export interface WalkLevel {
  /** Kernel name of the table: 'PGD', 'PUD', 'PMD', 'PTE' (x86-64); 'PGD (page directory)', 'PTE (page table)' (i386). */
  readonly name: string;
  /** Short id for labels: pgd, pud, pmd, pte. */
  readonly key: 'pgd' | 'pud' | 'pmd' | 'pte';
  /** Index into that table. */
  readonly index: number;
  /** The address bits that form the index, [high, low] inclusive. */
  readonly bits: readonly [number, number];
}

/** The page walk of one virtual address. */
export interface PageWalk {
  readonly arch: Arch;
  readonly addr: bigint;
  readonly levels: readonly WalkLevel[];
  /** Byte offset inside the page the walk ends in (bits `offsetBits`). */
  readonly offset: number;
  readonly offsetBits: readonly [number, 0];
  /** Size of the page the last level maps: 4 KiB, or a large page (PS bit) in the direct map. */
  readonly pageBytes: number;
  /** false for x86-64 addresses whose bits 63..48 differ from bit 47: the CPU faults (#GP) before any walk. */
  readonly canonical: boolean;
}

const LEVELS: { readonly [A in Arch]: readonly (readonly [WalkLevel['key'], string, number, number])[] } = {
  // arch/x86/include/asm/pgtable_64_types.h: PGDIR_SHIFT 39, PUD_SHIFT 30, PMD_SHIFT 21; 512 entries each.
  x86_64: [
    ['pgd', 'PGD', 47, 39],
    ['pud', 'PUD', 38, 30],
    ['pmd', 'PMD', 29, 21],
    ['pte', 'PTE', 20, 12],
  ],
  // arch/x86/include/asm/pgtable-2level_types.h: PGDIR_SHIFT 22, 1024 entries; the PUD/PMD levels are folded.
  i386: [
    ['pgd', 'PGD (page directory)', 31, 22],
    ['pte', 'PTE (page table)', 21, 12],
  ],
};

/**
 * The direct map is built from large pages (arch/x86/mm/init.c: split_mem_range): on x86-64 2 MiB PMD
 * entries with the PS bit (1 GiB PUD entries where the CPU has GBPAGES), on i386 4 MiB PSE entries in the page
 * directory. The walk of a direct-map address stops at that level; its low bits are the offset.
 */
const DIRECT_MAP_LEAF: { readonly [A in Arch]: WalkLevel['key'] } = { x86_64: 'pmd', i386: 'pgd' };

/** An address as an exact bigint: JS numbers up to 2^64 that hold integers are exact (e.g. 0xffff888000000000). */
export function toAddress(addr: number | bigint | string): bigint {
  if (typeof addr === 'bigint') return addr;
  if (typeof addr === 'string') return BigInt(addr.trim());
  return BigInt(Math.trunc(addr));
}

function field(a: bigint, hi: number, lo: number): number {
  return Number((a >> BigInt(lo)) & ((1n << BigInt(hi - lo + 1)) - 1n));
}

/**
 * Pure: the table indices and page offset the MMU uses for `addr` (x86 has 4 KiB base pages: x86-64 4-level
 * 9/9/9/9/12, i386 non-PAE 10/10/12; parseParams refuses other page sizes). In the direct map the walk ends in
 * a large page (DIRECT_MAP_LEAF). i386 addresses are taken modulo 2^32.
 */
export function walkAddress(arch: Arch, addr: number | bigint | string): PageWalk {
  const width = arch === 'i386' ? 32n : 64n;
  const a = toAddress(addr) & ((1n << width) - 1n);
  const all = LEVELS[arch];
  const large = describeAddress(arch, a).key === 'kernel-direct-map';
  const leaf = large ? all.findIndex(([key]) => key === DIRECT_MAP_LEAF[arch]) : all.length - 1;
  const levels = all.slice(0, leaf + 1).map(([key, name, hi, lo]) => ({
    key,
    name,
    index: field(a, hi, lo),
    bits: [hi, lo] as const,
  }));
  const offsetHi = all[leaf]![3] - 1;
  // Canonical form: bits 63..48 are copies of bit 47.
  const top = a >> 47n;
  const canonical = arch === 'i386' || top === 0n || top === (1n << 17n) - 1n;
  return {
    arch,
    addr: a,
    levels,
    offset: field(a, offsetHi, 0),
    offsetBits: [offsetHi, 0],
    pageBytes: 2 ** (offsetHi + 1),
    canonical,
  };
}

/** Pure: the region of the address-space layout (reference §6) that holds `addr`. */
export function describeAddress(arch: Arch, addr: number | bigint | string): AddressRegion {
  const width = arch === 'i386' ? 32n : 64n;
  const a = toAddress(addr) & ((1n << width) - 1n);
  const regions = ADDRESS_REGIONS[arch];
  return regions.find((r) => a >= r.start && a <= r.end) ?? regions[0]!;
}

/** How many page-table pages of each level a process's user mappings need (the kernel half's are shared). */
export interface PageTableCount {
  readonly key: WalkLevel['key'];
  readonly count: number;
}

/**
 * Pure: the user-half page-table pages behind `ranges` of virtual page numbers (4 KiB pages): one PGD, and one
 * lower table per distinct index path above it (x86-64: PUD, PMD, PTE pages; i386: PTE pages).
 */
export function countPageTables(
  arch: Arch,
  ranges: readonly { readonly vpn: number; readonly count: number }[],
): PageTableCount[] {
  const levels = LEVELS[arch];
  // A table at level L is identified by the address bits above the ones it indexes.
  const seen = levels.map(() => new Set<number>());
  for (const r of ranges) {
    if (r.count <= 0) continue;
    levels.forEach(([, , hi], l) => {
      if (l === 0) return;
      const shift = hi + 1 - 12;
      const first = Math.floor(r.vpn / 2 ** shift);
      const last = Math.floor((r.vpn + r.count - 1) / 2 ** shift);
      for (let id = first; id <= last; id++) seen[l]!.add(id);
    });
  }
  return levels.map(([key], l) => ({ key, count: l === 0 ? 1 : seen[l]!.size }));
}
