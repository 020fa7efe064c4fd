import type { Params } from '../params';

/** Where the scenarios' objects live in each architecture's address space (DESIGN §2, reference §6). */
export interface Layout {
  /** The user buffer (a page-aligned .bss/heap buffer). */
  readonly userBuf: number;
  /** mmap's top-down allocation starts below this address. */
  readonly mmapTop: number;
  /** Lowest address mmap may hand out (end of the heap). */
  readonly mmapBottom: number;
  /** First kernel address: PAGE_OFFSET on i386, the direct map on x86-64. */
  readonly kernelProbe: number;
  readonly userTop: number;
  /** THREAD_SIZE: each task's kernel stack (16 KiB on x86-64, 8 KiB on i386; arch/x86/include/asm/page_*_types.h). */
  readonly kernelStack: number;
}

export const LAYOUTS: { readonly [A in Params['arch']]: Layout } = {
  x86_64: {
    userBuf: 0x4aa000,
    mmapTop: 0x7ff000000000,
    mmapBottom: 0x10000000,
    kernelProbe: 0xffff888000000000,
    userTop: 0x7ffffffff000,
    kernelStack: 16384,
  },
  i386: {
    userBuf: 0x0804c000,
    mmapTop: 0xb7f00000,
    mmapBottom: 0x0a000000,
    kernelProbe: 0xc0000000,
    userTop: 0xc0000000,
    kernelStack: 8192,
  },
};
