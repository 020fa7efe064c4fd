import { LAYOUTS } from '../kernel/addressSpace';
import {
  sysPipe2,
  sysRead,
  sysReadDirect,
  sysSendfile,
  sysSpliceIn,
  sysSpliceOut,
  sysWriteSocket,
} from '../kernel/fileIo';
import type { Kernel } from '../kernel/kernel';
import { sysVmsplice } from '../kernel/kernelCopy';
import {
  MMAP_MIN_ADDR,
  sysMmap,
  sysMunmap,
  userAccessFault,
  userLoadKernel,
  userStore,
  userStoreKernel,
  writeFromMapping,
} from '../kernel/memory';
import { S } from '../sites';
import { userMemcpy } from '../kernel/userCopy';
import { sysSetCork, sysWritevSocket, type IoSegment } from '../kernel/writev';
import { lookupSyscall } from '../syscallTable';
import { syscallNameIndex } from '../syscallNames';
import { BUILTINS } from './calls';
import { ProgramError, type Pos } from './errors';
import type { ProblemArgs, ProblemCode } from './problemMessages';
import type { ProblemPart } from './fillProblem';
import { IoCalls } from './ioCalls';
import { MapWriteCalls } from './mapWriteCalls';
import { UringCalls } from './uringCalls';
import type { World } from './world';

/** Thrown when the running process is killed by a signal: it stops, the others go on. */
export class Killed {
  constructor(readonly signal: number) {}
}

const EFAULT = 14;
const EBADF = 9;
const EINVAL = 22;
const FD_PIPE_READ = 5;
const FD_PIPE_WRITE = 6;

/**
 * The model's side of each call a program makes: it checks the arguments against the world, keeps the
 * file position, the pipe's contents and what the buffer holds, and runs the kernel operation
 * (kernel/fileIo.ts, kernel/memory.ts) — which alone decide the steps.
 */
export class MachineCalls {
  /** Each file to read's position (f_pos), by slot (issue 14: several files; slot 0 is fd 3). */
  private readonly positions: number[];
  /** File offset of the byte at the buffer's start (what the last read put there). */
  private bufOrigin = 0;
  /** Whether a read has put file bytes in the buffer; before one, its bytes are the program's own. */
  private bufFilled = false;
  /** The pipe's bytes: `bytes` from file offset `origin` of the file in `slot` (or of the buffer: vmsplice). */
  private pipe: { bytes: number; origin: number; slot: number; user: boolean } | null = null;
  /** The read-only mapping, of the file in `slot`. */
  private mapping: { addr: number; len: number; mapped: { upTo: number }; slot: number } | null = null;
  private nextPfn: number;
  /** Each process's open descriptors: 0–2 inherited, 3 and 4 as the world declares, 5 and 6 after pipe2. */
  private readonly fds = new Map<number, Set<number>>();
  /** Issue 16's calls (receiving, writing a file), kept apart: see ioCalls.ts. */
  readonly io: IoCalls;
  /** Issue 17's calls (io_uring, MSG_ZEROCOPY), kept apart: see uringCalls.ts. */
  readonly uring: UringCalls;
  /** Issue 18's writable shared mapping of the written file (mapWriteCalls.ts). */
  readonly mapw: MapWriteCalls;

