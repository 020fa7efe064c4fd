import { F, headerFlags } from '../counters';
import { S } from '../sites';
import { pageSpan } from './fileIo';
import type { Kernel } from './kernel';

/**
 * What the narration says of the process's own bytes (from no file): as frags, its pages (F.userPages); as
 * a copy, bytes it made itself (F.header | F.headerOnly).
 */
function ownFlags(own: boolean, frags: boolean): number {
  if (!own) return 0;
  return frags ? F.userPages : F.header | F.headerOnly;
}

/** The GSO limit: one skb carries at most 64 KiB of payload (rule 10). */
export const SKB_MAX_BYTES = 65536;
/**
 * What the model charges per skb on top of its payload, standing for struct sk_buff, skb_shared_info and
 * the header room (Linux charges skb->truesize; tcp_stream_alloc_skb starts it at
 * SKB_TRUESIZE(skb_end_offset(skb))). It keeps the number of queued skbs bounded by sndbuf / 1 KiB.
 */
export const SKB_OVERHEAD = 1024;

interface Skb {
  offset: number;
  bytes: number;
  /** Page-reference frags (sendfile, splice) rather than linear data copied in by write(). */
  frags: boolean;
  /**
   * TCP_CORK: bytes of linear data (a write's copy) at the front of an skb whose later bytes are frags
   * appended to it (nginx's header, then its file); 0 for an skb of one kind. Its frags start at `fragOffset`.
   */
  head: number;
  fragOffset: number;
  /** Its frags are copied into a linear clone at transmit, and that copy is its call's counted one. */
  countCopy: boolean;
  /** Issue 17: the frags are pinned user pages (MSG_ZEROCOPY, IORING_OP_SEND_ZC), released at the ACK. */
  readonly zc: ZeroCopyBuf | null;
  /**
   * Its bytes are the process's own, from no file: frags of its pages (vmsplice, a zero-copy send of data
   * it made), or linear bytes copied from them.
   */
  readonly user: boolean;
}

/**
 * Issue 17: the ubuf_info of one zero-copy send: every skb holding its pinned pages keeps a reference, and
 * the call holds one until it returns; the last one dropped releases the pages (a completion notification).
 */
export interface ZeroCopyBuf {
  refs: number;
  /** Loopback: skb_orphan_frags_rx copied the pages (SO_EE_CODE_ZEROCOPY_COPIED). */
  copied: boolean;
  release(): void;
}

/** Drops one reference of a zero-copy send; the last releases its pages. */
export function dropZeroCopyRef(zc: ZeroCopyBuf): void {
  zc.refs -= 1;
  if (zc.refs === 0) zc.release();
}

/**
 * TCP Small Queues' floor (tcp_small_queue_check: limit = max(2 × skb->truesize, pacing_rate >> 10)): a
 * socket may always have two skbs in the qdisc/NIC, "one in the NIC TX ring, another in the qdisc", so the
 * NIC sends one while the next waits and the wire does not idle while a TX completion is handled. The model
 * keeps that floor and not the pacing term (about 1 ms of data, which would need a pacing rate).
 */
export const TSQ_SKBS = 2;

/** Maximum segment size on the modelled Ethernet link (1500 − 40 − 12 bytes of TCP timestamps). */
export const MSS = 1448;

/**
 * One system call's progress through the socket: its CPU copy is counted once however many skbs (and,
 * for sendfile, rounds) its bytes are spread over.
 */
export interface SendCall {
  /** The NIC cannot gather: frags are copied into a linear clone at transmit. */
  readonly linearize: boolean;
  copyCounted: boolean;
}

/** How a send call puts its bytes into the queue. */
export interface SendSource {
  /** cpu.copy site (write, mmap) or ref.move site (sendfile, splice). */
  readonly site: number;
  readonly frags: boolean;
  /** Runs before a chunk is copied (the mmap path faults the chunk's pages in). */
  readonly beforeChunk?: (offset: number, bytes: number) => void;
  /** Issue 17: the frags are pinned user pages of this zero-copy send. */
  readonly zc?: ZeroCopyBuf;
  /**
   * Issue 17: the bytes are the process's own, from no file — its pages as frags (vmsplice, MSG_ZEROCOPY of
   * data it made) or a copy of them.
   */
  readonly user?: boolean;
}

