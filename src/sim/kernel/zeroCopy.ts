import { F } from '../counters';
import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import type { Kernel } from './kernel';
import { dropZeroCopyRef, type ZeroCopyBuf } from './socket';

/** include/uapi/linux/errqueue.h */
export const SO_EE_ORIGIN_ZEROCOPY = 5;
export const SO_EE_CODE_ZEROCOPY_COPIED = 1;
const EAGAIN = 11;

/** One notification on the socket's error queue: sends [lo, hi] are done, copied or not. */
export interface ZeroCopyNotice {
  lo: number;
  hi: number;
  readonly copied: boolean;
}

/**
 * MSG_ZEROCOPY on fd 4 (net/core/skbuff.c, Documentation/networking/msg_zerocopy.rst): each send pins the
 * user pages and numbers itself; when the last skb holding them is ACKed, a notification for its number is
 * queued on the error queue — merged into the queued one when the numbers are consecutive — and poll()
 * sees POLLERR until recvmsg(MSG_ERRQUEUE) reads it.
 */
export class ZeroCopySocket {
  enabled = false;
  private nextId = 0;
  /** Sends whose pages are still pinned (no notification yet). */
  pending = 0;
  readonly queue: ZeroCopyNotice[] = [];
  private poller: { pid: number; woken: boolean } | null = null;

  constructor(private readonly k: Kernel) {}

  /** setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, 1). */
  setsockopt(on: boolean): number {
    const k = this.k;
    k.syscallEnter(S.zc.setsockopt.enter, 4, on ? 1 : 0);
    this.enabled = on;
    k.syscallExit(S.zc.setsockopt.exit, 0);
    return 0;
  }

  /**
   * send(4, buf + off, len, MSG_ZEROCOPY): the bytes at user offset `off` go into skbs as references to the
   * pinned user pages (no CPU copy). Without the flag, or without SO_ZEROCOPY (the flag is then ignored),
   * the bytes are copied as write() does. `own`: no read put them in the buffer (the program made them).
   */
  send(len: number, off: number, zerocopy: boolean, own = false): number {
    const k = this.k;
    k.syscallEnter(S.zc.sendto.enter, len, off);
    const ret = Math.min(len, MAX_RW_COUNT);
    const call = { linearize: false, copyCounted: false };
    if (!zerocopy || !this.enabled || ret === 0) {
      k.sock.send({ site: S.copy.userToSkb, frags: false, user: own }, off, ret, call);
      k.syscallExit(S.zc.sendto.exit, ret, len);
      return ret;
    }
    const id = this.nextId++;
    this.pending += 1;
    const zc: ZeroCopyBuf = { refs: 1, copied: false, release: () => this.notify(id, zc.copied) };
    k.sock.send({ site: S.zc.pin, frags: true, zc, user: own }, off, ret, call);
    dropZeroCopyRef(zc);
    k.syscallExit(S.zc.sendto.exit, ret, len);
    return ret;
  }

  /** __msg_zerocopy_callback: queue [id, id], or extend the queued notification it follows. */
  private notify(id: number, copied: boolean): void {
    const k = this.k;
    this.pending -= 1;
    const tail = this.queue[this.queue.length - 1];
    const merged = tail !== undefined && tail.hi + 1 === id && tail.copied === copied;
    if (merged) tail.hi = id;
    else this.queue.push({ lo: id, hi: id, copied });
    const n = this.queue[this.queue.length - 1]!;
    k.cpuN(
      S.zc.notify,
      k.cost.entryDetail,
      n.hi - n.lo + 1,
      n.lo,
      n.hi,
      copied ? 1 : 0,
      merged ? F.appended : 0,
    );
    const w = this.poller;
    if (w) {
      this.poller = null;
      w.woken = true;
      k.cpuN(S.zc.pollWake, 0, this.queue.length, 0, 0, 0, 0, w.pid);
    }
  }

  /** poll({fd 4, POLLERR}, 1, -1): returns 1 once the error queue holds a notification, sleeping until then. */
  poll(): number {
    const k = this.k;
    k.syscallEnter(S.zc.poll.enter, 4);
    if (this.queue.length === 0) {
      const w = { pid: k.cur, woken: false };
      this.poller = w;
      k.block(S.zc.pollBlock, () => w.woken);
    }
    k.syscallExit(S.zc.poll.exit, 1);
    return 1;
  }

  /**
   * recvmsg(4, &msg, MSG_ERRQUEUE): dequeues one notification (-EAGAIN when there is none: it never
   * waits). Returns it with 0, the bytes of payload. Column c of the exit step says whether it was copied
   * (ee_code = SO_EE_CODE_ZEROCOPY_COPIED).
   */
  recvErr(): { ret: number; notice: ZeroCopyNotice | null } {
    const k = this.k;
    k.syscallEnter(S.zc.recvErr.enter, 4);
    const notice = this.queue.shift() ?? null;
    const ret = notice ? 0 : -EAGAIN;
    k.syscallExit(S.zc.recvErr.exit, ret, notice?.lo ?? -1, notice?.hi ?? -1, notice?.copied ? 1 : 0);
    return { ret, notice };
  }
}