  constructor(
    private readonly k: Kernel,
    private readonly world: World,
    nextAnonPfn: number,
  ) {
    this.nextPfn = nextAnonPfn;
    this.positions = world.files.map(() => 0);
    k.addFiles(world.files.map((f) => f.size));
    this.io = new IoCalls(k, world, {
      inBuffer: (addr, count) => this.inBuffer(addr, count),
      fault: (sys, count) => this.fault(sys, count),
      filePos: () => this.positions[0] ?? 0,
      advanceFile: (n) => (this.positions[0] = (this.positions[0] ?? 0) + n),
      mapped: () => this.mapping,
    });
    this.mapw = new MapWriteCalls(k, (fd) => this.io.writerOf(fd));
    this.uring = new UringCalls(k, world, {
      allocFd: () => this.allocFd(),
      inBuffer: (addr, count) => this.inBuffer(addr, count),
      bufferAddr: () => this.world.buffer?.addr ?? 0,
    });
    const open = new Set([0, 1, 2]);
    for (const file of world.files) open.add(file.fd);
    for (const sock of world.sockets) open.add(sock.fd);
    const tagged = world.sockets.length > 1 || world.sockets.some((sock) => sock.fd !== 4);
    k.addSockets(
      world.sockets.map((sock) => sock.sndbuf),
      tagged,
    );
    // Issue 16's file to write is open too (fd 3 or 4, as the world declares it).
    if (world.out) open.add(world.out.fd);
    this.fds.set(k.cur, open);
  }

  /** fork(): the child gets a copy of its parent's descriptor table. */
  forked(parent: number, child: number): void {
    this.fds.set(child, new Set(this.openFds(parent)));
  }

  /** The lowest descriptor not open in this process, now open (what a new file gets). */
  private allocFd(): number {
    const open = this.openFds();
    let fd = 0;
    while (open.has(fd)) fd++;
    open.add(fd);
    return fd;
  }

  private openFds(pid = this.k.cur): Set<number> {
    let open = this.fds.get(pid);
    if (!open) this.fds.set(pid, (open = new Set()));
    return open;
  }

  /**
   * Linux's first check on a descriptor (fdget, then the file's mode): EBADF when `fd` is not open in this
   * process, or is open only the other way (a write to the O_RDONLY file or to a pipe's read end).
   */
  private badFd(fd: number, use: 'read' | 'write' | 'any'): boolean {
    if (!this.openFds().has(fd)) return true;
    // A socket may have any free fd: 3, 5 and 6 are the file and the pipe's ends only once they are those.
    const pipe = this.pipe !== null;
    if (use === 'read') return pipe && fd === FD_PIPE_WRITE;
    if (use === 'write') return this.world.files.some((f) => f.fd === fd) || (pipe && fd === FD_PIPE_READ);
    return false;
  }

  /**
   * A call the model does not run past its entry and exit: counted as one system call (two mode switches).
   * Enter's b, c and n keep the descriptors and count strace shows (sites.ts S.other).
   */
  private otherCall(
    site: { enter: number; exit: number },
    name: string,
    ret: number,
    args: { fd?: number; fd2?: number; count?: number } = {},
  ): number {
    const i = syscallNameIndex(name) ?? 0;
    this.k.syscallEnter(site.enter, i, args.fd ?? -1, args.fd2 ?? -1, args.count ?? -1);
    this.k.syscallExit(site.exit, ret, i);
    return ret;
  }

  /** A call refused with EBADF: nothing moves. */
  private ebadf(name: string, args: { fd?: number; fd2?: number; count?: number }): number {
    return this.otherCall(S.other.badFd, name, -EBADF, args);
  }

  /** close(fd): the descriptor is gone from this process's table (the kernel's release work is not modelled). */
  close(fd: number): number {
    if (this.badFd(fd, 'any')) return this.ebadf('close', { fd });
    this.openFds().delete(fd);
    return this.otherCall(S.other.call, 'close', 0, { fd });
  }

  /**
   * lseek(3, offset, SEEK_SET): the file position moves (f_pos); nothing else happens, so the model runs only
   * its entry and exit (S.seek). Offsets past the end are allowed, as in Linux (a read there returns 0).
   */
  lseek(fd: number, offset: number, whence: number, pos: Pos): number {
    if (this.badFd(fd, 'any')) return this.ebadf('lseek', { fd, count: offset });
    const slot = this.fileSlot(fd, pos, 'lseek');
    if (whence !== 0) this.notModelled(pos, 'notModelled.lseekWhence');
    // vfs_setpos refuses a negative offset (a regular file has no FMODE_UNSIGNED_OFFSET).
    const ret = offset < 0 ? -EINVAL : offset;
    if (ret >= 0) this.positions[slot] = offset;
    return this.k.onFile(slot, () => {
      this.k.syscallEnter(S.seek.enter, offset, fd);
      this.k.syscallExit(S.seek.exit, ret, offset, fd);
      return ret;
    });
  }