/**
 * Rule 10: one connected TCP socket's send queue, on the kernel side (not in checkpoints: the machine state
 * keeps its interval form). Skbs leave the queue when their ACK arrives. TCP Small Queues lets TSQ_SKBS
 * skbs be in the NIC's TX ring at once; the NIC fetches the next while the wire carries one, and each TX
 * completion hands over the next waiting skb (tcp_wfree → tcp_tsq_handler → tcp_write_xmit).
 */
export class SendQueue {
  private readonly skbs: Skb[] = [];
  private head = 0;
  /** Index of the first skb not yet handed to the NIC. */
  private unsent = 0;
  /** Payload plus SKB_OVERHEAD per skb: what sndbuf limits. */
  charge = 0;
  /** Skbs of this socket handed to the NIC and not yet TX-completed (at most TSQ_SKBS: TCP Small Queues). */
  private inNic = 0;
  private waiter: { pid: number; woken: boolean } | null = null;
  /** Flag bits every step of this socket carries: 1 + its slot (F.sockShift) when sockets are told apart. */
  flag = 0;
  /** TCP_CORK is set (nginx's tcp_nopush): TCP_NAGLE_CORK in tp->nonagle. */
  private cork = false;

  constructor(
    private readonly k: Kernel,
    /** Its place among the world's sockets (declaration order). */
    readonly slot: number,
    /** SO_SNDBUF; NaN: the run's sndbuf parameter. */
    public sndbuf = NaN,
  ) {}

  private get free(): number {
    return (Number.isNaN(this.sndbuf) ? this.k.p.sndbuf : this.sndbuf) - this.charge;
  }

  /**
   * tcp_sendmsg_locked: queues [offset, offset + bytes) in skbs of at most 64 KiB, sleeping in
   * sk_stream_wait_memory whenever the queue is full; returns when every byte is queued.
   */
  send(src: SendSource, offset: number, bytes: number, call: SendCall): void {
    const k = this.k;
    let done = 0;
    while (done < bytes) {
      const tail = this.skbs.length > this.unsent ? this.skbs[this.skbs.length - 1] : undefined;
      const zc = src.zc ?? null;
      const user = src.user === true;
      // Autocork appends a call to an unsent tail of its own kind; while corked, tcp_sendmsg_locked fills
      // the tail up to the size goal whatever the kind — page frags after a write's linear bytes too.
      const append =
        tail !== undefined &&
        tail.zc === zc &&
        tail.user === user &&
        tail.bytes < SKB_MAX_BYTES &&
        ((k.p.autocork === 'on' && tail.frags === src.frags) ||
          (this.cork && zc === null && (src.frags || !tail.frags)));
      const room = append ? Math.min(this.free, SKB_MAX_BYTES - tail.bytes) : this.free - SKB_OVERHEAD;
      if (room <= 0) {
        this.waitForSpace();
        continue;
      }
      const chunk = Math.min(room, bytes - done, append ? Infinity : SKB_MAX_BYTES);
      const pos = offset + done;
      src.beforeChunk?.(pos, chunk);
      const { first: fp, last: lp } = pageSpan(k, pos, chunk);
      const continued = !src.frags && call.copyCounted;
      const flags =
        (append ? F.appended : 0) |
        (continued ? F.continued : 0) |
        this.flag |
        headerFlags(pos, chunk) |
        ownFlags(user, src.frags);
      const dur = src.frags ? k.cost.refMove : k.cost.copyBase + chunk * k.cost.copyPerByte;
      k.cpuN(src.site, dur, chunk, fp, lp, pos, flags);
      const countCopy = src.frags && call.linearize && !call.copyCounted;
      if (!src.frags || countCopy) call.copyCounted = true;
      if (append) {
        if (src.frags && !tail.frags) {
          // TCP_CORK: the file's pages join the header's linear bytes in one skb.
          tail.frags = true;
          tail.head = tail.bytes;
          tail.fragOffset = pos;
          tail.countCopy = countCopy;
        }
        tail.bytes += chunk;
      } else {
        this.skbs.push({
          offset: pos,
          bytes: chunk,
          frags: src.frags,
          head: 0,
          fragOffset: pos,
          countCopy,
          zc,
          user,
        });
        if (zc) zc.refs += 1;
      }
      this.charge += chunk + (append ? 0 : SKB_OVERHEAD);
      done += chunk;
      // With autocork the push waits while earlier data is still in the NIC; the next call may append.
      this.transmitNext();
    }
  }

