import { firstMissing } from '../machineState';
import { S } from '../sites';
import { diskRead } from './devices';
import { pageSpan } from './fileIo';
import { linuxStartRead, linuxWindowInFlight } from './linuxRead';
import type { Kernel } from './kernel';
import { dropZeroCopyRef, type ZeroCopyBuf } from './socket';

/** include/uapi/linux/io_uring.h */
export const IORING_SETUP_SQPOLL = 1 << 1;
export const IORING_ENTER_GETEVENTS = 1 << 0;
export const IOSQE_IO_LINK = 1 << 2;
export const IORING_OFF_SQ_RING = 0;
export const IORING_OFF_SQES = 0x10000000;
/** Opcodes as the trace stores them (the uapi numbers: IORING_OP_READ 22, SEND 26, SEND_ZC 47). */
export const OPCODE = { read: 22, send: 26, send_zc: 47 } as const;
export type UringOp = keyof typeof OPCODE;

/** One submission queue entry as the program wrote it. */
export interface Sqe {
  readonly op: UringOp;
  readonly fd: number;
  readonly addr: number;
  readonly len: number;
  /** The file offset (read), or the file offset of the bytes in the buffer (send: where they came from). */
  readonly off: number;
  readonly index: number;
  link: boolean;
}

/** A read whose pages are not in the page cache: it waits (io_async_buf_func) with its linked send. */
interface Parked {
  readonly sqe: Sqe;
  readonly next: Sqe | null;
  io: { done: boolean } | null;
}

/** What the ring needs from the calls layer: where the bytes at a buffer address came from in the file. */
export interface UringHost {
  /** The file offset of the byte the buffer holds at `addr` (what the last read put there). */
  originOf(addr: number): number;
  /** No read put the bytes at `addr` there: they are the program's own (the narration says so). */
  ownData(addr: number): boolean;
  /** A read completed into [addr, addr + n) from file offset `off`. */
  filled(addr: number, off: number): void;
}

/**
 * One io_uring instance (io_uring/io_uring.c): the SQ the program fills with plain stores, the CQ the kernel
 * fills, and the requests in between. Work is done inline when it can be (a read of cached pages, a send);
 * a read of pages not in the page cache starts readahead inline and completes later by task_work in the
 * submitting task (what the fidelity traces show for ext4 buffered reads), its linked send issued then.
 * With SQPOLL the same work runs in the kernel thread `iou-sqp-<pid>`.
 */
export class IoUring {
  /** SQEs written but not yet published (the SQ tail not moved). */
  private prepared: Sqe[] = [];
  /** SQEs published and not yet consumed by the kernel. */
  private published: Sqe[] = [];
  private nextIndex = 0;
  /** The SQ tail: SQEs published so far. */
  private sqTail = 0;
  /** CQEs posted, and the CQ head the program has advanced to. */
  posted = 0;
  seen = 0;
  private parked: Parked[] = [];
  /** Zero-copy sends whose pages are released: their notification CQE is posted in task context. */
  private notifsReady = 0;
  /** Zero-copy notifications still to come (pages still pinned). */
  private notifsPending = 0;
  private readahead: { first: number; last: number; io: { done: boolean } } | null = null;
  /** The task that waits in io_cqring_wait (task_work goes to it), when it sleeps there. */
  private waiter: { pid: number; sleeping: boolean } | null = null;

  constructor(
    private readonly k: Kernel,
    readonly entries: number,
    /** The SQPOLL thread's pid, or null without IORING_SETUP_SQPOLL. */
    readonly sqThread: number | null,
    private readonly host: UringHost,
  ) {}

  /** Free SQ slots: the ring holds `entries` SQEs between the program's tail and the kernel's head. */
  get sqSpace(): number {
    return this.entries - this.prepared.length - this.published.length;
  }

  /** io_uring_prep_*: the program writes an SQE (a user store: no system call). Returns its index. */
  prepare(sqe: Omit<Sqe, 'index' | 'link'>): Sqe {
    const full: Sqe = { ...sqe, index: this.nextIndex++, link: false };
    this.prepared.push(full);
    this.k.cpuN(S.uring.sqeWrite, this.k.cost.userWork, full.len, OPCODE[full.op], full.index, full.off);
    return full;
  }

  /** io_uring_sqe_set_flags on the last prepared SQE with this index. */
  setLink(index: number): boolean {
    const sqe = this.prepared.find((s) => s.index === index);
    if (!sqe) return false;
    sqe.link = true;
    return true;
  }

