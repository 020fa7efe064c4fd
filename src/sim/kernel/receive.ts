import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import { pageSpan } from './fileIo';
import type { Kernel } from './kernel';

/**
 * The receive window the model's socket advertises: the peer stops sending when this much is unread
 * (tcp_rmem's default maximum is 6 MiB, of which about half is window; the model uses 4 MiB).
 */
export const RCV_WINDOW = 4 * 1024 * 1024;
/** NAPI's per-poll budget (the driver's weight, NAPI_POLL_WEIGHT). */
export const NAPI_BUDGET = 64;

interface Segment {
  readonly offset: number;
  readonly bytes: number;
}

/**
 * Issue 16: one TCP connection's receive side. The peer, outside the machine, sends `total` bytes in frames
 * of at most `mss` at the NIC's line rate, never more than RCV_WINDOW ahead of what the reader has taken.
 * Each frame is DMA'd by the NIC into an RX ring buffer; an interrupt (unless NAPI already polls, or the
 * NIC is still coalescing `coalesce` frames) schedules NAPI, whose poll in the NET_RX softirq hands every
 * frame in the ring up the stack onto the socket's receive queue and wakes a reader sleeping in
 * sk_wait_data. recv()/read() copies from the queue into the user buffer (tcp_recvmsg).
 */
export class ReceivePath {
  /** Bytes the peer has put on the wire (their frames' DMA scheduled). */
  private sent = 0;
  /** When the wire is free for the peer's next frame. */
  private wireFreeAt: number;
  private peerWaits = false;
  /** The peer may not start a frame before this (the window reopened at this time). */
  private notBefore = 0;
  private readonly ring: Segment[] = [];
  private ringHead = 0;
  private readonly queue: Segment[] = [];
  private queueHead = 0;
  /** Bytes queued on the socket and not yet copied to the user. */
  private queued = 0;
  /** Bytes the reader has taken. */
  private taken = 0;
  /** The RX interrupt is masked: NAPI is scheduled or polling (napi_schedule … napi_complete_done). */
  private napiScheduled = false;
  private framesSinceIrq = 0;
  private waiter: { pid: number; woken: boolean } | null = null;

  constructor(
    private readonly k: Kernel,
    private readonly total: number,
  ) {
    // The connection is open and the peer starts sending at once.
    this.wireFreeAt = k.now + k.cost.nicLatency;
    this.sendNext();
  }

  /** The peer sends its next frame if it has data and the window allows. */
  private sendNext(): void {
    const k = this.k;
    if (this.sent >= this.total) return;
    const bytes = Math.min(k.p.mss, this.total - this.sent);
    if (this.sent + bytes - this.taken > RCV_WINDOW) {
      this.peerWaits = true;
      return;
    }
    const offset = this.sent;
    this.sent += bytes;
    // Frames follow each other on the wire at line rate, whatever the CPU does meanwhile.
    const start = Math.max(this.wireFreeAt, this.notBefore);
    const doneAt = start + bytes / k.cost.nicBytesPerNs;
    this.wireFreeAt = doneAt;
    const last = this.sent >= this.total;
    let raise = false;
    const pid = k.cur;
    const { first, last: lp } = pageSpan(k, offset, bytes);
    // The frame starts arriving: the NIC begins its DMA on its own (no interrupt yet).
    k.schedule(
      start,
      () => k.device(start, S.rx.frame, bytes, first, lp, doneAt, pid),
      () => undefined,
    );
    k.schedule(
      doneAt,
      () => {
        k.device(doneAt, S.rx.frameDone, bytes, first, lp, offset, pid);
        this.ring.push({ offset, bytes });
        // Interrupt moderation: one interrupt per `coalesce` frames, or at the end of the burst.
        this.framesSinceIrq++;
        if (!this.napiScheduled && (this.framesSinceIrq >= k.p.coalesce || last)) {
          this.framesSinceIrq = 0;
          this.napiScheduled = true;
          raise = true;
        }
        this.sendNext();
      },
      () => {
        if (raise) k.interrupt(S.rx.irqEnter, S.rx.irqExit, () => this.poll());
      },
    );
  }

  /**
   * net_rx_action → napi_poll: frames in the ring go up the stack, NAPI_BUDGET per poll round, until the
   * ring is empty (frames that arrive meanwhile are taken in the same softirq, without an interrupt);
   * then napi_complete_done unmasks the interrupt.
   */
  private poll(): void {
    const k = this.k;
    for (;;) {
      let done = 0;
      while (done < NAPI_BUDGET) {
        k.boundary();
        const f = this.ring[this.ringHead];
        if (!f) break;
        this.ringHead++;
        const { first, last } = pageSpan(k, f.offset, f.bytes);
        k.cpuN(S.rx.deliver, k.cost.ackWork, f.bytes, first, last, f.offset);
        this.queue.push(f);
        this.queued += f.bytes;
        done++;
        this.wakeReader();
      }
      if (this.ringHead > 1024) {
        this.ring.splice(0, this.ringHead);
        this.ringHead = 0;
      }
      if (done < NAPI_BUDGET) break;
    }
    this.napiScheduled = false;
    this.framesSinceIrq = 0;
  }

  private wakeReader(): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = null;
    w.woken = true;
    this.k.cpuN(S.rx.wake, 0, this.queued, 0, 0, 0, 0, w.pid);
  }

  /** Everything the peer sends has been read: recv() returns 0 (the FIN, modelled with the last frame). */
  private get atEof(): boolean {
    return this.taken >= this.total;
  }

  /**
   * recv(fd, buf, count, 0) or read(fd, buf, count) on the socket: sleeps in sk_wait_data while the queue
   * is empty, then copies what is queued, up to count (one copy, however many skbs it spans).
   */
  recv(sys: { enter: number; exit: number }, count: number): number {
    const k = this.k;
    k.syscallEnter(sys.enter, count);
    let ret = 0;
    if (count > 0 && !this.atEof) {
      while (this.queued === 0) {
        // A frame due now is taken before the reader decides to sleep.
        k.boundary();
        if (this.queued > 0) break;
        const w = { pid: k.cur, woken: false };
        this.waiter = w;
        k.block(S.rx.block, () => w.woken);
      }
      ret = Math.min(count, this.queued, MAX_RW_COUNT);
      const offset = this.taken;
      const { first, last } = pageSpan(k, offset, ret);
      k.cpuN(S.rx.copy, k.cost.copyBase + ret * k.cost.copyPerByte, ret, first, last, offset);
      this.take(ret);
    }
    k.syscallExit(sys.exit, ret, count);
    return ret;
  }

  private take(bytes: number): void {
    let left = bytes;
    while (left > 0) {
      const head = this.queue[this.queueHead]!;
      if (head.bytes <= left) {
        left -= head.bytes;
        this.queueHead++;
      } else {
        this.queue[this.queueHead] = { offset: head.offset + left, bytes: head.bytes - left };
        left = 0;
      }
    }
    if (this.queueHead > 1024) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    this.queued -= bytes;
    this.taken += bytes;
    // tcp_cleanup_rbuf: the window opens again; a peer that waited for it sends on.
    if (this.peerWaits) {
      this.peerWaits = false;
      this.notBefore = this.k.now;
      this.sendNext();
    }
  }
}