  private waitForSpace(): void {
    const k = this.k;
    // An ACK due now is taken before the task decides to sleep (it may free the room it needs).
    const before = this.charge;
    k.boundary();
    if (this.charge !== before) return;
    const w = { pid: k.cur, woken: false };
    this.waiter = w;
    k.block(S.sched.blockSndbuf, () => w.woken, this.charge, this.flag);
  }

  /**
   * setsockopt(TCP_CORK) (__tcp_sock_set_cork): set, partial segments wait; cleared, tcp_push_pending_frames
   * sends what waits.
   */
  setCork(on: boolean): void {
    this.cork = on;
    if (!on) this.transmitNext();
  }

  /**
   * The process ends with the socket still corked: its exit closes the socket, and tcp_close sends what is
   * queued (with the FIN). The model does not run TCP_CORK's 200 ms ceiling (tcp(7)).
   */
  closeCorked(): void {
    if (this.cork) this.setCork(false);
  }

  /**
   * Where an skb's bytes come from, for its steps: the file pages of its frags when it has some (a corked
   * header's linear bytes ride in front of them), else its own span.
   */
  private spanOf(skb: Skb): { first: number; last: number; offset: number } {
    const offset = skb.head > 0 ? skb.fragOffset : skb.offset;
    return { ...pageSpan(this.k, offset, skb.bytes - skb.head), offset };
  }

  /**
   * TCP_CORK holds the tail skb while it is shorter than the size goal (the model's 64 KiB skb): of a tail
   * of at least one MSS, the whole segments are split off and sent (tcp_mss_split_point, tso_fragment), and
   * only the last partial segment (< MSS) waits for more data or for the cork to be cleared. Returns true
   * when nothing may go now.
   */
  private corkHolds(skb: Skb): boolean {
    // Zero-copy sends (issue 17) are not held: their pinned pages' notifications would wait with them.
    if (!this.cork || skb.zc || skb !== this.skbs[this.skbs.length - 1] || skb.bytes >= SKB_MAX_BYTES)
      return false;
    const partial = skb.bytes % MSS;
    if (partial === 0) return false;
    if (skb.bytes < MSS) return true;
    const front = skb.bytes - partial;
    // The new tail: the partial segment's bytes, the end of the frags (or of the linear head).
    const fragsInFront = Math.max(0, front - skb.head);
    const rest: Skb = {
      offset: skb.offset + front,
      bytes: partial,
      frags: skb.frags && skb.bytes - skb.head > fragsInFront,
      head: skb.head > front ? skb.head - front : 0,
      fragOffset: skb.fragOffset + fragsInFront,
      countCopy: false,
      zc: null,
      user: skb.user,
    };
    if (rest.head > 0 && rest.head === rest.bytes) rest.frags = false;
    if (rest.head === 0 && skb.head > 0) rest.offset = rest.fragOffset;
    skb.bytes = front;
    if (skb.head >= front) {
      // The front is all linear now: the frags' counted linearising copy (sg=off) moves to the tail.
      skb.head = 0;
      skb.frags = false;
      rest.countCopy = skb.countCopy;
      skb.countCopy = false;
    }
    this.skbs.push(rest);
    this.charge += SKB_OVERHEAD;
    this.splitOff = true;
    return false;
  }

