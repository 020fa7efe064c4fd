import type { Params } from './params';

/** Which half of the address space a region belongs to. */
export type AddressHalf = 'user' | 'hole' | 'kernel';

/** Region label keys; the UI translates them as `memory.region.<key>`. */
export type RegionKey =
  | 'user'
  | 'non-canonical'
  | 'kernel-other'
  | 'kernel-direct-map'
  | 'vmalloc'
  | 'vmemmap'
  | 'kernel-text'
  | 'modules'
  | 'fixmap'
  | 'vsyscall'
  | 'kernel-high';

/** One region of a virtual address space: [start, end], both inclusive. */
export interface AddressRegion {
  readonly start: bigint;
  readonly end: bigint;
  readonly key: RegionKey;
  readonly half: AddressHalf;
}

function region(start: bigint, end: bigint, key: RegionKey, half: AddressHalf): AddressRegion {
  return Object.freeze({ start, end, key, half });
}

/**
 * The virtual address-space regions per architecture (reference §6), sorted by start, disjoint and covering
 * the whole space. Gaps the kernel leaves between named areas (guard hole, LDT remap, KASAN shadow, …) are
 * `kernel-other`.
 */
export const ADDRESS_REGIONS: { readonly [A in Params['arch']]: readonly AddressRegion[] } = Object.freeze({
  // Documentation/arch/x86/x86_64/mm.rst, 4-level paging, 48-bit VA.
  x86_64: Object.freeze([
    region(0x0n, 0x00007fffffffffffn, 'user', 'user'),
    region(0x0000800000000000n, 0xffff7fffffffffffn, 'non-canonical', 'hole'),
    region(0xffff800000000000n, 0xffff887fffffffffn, 'kernel-other', 'kernel'),
    region(0xffff888000000000n, 0xffffc87fffffffffn, 'kernel-direct-map', 'kernel'),
    region(0xffffc88000000000n, 0xffffc8ffffffffffn, 'kernel-other', 'kernel'),
    region(0xffffc90000000000n, 0xffffe8ffffffffffn, 'vmalloc', 'kernel'),
    region(0xffffe90000000000n, 0xffffe9ffffffffffn, 'kernel-other', 'kernel'),
    region(0xffffea0000000000n, 0xffffeaffffffffffn, 'vmemmap', 'kernel'),
    region(0xffffeb0000000000n, 0xffffffff7fffffffn, 'kernel-other', 'kernel'),
    region(0xffffffff80000000n, 0xffffffff9fffffffn, 'kernel-text', 'kernel'),
    region(0xffffffffa0000000n, 0xfffffffffeffffffn, 'modules', 'kernel'),
    region(0xffffffffff000000n, 0xffffffffff5fffffn, 'fixmap', 'kernel'),
    region(0xffffffffff600000n, 0xffffffffff600fffn, 'vsyscall', 'kernel'),
    region(0xffffffffff601000n, 0xffffffffffffffffn, 'kernel-other', 'kernel'),
  ]),
  // arch/x86/Kconfig VMSPLIT_3G: PAGE_OFFSET = 0xC0000000; lowmem is the first 896 MiB of RAM.
  i386: Object.freeze([
    region(0x0n, 0xbfffffffn, 'user', 'user'),
    region(0xc0000000n, 0xf7ffffffn, 'kernel-direct-map', 'kernel'),
    region(0xf8000000n, 0xffffffffn, 'kernel-high', 'kernel'),
  ]),
});

/** Base of the kernel's direct map of physical memory (PAGE_OFFSET / page_offset_base without KASLR). */
export const DIRECT_MAP_BASE: { readonly [A in Params['arch']]: bigint } = Object.freeze({
  x86_64: 0xffff888000000000n,
  i386: 0xc0000000n,
});