  /** `syscall("name", ret)`: a call the model keeps but does not run; it returns what the program says. */
  opaque(name: string, ret: number): number {
    return this.otherCall(S.other.call, name, ret);
  }

  /** exit_group(status) as a call of its own: it never returns (strace prints `= ?`). */
  exitGroup(status: number): void {
    this.k.syscallEnter(S.sys.exitGroup.enter, status);
  }

  private notModelled(pos: Pos, code: ProblemCode, args: ProblemArgs = {}): never {
    throw new ProgramError(pos, code, args);
  }

  /** The slot of the file to read `fd` is (its place among the world's files). */
  private fileSlot(fd: number, pos: Pos, call: string): number {
    const slot = this.world.files.findIndex((f) => f.fd === fd);
    if (slot >= 0) return slot;
    if (this.world.files.length > 1) {
      const list = this.world.files.map((f) => f.fd).join(', ');
      this.notModelled(pos, 'notModelled.notAFile', { call, fd: String(fd), list });
    }
    return this.notModelled(pos, 'notModelled.notFile', { call, fd: String(fd) });
  }

  /** The slot of the socket `fd` is (its place among the world's sockets). */
  private needTcp(fd: number, pos: Pos, call: string): number {
    const slot = this.world.sockets.findIndex((sock) => sock.fd === fd);
    if (slot < 0)
      this.notModelled(pos, 'notModelled.notTcp', { call, fd, sockets: socketsNamed(this.world) });
    return slot;
  }

  /** The buffer's byte range [addr, addr + count) as an offset into it, or null when it is not inside it. */
  private inBuffer(addr: number, count: number): number | null {
    const b = this.world.buffer;
    if (!b || addr < b.addr || addr + count > b.addr + b.bytes) return null;
    return addr - b.addr;
  }

  /**
   * A read or write whose buffer is memory the process has not mapped (the model's process maps only its
   * declared buffer and its mapping): the user copy faults, the kernel's fixup returns EFAULT, nothing moves.
   */
  private fault(sys: { enter: number; exit: number }, count: number): number {
    this.k.syscallEnter(sys.enter, count);
    this.k.syscallExit(sys.exit, -EFAULT, count);
    return -EFAULT;
  }

  read(fd: number, addr: number, count: number, pos: Pos): number {
    if (this.io.isRx(fd)) return this.io.readSocket(fd, addr, count, pos);
    if (this.badFd(fd, 'read')) return this.ebadf('read', { fd, count });
    const slot = this.fileSlot(fd, pos, 'read');
    const k = this.k;
    const file = this.world.files[slot]!;
    if (count < 0) this.notModelled(pos, 'notModelled.negativeCount', { call: 'read' });
    const at = this.inBuffer(addr, count);
    const before = this.positions[slot]!;
    return k.onFile(slot, () => {
      // At the end of the file nothing is copied, so even a bad buffer gets 0.
      if (at === null && before < file.size) return this.fault(S.sys.read, count);
      const n = file.direct ? sysReadDirect(k, count, before, addr) : sysRead(k, count, before);
      if (n > 0) {
        this.positions[slot] = before + n;
        this.bufOrigin = before - (at ?? 0);
        this.bufFilled = true;
      }
      return n;
    });
  }