  /** The skb going to the NIC now was split off the corked tail: one skb more in the queue. */
  private splitOff = false;

  /** tcp_write_xmit: the next unsent skb goes to the NIC (linearised first for a device without SG). */
  transmitNext(): void {
    const k = this.k;
    // Interrupts due now run first; a TX completion among them may already have started the NIC.
    k.boundary();
    const skb = this.skbs[this.unsent];
    if (this.inNic >= TSQ_SKBS || !skb || this.corked(skb) || this.nagleHolds(skb)) return;
    if (this.corkHolds(skb)) return;
    this.unsent++;
    this.inNic++;
    const { first, last, offset } = this.spanOf(skb);
    const split = this.splitOff ? F.appended : 0;
    this.splitOff = false;
    if (skb.zc) {
      this.transmitZeroCopy(skb, first, last);
      return;
    }
    const linear = !skb.frags || k.p.sg === 'off';
    if (skb.frags && k.p.sg === 'off') {
      // __skb_linearize copies the frags; a corked header's linear bytes are already in the head.
      const bytes = skb.bytes - skb.head;
      const flags = (skb.countCopy ? 0 : F.continued) | this.flag | ownFlags(skb.user, true);
      const dur = k.cost.copyBase + bytes * k.cost.copyPerByte;
      k.cpuN(S.copy.skbLinearize, dur, bytes, first, last, offset, flags);
      k.boundary();
    }
    const doneAt = this.wireDoneAt(skb.bytes);
    const pid = k.cur;
    const start = linear ? S.dma.skbToNic : S.dma.gatherToNic;
    const header = skb.frags && skb.head > 0 ? F.continued : 0;
    const head = this.bytesFlags(skb);
    k.cpuN(start, k.cost.dmaSetup, skb.bytes, first, last, doneAt, this.flag | split | header | head);
    const done = linear ? S.dma.skbToNicDone : S.dma.gatherToNicDone;
    this.scheduleSent(skb, doneAt, done, { first, last, offset }, pid, k.cost.rtt);
  }

  /**
   * When a frame handed to the NIC now has left: the NIC needs nicLatency to fetch it (descriptor and data by
   * DMA), which overlaps the previous frame on the wire, and the one wire sends frames (of every socket) one
   * after another.
   */
  private wireDoneAt(bytes: number): number {
    const k = this.k;
    k.wireFreeAt = Math.max(k.now + k.cost.nicLatency, k.wireFreeAt) + bytes / k.cost.nicBytesPerNs;
    return k.wireFreeAt;
  }

  /**
   * tcp_should_autocork (autocork=on): a tail skb that could still grow waits while earlier data is in the
   * NIC (sk_wmem_alloc > skb->truesize); the next call may append to it, and the TX completion pushes it.
   */
  private corked(skb: Skb): boolean {
    return (
      this.k.p.autocork === 'on' &&
      this.inNic > 0 &&
      skb === this.skbs[this.skbs.length - 1] &&
      skb.bytes < SKB_MAX_BYTES
    );
  }

  /**
   * Issue 17: an skb whose frags are pinned user pages. A real NIC gathers them by DMA; on loopback the skb
   * is delivered locally and skb_orphan_frags_rx copies the pages first (the notification says COPIED).
   */
  private transmitZeroCopy(skb: Skb, first: number, last: number): void {
    const k = this.k;
    const zc = skb.zc!;
    const copy = k.p.nic === 'loopback';
    if (copy) {
      k.cpuN(
        S.zc.orphanCopy,
        k.cost.copyBase + skb.bytes * k.cost.copyPerByte,
        skb.bytes,
        first,
        last,
        skb.offset,
        this.flag | this.bytesFlags(skb),
      );
      zc.copied = true;
      k.boundary();
    }
    const doneAt = this.wireDoneAt(skb.bytes);
    const pid = k.cur;
    const start = copy ? S.dma.skbToNic : S.zc.dma;
    const done = copy ? S.dma.skbToNicDone : S.zc.dmaDone;
    k.cpuN(start, k.cost.dmaSetup, skb.bytes, first, last, doneAt, this.flag | this.bytesFlags(skb));
    // On loopback the receiver's ACK is sent back in the same NET_RX softirq that delivered the skb: no
    // wire and no round trip, so every send is acknowledged (and notified) before the program can poll.
    this.scheduleSent(skb, doneAt, done, { first, last, offset: skb.offset }, pid, copy ? 0 : k.cost.rtt);
  }

