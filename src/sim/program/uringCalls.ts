import {
  IORING_ENTER_GETEVENTS,
  IORING_OFF_SQ_RING,
  IORING_OFF_SQES,
  IORING_SETUP_SQPOLL,
  IOSQE_IO_LINK,
  IoUring,
  type UringOp,
} from '../kernel/ioUring';
import type { Kernel } from '../kernel/kernel';
import { SO_EE_CODE_ZEROCOPY_COPIED, ZeroCopySocket } from '../kernel/zeroCopy';
import { S } from '../sites';
import { ProgramError, type Pos } from './errors';
import type { World } from './world';

const FD_FILE = 3;
const FD_TCP = 4;
const EINVAL = 22;
/** sizeof(struct io_uring_sqe) */
const SQE_BYTES = 64;
/** Where the model maps the rings: below the file mapping's area (addresses are the model's, not Linux's). */
const RING_BASE = 0x7f0000000000;
const SQES_BASE = 0x7f0000100000;
/** MSG_ZEROCOPY, MSG_ERRQUEUE (include/linux/socket.h). */
export const MSG_ZEROCOPY = 0x4000000;
export const MSG_ERRQUEUE = 0x2000;

/** What the calls need from MachineCalls: a free descriptor, the buffer's bounds and its file origin. */
export interface UringCallHost {
  allocFd(): number;
  inBuffer(addr: number, count: number): number | null;
  bufferAddr(): number;
}

/**
 * Issue 17's calls beside MachineCalls: io_uring (setup, ring mappings, liburing's SQE helpers, submit,
 * io_uring_enter, the CQ) and MSG_ZEROCOPY on the socket (setsockopt, send, poll, recvmsg(MSG_ERRQUEUE)).
 * Each checks its arguments and runs the kernel operation (kernel/ioUring.ts, kernel/zeroCopy.ts).
 */
export class UringCalls {
  private ring: IoUring | null = null;
  private ringFd = -1;
  private maps = { ring: 0, sqes: 0 };
  /** File offset of the bytes each buffer address holds (what a read put there). */
  private readonly origin = new Map<number, number>();
  private zc: ZeroCopySocket | null = null;

  constructor(
    private readonly k: Kernel,
    private readonly world: World,
    private readonly host: UringCallHost,
  ) {}

  private needRing(fd: number, pos: Pos, call: string): IoUring {
    if (!this.ring || fd !== this.ringFd)
      throw new ProgramError(pos, 'notModelled.notRing', { call, fd: String(fd) });
    return this.ring;
  }

  /** io_uring_setup(entries, flags): the rings exist (not mapped yet); with SQPOLL the thread starts. */
  setup(entries: number, flags: number, pos: Pos): number {
    if (this.ring) throw new ProgramError(pos, 'notModelled.secondRing');
    if ((flags & ~IORING_SETUP_SQPOLL) !== 0) throw new ProgramError(pos, 'notModelled.setupFlags');
    const k = this.k;
    k.syscallEnter(S.uring.setup.enter, entries, flags);
    if (entries < 1 || entries > 32768) {
      k.syscallExit(S.uring.setup.exit, -EINVAL, entries, flags);
      return -EINVAL;
    }
    // The SQ holds a power of two ≥ entries; the CQ twice that (io_uring_create).
    const sq = 2 ** Math.ceil(Math.log2(entries));
    const sqp =
      flags & IORING_SETUP_SQPOLL
        ? (this.world.tasks.find((t) => t.kernel && t.name.startsWith('iou-sqp'))?.pid ?? null)
        : null;
    if (flags & IORING_SETUP_SQPOLL && sqp === null) throw new Error('the world has no SQPOLL thread');
    const fd = this.host.allocFd();
    this.ring = new IoUring(k, sq, sqp, {
      originOf: (addr) => this.originOf(addr),
      ownData: (addr) => !this.origin.has(addr),
      filled: (addr, off) => this.origin.set(addr, off),
    });
    this.ringFd = fd;
    if (sqp !== null) k.cpuN(S.uring.sqThreadStart, k.cost.forkWork, 0, 0, 0, 0, 0, sqp);
    k.syscallExit(S.uring.setup.exit, fd, sq, flags);
    return fd;
  }

  /** The file offset of the bytes at `addr`: where a read put them, or the buffer offset for data the program has. */
  private originOf(addr: number): number {
    const o = this.origin.get(addr);
    return o ?? addr - this.host.bufferAddr();
  }

  /** Is `fd` the ring's descriptor (mmap of the rings goes here)? */
  isRing(fd: number): boolean {
    return this.ring !== null && fd === this.ringFd;
  }

