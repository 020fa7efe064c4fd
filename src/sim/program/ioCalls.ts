import { ensureCached, pageSpan, PIPE_BUFFERS } from '../kernel/fileIo';
import { FileWriter } from '../kernel/fileWrite';
import { sysCopyFileRange } from '../kernel/kernelCopy';
import type { Kernel } from '../kernel/kernel';
import { mappingFaulter } from '../kernel/memory';
import { ReceivePath } from '../kernel/receive';
import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import { ProgramError, type Pos } from './errors';
import type { World } from './world';

const FD_TCP = 4;
const FD_FILE = 3;

/** What the issue-16 calls need from MachineCalls: the buffer, fd 3's position, the mapping, EFAULT. */
export interface CallHost {
  inBuffer(addr: number, count: number): number | null;
  fault(sys: { enter: number; exit: number }, count: number): number;
  filePos(): number;
  advanceFile(n: number): void;
  mapped(): {
    readonly addr: number;
    readonly len: number;
    readonly mapped: { upTo: number };
    /** The mapped file's slot (issue 14: several files to read). */
    readonly slot: number;
  } | null;
}

/**
 * Issue 16's calls, beside MachineCalls: recv/recvfrom and read() on a socket the peer sends to, write()
 * to the file the program writes (from the buffer, or from a mapping of fd 3), sendfile() and splice()
 * into that file, fsync() and fdatasync(). Each checks its arguments against the world and runs the
 * kernel operation (kernel/receive.ts, kernel/fileWrite.ts), which alone decides the steps.
 */
export class IoCalls {
  private readonly rx: ReceivePath | null;
  private readonly out: FileWriter | null;
  /** The written file's position: bytes written so far. */
  private outPos = 0;

  constructor(
    private readonly k: Kernel,
    private readonly world: World,
    private readonly host: CallHost,
  ) {
    this.rx = world.peer !== null ? new ReceivePath(k, world.peer) : null;
    const kworker = world.tasks.find((t) => t.kernel)?.pid ?? null;
    this.out = world.out ? new FileWriter(k, world.out, kworker) : null;
  }

  /** The written file's fd, if `fd` is it. */
  isOut(fd: number): boolean {
    return this.out !== null && this.out.mode.fd === fd;
  }

  /** The written file's writer when `fd` is it (issue 18: msync of its writable mapping). */
  writerOf(fd: number): FileWriter | null {
    return this.isOut(fd) ? this.out : null;
  }

  /** The socket the peer sends to, if `fd` is it. */
  isRx(fd: number): boolean {
    return this.rx !== null && fd === FD_TCP;
  }

  private needRx(fd: number, pos: Pos, call: string): ReceivePath {
    if (!this.rx || fd !== FD_TCP)
      throw new ProgramError(pos, 'notModelled.notPeerSocket', { call, fd: String(fd) });
    return this.rx;
  }

  private needOut(fd: number, pos: Pos, call: string): FileWriter {
    if (!this.out || this.out.mode.fd !== fd)
      throw new ProgramError(pos, 'notModelled.notOutFile', { call, fd: String(fd) });
    return this.out;
  }

  /** recv(fd, buf, len, flags) / recvfrom(…, NULL, NULL): glibc's recv is the recvfrom system call. */
  recv(fd: number, addr: number, count: number, flags: number, pos: Pos): number {
    const rx = this.needRx(fd, pos, 'recv');
    if (flags !== 0) throw new ProgramError(pos, 'notModelled.flags', { call: 'recv' });
    if (count < 0) throw new ProgramError(pos, 'notModelled.negativeLength', { call: 'recv' });
    if (this.host.inBuffer(addr, count) === null) return this.host.fault(S.rx.recvfrom, count);
    return rx.recv(S.rx.recvfrom, count);
  }

  /** read(fd, buf, count) on the socket: the same tcp_recvmsg as recv(). */
  readSocket(fd: number, addr: number, count: number, pos: Pos): number {
    const rx = this.needRx(fd, pos, 'read');
    if (count < 0) throw new ProgramError(pos, 'notModelled.negativeCount', { call: 'read' });
    if (this.host.inBuffer(addr, count) === null) return this.host.fault(S.rx.readSock, count);
    return rx.recv(S.rx.readSock, count);
  }