  /**
   * Issue 18: pread64(fd, buf, count, offset) — rule 2 at `offset` (rule 7 on an O_DIRECT file); the file
   * position does not move.
   */
  pread64(fd: number, addr: number, count: number, offset: number, pos: Pos): number {
    if (this.badFd(fd, 'read')) return this.ebadf('pread64', { fd, count });
    const slot = this.fileSlot(fd, pos, 'pread64');
    const file = this.world.files[slot]!;
    if (count < 0 || offset < 0)
      this.notModelled(pos, 'notModelled.negativeCountOrOffset', { call: 'pread64' });
    const at = this.inBuffer(addr, count);
    return this.k.onFile(slot, () => {
      // nginx's directio (issue 18): rule 7 at `offset`, the disk's DMA straight into the buffer.
      if (file.direct) {
        if (at === null && offset < file.size) return this.fault(S.dio.pread64, count);
        const n = sysReadDirect(this.k, count, offset, addr, S.dio.pread64, offset);
        if (n > 0) this.fillBuffer(offset - (at ?? 0));
        return n;
      }
      if (at === null && offset < file.size) return this.fault(S.real.pread64, count);
      const n = sysRead(this.k, count, offset, S.real.pread64);
      if (n > 0) this.fillBuffer(offset - (at ?? 0));
      return n;
    });
  }

  /**
   * Issue 18: memcpy(dst, src, n) within the buffer — a user-mode copy (the JDK's heap ↔ temporary direct
   * buffer). The destination then holds what the source held.
   */
  memcpy(dst: number, src: number, n: number, pos: Pos): number {
    if (n < 0) this.notModelled(pos, 'notModelled.negativeCount', { call: 'memcpy' });
    if (this.mapw.contains(dst, n)) {
      const at = this.inBuffer(src, n);
      if (at === null) this.notModelled(pos, 'notModelled.memcpyIntoMapping');
      this.mapw.memcpyInto(dst, n);
      return dst;
    }
    const to = this.inBuffer(dst, n);
    const from = this.inBuffer(src, n);
    if (to === null || from === null) {
      this.notModelled(pos, 'notModelled.memcpyOutside');
    }
    if (n === 0) return dst;
    userMemcpy(this.k, n, this.bufOrigin + from);
    // The buffer has one origin: after the copy the bytes at `to` are the file's bytes from `from`.
    this.bufOrigin += from - to;
    return dst;
  }

  private fillBuffer(origin: number): void {
    this.bufOrigin = origin;
    this.bufFilled = true;
  }

  /**
   * The file offset of `len` bytes at `at` in the buffer, for the views and the narration; bytes no read put
   * there (nginx's header, built in memory) lie before offset 0: they are no file page's.
   */
  private originOf(at: number, len: number): number {
    return this.bufFilled ? this.bufOrigin + at : -Math.max(1, len);
  }

  write(fd: number, addr: number, count: number, pos: Pos): number {
    if (this.io.isOut(fd)) return this.io.write(fd, addr, count, pos);
    if (this.badFd(fd, 'write')) return this.ebadf('write', { fd, count });
    const slot = this.needTcp(fd, pos, 'write');
    if (count < 0) this.notModelled(pos, 'notModelled.negativeCount', { call: 'write' });
    return this.k.onSocket(slot, () => {
      const at = this.inBuffer(addr, count);
      if (at !== null) return sysWriteSocket(this.k, count, this.originOf(at, count), S.copy.userToSkb);
      const m = this.mapping;
      if (m && addr >= m.addr && addr + count <= m.addr + m.len) {
        return this.k.onFile(m.slot, () => writeFromMapping(this.k, m.addr, addr - m.addr, count, m.mapped));
      }
      return this.fault(S.sys.write, count);
    });
  }