  /** mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring, IORING_OFF_*). */
  mmap(len: number, prot: number, flags: number, off: number, pos: Pos): number {
    const ring = this.ring!;
    if (prot !== 3 || (flags & 1) === 0) throw new ProgramError(pos, 'notModelled.ringMapping');
    if (off !== IORING_OFF_SQ_RING && off !== IORING_OFF_SQES)
      throw new ProgramError(pos, 'notModelled.ringOffset');
    const k = this.k;
    const sqes = off === IORING_OFF_SQES;
    // IORING_FEAT_SINGLE_MMAP: the SQ and CQ rings share one mapping; the SQEs have their own. (Linux
    // takes the length from the offsets io_uring_setup returned; the model maps whatever length is asked.)
    k.syscallEnter(S.uring.mmapRings.enter, len, off);
    if (len <= 0) {
      k.syscallExit(S.uring.mmapRings.exit, -EINVAL, len, off);
      return -EINVAL;
    }
    const addr = sqes ? SQES_BASE : RING_BASE;
    k.cpuN(
      S.uring.mapRing,
      k.cost.pteUpdate * Math.ceil(len / k.p.page),
      len,
      sqes ? 1 : 0,
      ring.entries,
      addr,
    );
    if (sqes) this.maps.sqes = addr;
    else this.maps.ring = addr;
    k.syscallExit(S.uring.mmapRings.exit, addr, len, off);
    return addr;
  }

  /** io_uring_get_sqe: the next free SQE's address in the SQE mapping, or NULL when the SQ is full. */
  getSqe(fd: number, pos: Pos): number {
    const ring = this.needRing(fd, pos, 'io_uring_get_sqe');
    if (!this.maps.ring || !this.maps.sqes) throw new ProgramError(pos, 'getSqeBeforeMmap');
    if (ring.sqSpace <= 0) return 0;
    this.nextSqeAddr = this.maps.sqes + (this.sqeCount++ % ring.entries) * SQE_BYTES;
    return this.nextSqeAddr;
  }
  private nextSqeAddr = 0;
  private sqeCount = 0;
  private lastIndex = -1;

  private checkSqe(sqe: number, pos: Pos, call: string): IoUring {
    if (!this.ring || sqe === 0 || sqe !== this.nextSqeAddr)
      throw new ProgramError(pos, 'needsSqe', { call });
    return this.ring;
  }

  /** io_uring_prep_read / io_uring_prep_send / io_uring_prep_send_zc: the SQE written by plain stores. */
  prep(op: UringOp, sqe: number, fd: number, addr: number, len: number, off: number, pos: Pos): number {
    const ring = this.checkSqe(sqe, pos, `io_uring_prep_${op}`);
    if (op === 'read' && (fd !== FD_FILE || !this.world.file))
      throw new ProgramError(pos, 'notModelled.uringReadFd');
    if (op !== 'read' && (fd !== FD_TCP || this.world.sockets[0]?.fd !== FD_TCP))
      throw new ProgramError(pos, 'notModelled.uringSendFd');
    if (len < 0 || this.host.inBuffer(addr, Math.max(len, 1)) === null)
      throw new ProgramError(pos, 'notModelled.prepOutside', { call: `io_uring_prep_${op}` });
    if (op !== 'read' && off !== 0)
      throw new ProgramError(pos, 'notModelled.flags', { call: `io_uring_prep_${op}` });
    const origin = op === 'read' ? off : this.originOf(addr);
    this.lastIndex = ring.prepare({ op, fd, addr, len, off: origin }).index;
    this.nextSqeAddr = -1;
    this.lastSqeAddr = sqe;
    return 0;
  }
  private lastSqeAddr = 0;

  /** io_uring_sqe_set_flags(sqe, IOSQE_IO_LINK): the next SQE runs after this one completes. */
  setFlags(sqe: number, flags: number, pos: Pos): number {
    if (!this.ring || sqe !== this.lastSqeAddr) throw new ProgramError(pos, 'setFlagsNeedsSqe');
    if (flags !== IOSQE_IO_LINK && flags !== 0) throw new ProgramError(pos, 'notModelled.sqeFlags');
    if (flags === IOSQE_IO_LINK) this.ring.setLink(this.lastIndex);
    return 0;
  }

  /** io_uring_enter(fd, to_submit, min_complete, flags, sig): submit, then wait with GETEVENTS. */
  enter(fd: number, toSubmit: number, minComplete: number, flags: number, pos: Pos): number {
    const ring = this.needRing(fd, pos, 'io_uring_enter');
    if ((flags & ~IORING_ENTER_GETEVENTS) !== 0) throw new ProgramError(pos, 'notModelled.enterFlags');
    const k = this.k;
    k.syscallEnter(S.uring.enter.enter, toSubmit, minComplete, flags, fd);
    // With SQPOLL the thread submits: io_uring_enter only waits.
    const submitted = ring.sqThread === null ? ring.submit(Math.max(0, toSubmit)) : 0;
    if (flags & IORING_ENTER_GETEVENTS) {
      if (ring.sqThread !== null) this.runSqThread(ring);
      if (!ring.waitFor(minComplete))
        throw new ProgramError(pos, 'notModelled.enterForever', { count: String(minComplete) });
    }
    const ret = ring.sqThread === null ? submitted : toSubmit;
    k.syscallExit(S.uring.enter.exit, ret, toSubmit, minComplete);
    return ret;
  }