  /** __io_uring_flush_sq: the program moves the SQ tail (a store-release); returns how many it published. */
  publish(): number {
    const n = this.prepared.length;
    this.sqTail += n;
    if (n > 0) this.k.cpuN(S.uring.sqTail, this.k.cost.userWork, n, this.sqTail);
    this.published.push(...this.prepared);
    this.prepared = [];
    return n;
  }

  /** SQEs published but not consumed: what io_uring_enter may submit. */
  get unsubmitted(): number {
    return this.published.length;
  }

  /** CQEs the program has not consumed yet (CQ tail − CQ head). */
  get ready(): number {
    return this.posted - this.seen;
  }

  /** Requests (and zero-copy notifications) the kernel still owes a CQE for. */
  get inFlight(): number {
    return this.parked.length * 2 + this.notifsPending + this.notifsReady;
  }

  /** io_submit_sqes: consumes up to `n` published SQEs in order, issuing each (a link holds its next). */
  submit(n: number): number {
    const batch = this.published.splice(0, Math.min(n, this.published.length));
    for (let i = 0; i < batch.length; i++) {
      const sqe = batch[i]!;
      // A link to an SQE outside this submission ends the chain (io_submit_state_end queues the head alone).
      const next = sqe.link && i + 1 < batch.length ? batch[i + 1]! : null;
      if (next) i++;
      this.issueChain(sqe, next);
    }
    return batch.length;
  }

  private issueChain(sqe: Sqe, next: Sqe | null): void {
    const k = this.k;
    k.cpuN(S.uring.issue, k.cost.entryDetail, sqe.len, OPCODE[sqe.op], sqe.index, sqe.off);
    if (sqe.op !== 'read') {
      this.send(sqe);
      if (next) this.issueChain(next, null);
      return;
    }
    const io = this.startRead(sqe);
    if (io === 'cached') {
      this.completeRead(sqe);
      if (next) this.issueChain(next, null);
      return;
    }
    k.cpuN(S.uring.readQueued, k.cost.entryDetail, sqe.len, OPCODE.read, sqe.index, sqe.off);
    this.parked.push({ sqe, next, io });
  }

  /** The bytes a read asks for, clipped at EOF. */
  private readBytes(sqe: Sqe): number {
    return Math.max(0, Math.min(sqe.len, this.k.p.file - sqe.off));
  }

  /**
   * Rule 1 without blocking: 'cached' when every page is there; otherwise the readahead request that will
   * bring them (started now when none is in flight), or null to retry when the one in flight is done.
   */
  private startRead(sqe: Sqe): 'cached' | { done: boolean } | null {
    const k = this.k;
    const bytes = this.readBytes(sqe);
    if (bytes === 0) return 'cached';
    const { first, last } = pageSpan(k, sqe.off, bytes);
    if (k.p.ra === 'linux') return this.startLinuxRead(first, last);
    const miss = firstMissing(k.trace.machine.cached, first, last);
    if (miss < 0) return 'cached';
    const ra = this.readahead;
    if (ra) return ra.first <= miss && last <= ra.last ? ra.io : null;
    const end = Math.min(Math.max(last, miss + k.p.ra - 1), k.pagesInFile - 1);
    const pages = end - miss + 1;
    k.cpu(S.mm.pcAlloc, { a: miss, b: end, n: pages }, k.cost.pageAlloc);
    const io = diskRead(k, false, {
      bytes: pages * k.p.page,
      first: miss,
      last: end,
      offset: miss * k.p.page,
    });
    this.readahead = { first: miss, last: end, io };
    return io;
  }

  /**
   * `ra=linux`: the windows read() would read (page_cache_sync_ra / page_cache_async_ra from io_read), without
   * sleeping; the window in flight is this ring's readahead, so task_work runs when it is done.
   */
  private startLinuxRead(first: number, last: number): 'cached' | { done: boolean } | null {
    const state = linuxStartRead(this.k, first, last);
    const io = linuxWindowInFlight(this.k);
    this.readahead = io && !io.done ? { first: io.first, last: io.last, io } : null;
    return state;
  }

  private completeRead(sqe: Sqe): void {
    const k = this.k;
    const bytes = this.readBytes(sqe);
    if (bytes > 0) {
      const { first, last } = pageSpan(k, sqe.off, bytes);
      k.cpuN(S.uring.readCopy, k.cost.copyBase + bytes * k.cost.copyPerByte, bytes, first, last, sqe.off);
      this.host.filled(sqe.addr, sqe.off);
    }
    this.postCqe(S.uring.cqe, bytes, sqe);
  }