  /**
   * Issue 18: writev(fd, iov, iovcnt) from the buffer to a TCP socket — `iov` the program's array of base, length pairs
   * (struct iovec's iov_base, iov_len), at most two iovecs in the model (nginx's header and body).
   */
  writev(fd: number, iov: readonly number[], iovcnt: number, pos: Pos): number {
    if (this.badFd(fd, 'write')) return this.ebadf('writev', { fd });
    const slot = this.needTcp(fd, pos, 'writev');
    if (this.io.isRx(fd)) this.notModelled(pos, 'notModelled.writevOnRx');
    if (iovcnt < 1 || iovcnt > 2 || iov.length < 2 * iovcnt) this.notModelled(pos, 'notModelled.writevCount');
    const segs: IoSegment[] = [];
    for (let i = 0; i < iovcnt; i++) {
      const base = iov[2 * i]!;
      const len = iov[2 * i + 1]!;
      if (len < 0) this.notModelled(pos, 'notModelled.negativeIovLen');
      const at = this.inBuffer(base, len);
      if (at === null) return this.k.onSocket(slot, () => this.fault(S.vec.writev, len));
      segs.push({ off: at, len, origin: this.originOf(at, len) });
    }
    return this.k.onSocket(slot, () => sysWritevSocket(this.k, segs));
  }

  /** Issue 18: setsockopt(fd, SOL_TCP, TCP_CORK, &v, 4) on a TCP socket (nginx's tcp_nopush). */
  setsockoptTcp(fd: number, name: number, value: number, pos: Pos): number {
    if (this.badFd(fd, 'write')) return this.ebadf('setsockopt', { fd });
    const slot = this.needTcp(fd, pos, 'setsockopt');
    if (name !== BUILTINS.TCP_CORK) this.notModelled(pos, 'notModelled.setsockopt');
    return this.k.onSocket(slot, () => sysSetCork(this.k, value !== 0));
  }

  /** msync(addr, len, flags) of the writable shared mapping (issue 18, mapWriteCalls.ts). */
  msync(addr: number, len: number, flags: number, pos: Pos): number {
    return this.mapw.msync(addr, len, flags, pos);
  }

  sendfile(out: number, input: number, offset: number, count: number, pos: Pos): number {
    if (this.io.isOut(out) && offset === 0) return this.io.sendfile(out, input, count, pos);
    if (this.badFd(input, 'read') || this.badFd(out, 'write'))
      return this.ebadf('sendfile', { fd: out, fd2: input, count });
    const slot = this.needTcp(out, pos, 'sendfile');
    const file = this.fileSlot(input, pos, 'sendfile');
    if (offset !== 0) this.notModelled(pos, 'notModelled.sendfileOffset');
    if (count < 0) this.notModelled(pos, 'notModelled.negativeCount', { call: 'sendfile' });
    const from = this.positions[file]!;
    const n = this.k.onFile(file, () => this.k.onSocket(slot, () => sysSendfile(this.k, count, from)));
    this.positions[file] = from + n;
    return n;
  }

  pipe2(pos: Pos): number[] {
    if (this.pipe) this.notModelled(pos, 'notModelled.secondPipe');
    sysPipe2(this.k);
    this.pipe = { bytes: 0, origin: 0, slot: 0, user: false };
    this.openFds().add(FD_PIPE_READ).add(FD_PIPE_WRITE);
    return [FD_PIPE_READ, FD_PIPE_WRITE];
  }

  /** copy_file_range(in, NULL, out, NULL, len, 0): issue 17, program/ioCalls.ts. */
  copyFileRange(input: number, out: number, len: number, pos: Pos): number {
    if (this.badFd(input, 'read') || this.badFd(out, 'write'))
      return this.ebadf('copy_file_range', { fd: input, fd2: out, count: len });
    return this.io.copyFileRange(input, out, len, pos);
  }

  /** vmsplice(p[1], addr, len, flags): references to the buffer's pages go into the pipe (issue 17). */
  vmsplice(fd: number, addr: number, len: number, flags: number, pos: Pos): number {
    // Every flag gives the same path: SPLICE_F_GIFT only promises the pages (no page is stolen since 2.6.21).
    if (this.badFd(fd, 'write')) return this.ebadf('vmsplice', { fd, count: len });
    const pipe = this.pipe;
    if (!pipe || fd !== FD_PIPE_WRITE) this.notModelled(pos, 'notModelled.vmspliceFd');
    if (len < 0) this.notModelled(pos, 'notModelled.negativeLength', { call: 'vmsplice' });
    const at = this.inBuffer(addr, len);
    if (at === null) return this.fault(S.vm.vmsplice, len);
    const n = sysVmsplice(this.k, fd, len, at, flags);
    if (pipe.bytes === 0) {
      pipe.origin = at;
      pipe.slot = 0;
      pipe.user = true;
    }
    pipe.bytes += n;
    return n;
  }