  /** io_uring_submit(ring): moves the SQ tail; without SQPOLL that takes io_uring_enter(fd, n, 0, 0). */
  submit(fd: number, pos: Pos): number {
    const ring = this.needRing(fd, pos, 'io_uring_submit');
    const n = ring.publish();
    if (ring.sqThread !== null) return n;
    return this.enter(fd, ring.unsubmitted, 0, 0, pos);
  }

  /** io_uring_submit_and_wait(ring, wait_nr): moves the SQ tail and enters to submit and wait. */
  submitAndWait(fd: number, waitNr: number, pos: Pos): number {
    const ring = this.needRing(fd, pos, 'io_uring_submit_and_wait');
    ring.publish();
    return this.enter(fd, ring.unsubmitted, waitNr, IORING_ENTER_GETEVENTS, pos);
  }

  /**
   * io_uring_cq_ready(ring): a load of the CQ tail. With SQPOLL, a program spinning on it leaves the CPU
   * to the SQ thread at the next timer tick (the model has one CPU): the thread submits and completes, then
   * the program runs again.
   */
  cqReady(fd: number, pos: Pos): number {
    const ring = this.needRing(fd, pos, 'io_uring_cq_ready');
    const k = this.k;
    k.cpuN(S.uring.cqRead, k.cost.userWork, ring.ready, ring.posted, ring.seen);
    if (ring.sqThread !== null && (ring.unsubmitted > 0 || ring.inFlight > 0)) {
      this.runSqThread(ring);
      k.cpuN(S.uring.cqRead, k.cost.userWork, ring.ready, ring.posted, ring.seen);
    }
    return ring.ready;
  }

  /** The timer tick preempts the program; the SQ thread runs until the kernel owes nothing, then the program. */
  private runSqThread(ring: IoUring): void {
    const k = this.k;
    const sqp = ring.sqThread!;
    const prev = k.cur;
    if (ring.unsubmitted === 0 && ring.inFlight === 0) return;
    k.interrupt(S.uring.tickEnter, S.uring.tickExit, () => {
      k.switchTo(sqp);
      ring.sqThreadRun();
      k.switchTo(prev);
    });
  }

  /** io_uring_cq_advance(ring, nr): the program is done with nr CQEs (a store to the CQ head). */
  cqAdvance(fd: number, nr: number, pos: Pos): number {
    this.needRing(fd, pos, 'io_uring_cq_advance').advance(nr);
    return 0;
  }

  private sock(): ZeroCopySocket {
    this.zc ??= new ZeroCopySocket(this.k);
    return this.zc;
  }

  private needTcp(fd: number, pos: Pos, call: string): void {
    if (fd !== FD_TCP || this.world.sockets[0]?.fd !== FD_TCP)
      throw new ProgramError(pos, 'notModelled.notFirstTcp', { call, fd: String(fd) });
  }

  /** setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, &one, sizeof(one)). */
  setsockopt(fd: number, level: number, name: number, value: number, pos: Pos): number {
    this.needTcp(fd, pos, 'setsockopt');
    if (level !== 1 || name !== 60) throw new ProgramError(pos, 'notModelled.setsockopt');
    return this.sock().setsockopt(value !== 0);
  }

  /** send(4, buf, len, flags): MSG_ZEROCOPY pins the pages; 0 copies them, like write(). */
  send(fd: number, addr: number, len: number, flags: number, pos: Pos): number {
    this.needTcp(fd, pos, 'send');
    if (flags !== 0 && flags !== MSG_ZEROCOPY) throw new ProgramError(pos, 'notModelled.sendFlags');
    if (len < 0) throw new ProgramError(pos, 'notModelled.negativeLength', { call: 'send' });
    if (this.host.inBuffer(addr, len) === null) {
      const k = this.k;
      k.syscallEnter(S.zc.sendto.enter, len, 0);
      k.syscallExit(S.zc.sendto.exit, -14, len);
      return -14;
    }
    return this.sock().send(len, this.originOf(addr), flags === MSG_ZEROCOPY, !this.origin.has(addr));
  }

  /** poll(4, POLLERR, -1): the model's one-descriptor poll, waiting for the error queue. */
  poll(fd: number, events: number, timeout: number, pos: Pos): number {
    this.needTcp(fd, pos, 'poll');
    if (timeout !== -1) throw new ProgramError(pos, 'notModelled.pollTimeout');
    if (events !== 0 && events !== 8) throw new ProgramError(pos, 'notModelled.pollEvents');
    const s = this.sock();
    if (s.queue.length === 0 && s.pending === 0) throw new ProgramError(pos, 'notModelled.pollForever');
    return s.poll();
  }

  /** recvmsg(4, msg, MSG_ERRQUEUE): msg gets [ee_info, ee_data, ee_code] — the first and last send done. */
  recvErr(fd: number, flags: number, pos: Pos): { ret: number; msg: number[] } {
    this.needTcp(fd, pos, 'recvmsg');
    if (flags !== MSG_ERRQUEUE) throw new ProgramError(pos, 'notModelled.recvmsgFlags');
    const { ret, notice } = this.sock().recvErr();
    const msg = notice ? [notice.lo, notice.hi, notice.copied ? SO_EE_CODE_ZEROCOPY_COPIED : 0] : [-1, -1, 0];
    return { ret, msg };
  }
}