  /**
   * The NIC's end of one skb: at `doneAt` its DMA is done (`doneSite`) and the TX-completion interrupt frees
   * a place in the NIC for the next skb; the peer's ACK arrives `ackDelay` after.
   */
  private scheduleSent(
    skb: Skb,
    doneAt: number,
    doneSite: number,
    span: { first: number; last: number; offset: number },
    pid: number,
    ackDelay: number,
  ): void {
    const k = this.k;
    k.schedule(
      doneAt,
      () => {
        const { first, last, offset } = span;
        k.device(doneAt, doneSite, skb.bytes, first, last, offset, pid, this.flag | this.bytesFlags(skb));
        k.schedule(
          doneAt + ackDelay,
          () => undefined,
          () => this.ackArrives(skb),
        );
      },
      () =>
        k.interrupt(
          S.irq.nicEnter,
          S.irq.nicExit,
          () => {
            this.inNic--;
            this.transmitNext();
          },
          skb.bytes,
          this.flag,
        ),
    );
  }

  /**
   * tcp_nagle_check, part of Linux's default (autocork=on): a segment shorter than the MSS waits while
   * earlier data is unacknowledged, and later writes append to it.
   */
  private nagleHolds(skb: Skb): boolean {
    return this.k.p.autocork === 'on' && skb.bytes < MSS && this.unsent > this.head;
  }

  /** RX interrupt, NET_RX softirq: tcp_ack → tcp_clean_rtx_queue frees the skb; maybe wake the writer. */
  private ackArrives(skb: Skb): void {
    const k = this.k;
    k.interrupt(S.irq.ackEnter, S.irq.ackExit, () => this.acknowledged(skb), 0, this.flag);
  }

  /**
   * What the narration says of an skb's bytes: a linear skb that starts with bytes no read put in the buffer
   * (nginx's header, F.header), frags that are vmsplice's user pages (F.userPages).
   */
  private bytesFlags(skb: Skb): number {
    return (skb.head > 0 ? 0 : headerFlags(skb.offset, skb.bytes)) | ownFlags(skb.user, skb.frags);
  }

  private acknowledged(skb: Skb): void {
    const k = this.k;
    const { first, last, offset } = this.spanOf(skb);
    k.cpuN(S.tcp.ack, k.cost.ackWork, skb.bytes, first, last, offset, this.flag | this.bytesFlags(skb));
    this.head++;
    this.charge -= skb.bytes + SKB_OVERHEAD;
    // Issue 17: the ACKed skb leaves the retransmit queue and drops its hold on the pinned user pages.
    if (skb.zc) dropZeroCopyRef(skb.zc);
    if (this.head > 1024 && this.head * 2 > this.skbs.length) this.compact();
    // tcp_data_snd_check: an skb Nagle held goes out once everything before it is acknowledged.
    this.transmitNext();
    // sk_stream_write_space: wake only once free space is at least half of what is still queued.
    const w = this.waiter;
    if (w && this.free >= this.charge / 2) {
      this.waiter = null;
      w.woken = true;
      k.cpuN(S.sched.wakeSndbuf, 0, this.charge, 0, 0, 0, this.flag, w.pid);
    }
  }

  private compact(): void {
    this.skbs.splice(0, this.head);
    this.unsent -= this.head;
    this.head = 0;
  }
}