  splice(input: number, out: number, len: number, pos: Pos): number {
    if (this.badFd(input, 'read') || this.badFd(out, 'write'))
      return this.ebadf('splice', { fd: input, fd2: out, count: len });
    const pipe = this.pipe;
    if (!pipe) this.notModelled(pos, 'notModelled.spliceNoPipe');
    if (len < 0) this.notModelled(pos, 'notModelled.negativeLength', { call: 'splice' });
    const inFile = this.world.files.findIndex((f) => f.fd === input);
    if (inFile >= 0 && out === FD_PIPE_WRITE) {
      // The model's pipe holds one run of one file's bytes: another file's go in once it is empty.
      if (pipe.bytes > 0 && pipe.slot !== inFile) this.notModelled(pos, 'notModelled.pipeTwoFiles');
      const before = this.positions[inFile]!;
      const n = this.k.onFile(inFile, () => sysSpliceIn(this.k, len, before));
      if (pipe.bytes === 0) {
        pipe.origin = before;
        pipe.slot = inFile;
        pipe.user = false;
      }
      pipe.bytes += n;
      this.positions[inFile] = before + n;
      return n;
    }
    if (input === FD_PIPE_READ && this.io.isOut(out)) {
      if (pipe.bytes === 0) this.notModelled(pos, 'notModelled.spliceEmptyPipe');
      const n = this.k.onFile(pipe.slot, () => this.io.spliceToFile(out, Math.min(len, pipe.bytes), pos));
      pipe.origin += n;
      pipe.bytes -= n;
      return n;
    }
    const slot = this.world.sockets.findIndex((sock) => sock.fd === out);
    if (input === FD_PIPE_READ && slot >= 0) {
      if (pipe.bytes === 0) this.notModelled(pos, 'notModelled.spliceEmptyPipe');
      const n = Math.min(len, pipe.bytes);
      this.k.onFile(pipe.slot, () =>
        this.k.onSocket(slot, () => sysSpliceOut(this.k, n, pipe.origin, pipe.user)),
      );
      pipe.origin += n;
      pipe.bytes -= n;
      return n;
    }
    return this.notModelled(pos, 'notModelled.spliceFds', { in: String(input), out: String(out) });
  }

  mmap(args: readonly number[], pos: Pos): number {
    const [addr, len, prot, flags, fd, off] = args as [number, number, number, number, number, number];
    if (this.badFd(fd, 'any')) return this.ebadf('mmap', { fd, count: len });
    if (this.uring.isRing(fd)) {
      if (addr !== 0) this.notModelled(pos, 'notModelled.ringAddress');
      return this.uring.mmap(len, prot, flags, off, pos);
    }
    if (this.io.isOut(fd)) {
      return this.mapw.mmap(args, this.world.out?.readable === true, this.mapping !== null, pos);
    }
    const slot = this.fileSlot(fd, pos, 'mmap');
    if (addr !== 0 || off !== 0 || prot !== 1 || flags !== 1) {
      this.notModelled(pos, 'notModelled.mmapForm');
    }
    if (this.mapping || this.mapw.mapped()) this.notModelled(pos, 'notModelled.secondMapping');
    if (len <= 0) this.notModelled(pos, 'notModelled.mmapLength');
    const got = this.k.onFile(slot, () => sysMmap(this.k, len));
    if (got < 0) return got;
    this.mapping = { addr: got, len, mapped: { upTo: 0 }, slot };
    return got;
  }

