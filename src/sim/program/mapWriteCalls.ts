import type { FileWriter } from '../kernel/fileWrite';
import type { Kernel } from '../kernel/kernel';
import { sysMunmap } from '../kernel/memory';
import {
  storeByteToSharedMapping,
  storeToSharedMapping,
  sysMmapShared,
  sysMsync,
  type SharedMapping,
} from '../kernel/sharedWrite';
import { ProgramError, type Pos } from './errors';

const PROT_READ_WRITE = 3;
const MAP_SHARED = 1;
const EACCES = 13;

/**
 * Issue 18 (RocketMQ's producer): the writable MAP_SHARED mapping of the file the program writes — mmap,
 * the stores into it (memcpy or a plain store) and msync. Beside MachineCalls, which routes a call here when
 * its descriptor is the written file or its address lies in this mapping.
 */
export class MapWriteCalls {
  private map: SharedMapping | null = null;

  constructor(
    private readonly k: Kernel,
    /** The written file's writer, when `fd` is it. */
    private readonly writerOf: (fd: number) => FileWriter | null,
  ) {}

  /** Is the writable mapping made? */
  mapped(): boolean {
    return this.map !== null;
  }

  /** Does [addr, addr + count) lie in the writable mapping? */
  contains(addr: number, count: number): boolean {
    const m = this.map;
    return m !== null && addr >= m.addr && addr + count <= m.addr + m.len && count >= 0;
  }

  /** mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) of the written file. */
  mmap(args: readonly number[], readable: boolean, otherMapping: boolean, pos: Pos): number {
    const [addr, len, prot, flags, fd, off] = args as [number, number, number, number, number, number];
    if (addr !== 0 || off !== 0 || prot !== PROT_READ_WRITE || flags !== MAP_SHARED)
      throw new ProgramError(pos, 'notModelled.mmapWriteForm', { fd: String(fd) });
    if (this.map || otherMapping) throw new ProgramError(pos, 'notModelled.secondMapping');
    if (len <= 0) throw new ProgramError(pos, 'notModelled.mmapLength');
    // mmap(2) EACCES: MAP_SHARED with PROT_WRITE needs a descriptor open O_RDWR.
    if (!readable) return -EACCES;
    const got = sysMmapShared(this.k, len, fd);
    if (typeof got === 'number') return got;
    this.map = got;
    return got.addr;
  }

  /** memcpy(dst, src, n) from the buffer into the mapping: stores in user space, faulting page by page. */
  memcpyInto(dst: number, n: number): void {
    const m = this.map!;
    if (n > 0) storeToSharedMapping(this.k, m, dst - m.addr, n);
  }

  /** A plain store of one byte into the mapping (`p[i] = v;`). */
  store(addr: number): void {
    const m = this.map!;
    storeByteToSharedMapping(this.k, m, addr - m.addr);
  }

  msync(addr: number, len: number, flags: number, pos: Pos): number {
    const m = this.map;
    const writer = m ? this.writerOf(m.fd) : null;
    if (!m || !writer) throw new ProgramError(pos, 'notModelled.msyncWithout');
    return sysMsync(this.k, writer, m, addr, len, flags);
  }

  /** munmap() of this mapping: true when it was this one. */
  munmap(addr: number, len: number): boolean {
    if (!this.map || addr !== this.map.addr) return false;
    sysMunmap(this.k, addr, len);
    this.map = null;
    return true;
  }
}