  /** write(fd, src, count) to the written file: from the buffer, or from the mapping of fd 3. */
  write(fd: number, addr: number, count: number, pos: Pos): number {
    const out = this.needOut(fd, pos, 'write');
    if (count < 0) throw new ProgramError(pos, 'notModelled.negativeCount', { call: 'write' });
    let n: number;
    const m = this.host.mapped();
    if (this.host.inBuffer(addr, count) !== null) {
      n = out.write({ sys: S.wb.write, site: S.wb.fromUser }, count, this.outPos, addr);
    } else if (m && addr >= m.addr && addr + count <= m.addr + m.len) {
      if (out.mode.direct) throw new ProgramError(pos, 'notModelled.directFromMapping');
      const src = {
        sys: S.wb.writeMapped,
        site: S.wb.fromMapping,
        chunk: this.k.p.fa * this.k.p.page,
        beforeChunk: mappingFaulter(this.k, m.addr, m.mapped),
      };
      n = this.k.onFile(m.slot, () => out.write(src, count, this.outPos, addr));
    } else {
      return this.host.fault(out.mode.direct ? S.wb.writeDirect : S.wb.write, count);
    }
    if (n > 0) this.outPos += n;
    return n;
  }

  /**
   * sendfile(out, 3, NULL, count) into the written file (Linux ≥ 2.6.33): rounds of at most 16 pages
   * through the internal pipe, each applying rule 1 to the source and copying its pages into the
   * destination's page cache (iter_file_splice_write); one copy counted per call.
   */
  sendfile(outFd: number, input: number, count: number, pos: Pos): number {
    const out = this.needOut(outFd, pos, 'sendfile');
    if (input !== FD_FILE || !this.world.file)
      throw new ProgramError(pos, 'notModelled.notFromFile3', { call: 'sendfile' });
    if (out.mode.direct) throw new ProgramError(pos, 'notModelled.intoDirect', { call: 'sendfile' });
    const k = this.k;
    const sys = S.wb.sendfileFile;
    k.syscallEnter(sys.enter, count, outFd);
    const from = this.host.filePos();
    const ret = Math.max(0, Math.min(count, k.p.file - from, MAX_RW_COUNT));
    const round = PIPE_BUFFERS * k.p.page;
    for (let done = 0; done < ret;) {
      const at = from + done;
      const len = Math.min(ret - done, round - (at % k.p.page));
      const { first, last } = pageSpan(k, at, len);
      ensureCached(k, first, last);
      out.copyIn({ sys, site: S.wb.fromCache }, len, this.outPos + done, done > 0);
      done += len;
    }
    this.syncRange(out, this.outPos, ret);
    k.syscallExit(sys.exit, ret, count, outFd);
    this.host.advanceFile(ret);
    this.outPos += ret;
    return ret;
  }

  /** copy_file_range(3, NULL, out, NULL, count, 0) (issue 17, kernel/kernelCopy.ts). */
  copyFileRange(input: number, outFd: number, count: number, pos: Pos): number {
    const out = this.needOut(outFd, pos, 'copy_file_range');
    if (input !== FD_FILE || !this.world.file)
      throw new ProgramError(pos, 'notModelled.notFromFile3', { call: 'copy_file_range' });
    if (out.mode.direct) throw new ProgramError(pos, 'notModelled.intoDirect', { call: 'copy_file_range' });
    if (count < 0) throw new ProgramError(pos, 'notModelled.negativeLength', { call: 'copy_file_range' });
    const sync = (at: number, bytes: number) => this.syncRange(out, at, bytes);
    const n = sysCopyFileRange(this.k, out, count, this.host.filePos(), this.outPos, sync);
    this.host.advanceFile(n);
    this.outPos += n;
    return n;
  }

  /** splice(p[0], NULL, out, NULL, n, 0): the pipe's page references are copied into the file's pages. */
  spliceToFile(outFd: number, n: number, pos: Pos): number {
    const out = this.needOut(outFd, pos, 'splice');
    if (out.mode.direct) throw new ProgramError(pos, 'notModelled.intoDirect', { call: 'splice' });
    const k = this.k;
    const sys = S.wb.spliceFile;
    k.syscallEnter(sys.enter, n, outFd);
    out.copyIn({ sys, site: S.wb.fromPipe }, n, this.outPos);
    this.syncRange(out, this.outPos, n);
    k.syscallExit(sys.exit, n, n, outFd);
    this.outPos += n;
    return n;
  }

  /** O_SYNC / O_DSYNC: the call's own range is written back before it returns (generic_write_sync). */
  private syncRange(out: FileWriter, at: number, bytes: number): void {
    if (!out.mode.sync || bytes <= 0) return;
    const { first, last } = pageSpan(this.k, at, bytes);
    out.writeback(first, last, true);
  }

  syncFileRange(fd: number, offset: number, nbytes: number, flags: number, pos: Pos): number {
    return this.needOut(fd, pos, 'sync_file_range').syncFileRange(offset, nbytes, flags);
  }

  fsync(fd: number, data: boolean, pos: Pos): number {
    const out = this.needOut(fd, pos, data ? 'fdatasync' : 'fsync');
    return out.fsync(data ? S.wb.fdatasync : S.wb.fsync);
  }
}