  munmap(addr: number, len: number, pos: Pos): number {
    if (this.mapw.munmap(addr, len)) return 0;
    const m = this.mapping;
    if (!m || addr !== m.addr) this.notModelled(pos, 'notModelled.munmapAddress');
    this.k.onFile(m.slot, () => sysMunmap(this.k, addr, len));
    this.mapping = null;
    return 0;
  }

  /** getpid(): the anatomy of one system call on the architecture's entry path. */
  getpid(): number {
    const k = this.k;
    const i386 = k.p.arch === 'i386';
    const sys = i386 ? S.sys.getpid32 : S.sys.getpid;
    const detail = k.cost.entryDetail;
    const nr = lookupSyscall(k.p.arch, 'getpid')!.nr;
    const pid = k.cur;
    k.syscallEnter(sys.enter, nr);
    k.cpu(i386 ? S.entry.stackSwitch32 : S.entry.stackSwitch, {}, detail);
    k.cpu(i386 ? S.entry.ptRegs32 : S.entry.ptRegs, {}, detail);
    k.cpu(i386 ? S.entry.dispatch32 : S.entry.dispatch, { a: nr }, detail);
    k.cpu(S.entry.work, { n: pid }, detail);
    k.cpu(i386 ? S.entry.exitWork32 : S.entry.exitWork, { n: pid }, detail);
    k.syscallExit(sys.exit, pid);
    return pid;
  }

  /**
   * A ring-3 store to user memory: in the kernel half, below mmap_min_addr or into the read-only mapping it
   * kills the process (SIGSEGV); elsewhere it is a store to the buffer's (heap's) pages, which through a
   * read-only copy-on-write entry faults (rule 8). The model knows no other user memory, so a store beyond
   * the buffer is taken as one to mapped, writable memory (cow-fork with pages=1 writes page 1 so).
   */
  store(addr: number, pos: Pos): void {
    if (addr >= LAYOUTS[this.k.p.arch].userTop) {
      userStoreKernel(this.k, addr);
      throw new Killed(11);
    }
    if (addr < 0) this.notModelled(pos, 'notModelled.negativeStore');
    if (this.mapw.contains(addr, 1)) return this.mapw.store(addr);
    const m = this.mapping;
    if (addr < MMAP_MIN_ADDR || (m && addr >= m.addr && addr < m.addr + m.len)) {
      const present = m !== null && addr >= m.addr && addr - m.addr < m.mapped.upTo * this.k.p.page;
      userAccessFault(this.k, addr, true, addr < MMAP_MIN_ADDR, present);
      throw new Killed(11);
    }
    const index = Math.floor((addr - LAYOUTS[this.k.p.arch].userBuf) / this.k.p.page);
    userStore(this.k, index, () => this.nextPfn++);
  }

  /** A ring-3 load: from the kernel half or below mmap_min_addr it faults and kills the process (SIGSEGV). */
  load(addr: number, pos: Pos): number {
    if (addr >= LAYOUTS[this.k.p.arch].userTop || addr < 0) {
      userLoadKernel(this.k, addr < 0 ? undefined : addr);
      throw new Killed(11);
    }
    if (addr < MMAP_MIN_ADDR) {
      userAccessFault(this.k, addr, false, true);
      throw new Killed(11);
    }
    if (this.inBuffer(addr, 1) !== null) return 0;
    return this.notModelled(pos, 'notModelled.loadOutside');
  }
}

/** The world's sockets for a message: `the model's TCP socket is fd 4 ('world tcp 4;')` and its plurals. */
export function socketsNamed(world: World): ProblemPart {
  const fds = world.sockets.map((sock) => sock.fd);
  if (fds.length === 0) return { code: 'sockets.none' };
  if (fds.length === 1) return { code: 'sockets.one', args: { fd: fds[0]! } };
  return { code: 'sockets.many', args: { list: fds.join(', ') } };
}