  /** IORING_OP_SEND copies the buffer into skbs; IORING_OP_SEND_ZC pins its pages (a notification later). */
  private send(sqe: Sqe): void {
    const k = this.k;
    const origin = this.host.originOf(sqe.addr);
    const user = this.host.ownData(sqe.addr);
    const call = { linearize: false, copyCounted: false };
    if (sqe.op === 'send') {
      k.sock.send({ site: S.uring.sendCopy, frags: false, user }, origin, sqe.len, call);
      this.postCqe(S.uring.cqe, sqe.len, sqe);
      return;
    }
    this.notifsPending += 1;
    const zc: ZeroCopyBuf = {
      refs: 1,
      copied: false,
      release: () => {
        this.notifsPending -= 1;
        this.notifsReady += 1;
        this.wakeWaiter();
      },
    };
    k.sock.send({ site: S.uring.sendZc, frags: true, zc, user }, origin, sqe.len, call);
    // The result CQE comes now (IORING_CQE_F_MORE: a notification follows); the request drops its reference.
    this.postCqe(S.uring.cqe, sqe.len, sqe);
    dropZeroCopyRef(zc);
  }

  private postCqe(site: number, res: number, sqe: Sqe | null): void {
    const k = this.k;
    this.posted += 1;
    k.cpuN(
      site,
      k.cost.entryDetail,
      res,
      sqe ? OPCODE[sqe.op] : OPCODE.send_zc,
      sqe?.index ?? -1,
      this.posted,
    );
  }

  /** task_work was queued for the ring's task: wake it if it sleeps in io_cqring_wait. */
  private wakeWaiter(): void {
    const w = this.waiter;
    if (!w || !w.sleeping) return;
    w.sleeping = false;
    this.k.cpuN(S.uring.wake, 0, this.ready, 0, 0, 0, 0, w.pid);
  }

  /** Whether task_work is waiting to run: a read's pages arrived, or a zero-copy send's pages came back. */
  private hasWork(): boolean {
    if (this.notifsReady > 0) return true;
    if (this.readahead?.io.done) return true;
    return this.parked.some((p) => p.io?.done === true);
  }

  /**
   * io_run_task_work in the ring's task: parked reads whose pages are now cached complete (the copy happens
   * here, in the task's context) and issue their linked send; released zero-copy pages post notification CQEs.
   */
  runTaskWork(): void {
    const k = this.k;
    if (!this.hasWork()) return;
    k.cpuN(S.uring.taskWork, k.cost.entryDetail, this.parked.length, this.notifsReady);
    if (this.readahead?.io.done) this.readahead = null;
    while (this.parked.length > 0) {
      const p = this.parked[0]!;
      if (p.io === null || p.io.done) {
        const again = this.startRead(p.sqe);
        if (again !== 'cached') {
          p.io = again;
          break;
        }
      } else break;
      this.parked.shift();
      this.completeRead(p.sqe);
      if (p.next) this.issueChain(p.next, null);
    }
    while (this.notifsReady > 0) {
      this.notifsReady -= 1;
      this.postCqe(S.uring.notifCqe, 0, null);
    }
  }

  /**
   * io_cqring_wait: the task runs task_work until `want` CQEs are ready, sleeping in between (an interrupt's
   * handler queues the task_work and wakes it). False when they can never come.
   */
  waitFor(want: number): boolean {
    const k = this.k;
    for (;;) {
      this.runTaskWork();
      if (this.ready >= want) return true;
      // Nothing more will come: Linux would sleep until a signal; the caller refuses the program.
      if (this.inFlight === 0) return false;
      const w = { pid: k.cur, sleeping: true };
      this.waiter = w;
      // A disk completion wakes the task through folio_end_read's wait-queue callback (sched.wake_io).
      k.block(S.uring.block, () => this.hasWork(), want - this.ready);
      this.waiter = null;
    }
  }

  /**
   * io_sq_thread: submits whatever the SQ holds, runs the completions' task_work itself, and busy-polls
   * (the CPU stays busy) while requests are in flight; returns when the kernel owes nothing.
   */
  sqThreadRun(): void {
    const k = this.k;
    for (;;) {
      if (this.published.length > 0) {
        k.cpuN(S.uring.sqThread, k.cost.entryDetail, this.published.length);
        this.submit(this.published.length);
      }
      this.runTaskWork();
      if (this.inFlight === 0 && this.published.length === 0) return;
      if (!this.hasWork()) k.poll(S.uring.sqPoll, () => this.hasWork());
    }
  }

  /** io_uring_cq_advance: the program consumed `n` CQEs (a store to the CQ head). */
  advance(n: number): number {
    const m = Math.max(0, Math.min(n, this.ready));
    this.seen += m;
    this.k.cpuN(S.uring.cqAdvance, this.k.cost.userWork, m, this.seen);
    return m;
  }
}
