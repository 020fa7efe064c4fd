import type { Loc } from './locations';
import type { Pid, Ring } from './units';

/** A contiguous run of file pages [first, last] (inclusive) and the payload bytes it carries. */
export interface PageSpan {
  readonly first: number;
  readonly last: number;
  readonly bytes: number;
  /** true when the holder keeps page references (skb frags, pipe buffers), not its own copy of the bytes. */
  readonly ref: boolean;
  /** Bytes at its front that no file has (nginx's header, written before the file's bytes). */
  readonly header?: number;
}

/** A page-table entry range: `count` consecutive virtual pages mapping consecutive frames. */
export interface PteRange {
  readonly vpn: number;
  readonly count: number;
  readonly pfn: number;
  readonly writable: boolean;
  readonly user: boolean;
  /** Accessed (A): set by the MMU on the first access through the entry; fork clears it in the child. */
  readonly accessed: boolean;
  /** Dirty (D): set by the MMU on the first write through the entry. */
  readonly dirty: boolean;
  /** What the frames are: file pages (pagecache) or anonymous memory. */
  readonly backing: 'pagecache' | 'anon' | 'kernel';
  /** For pagecache backing: the file page of the first entry. For anon: the buffer page index. */
  readonly page: number;
}

export type TaskRunState = 'running' | 'ready' | 'blocked' | 'zombie' | 'killed' | 'gone';

export interface TaskState {
  readonly pid: Pid;
  state: TaskRunState;
  /** What a blocked task waits for (set by the block step, cleared when it is woken). */
  waitingFor: 'disk' | 'child' | 'sndbuf' | 'socket' | 'writeback' | 'completion' | 'errqueue' | null;
  /** Name of the syscall the task is inside, if any. */
  syscall: string | null;
  /** Frames on the task's kernel stack, innermost last: 'pt_regs(syscall)', 'pt_regs(#PF)', … */
  kstack: string[];
  /** File pages held in this task's user buffer (read-write, direct-io). */
  userBuf: PageSpan | null;
  ptes: PteRange[];
  /** The file mapping of mmap-write, if any: [start address, length]. */
  vma: { readonly addr: number; readonly len: number } | null;
}

/** One file's pages in the page cache: cached ranges and the range being read (locked). */
export interface FileCache {
  cached: [number, number][];
  locked: [number, number] | null;
}

/** The page cache of file slot `slot` (slot 0, or none: the machine's own `cached` and `locked`). */
export function fileCacheOf(m: MachineState, slot: number): FileCache {
  return (slot > 0 ? m.moreFiles?.[slot - 1] : undefined) ?? m;
}

/** An anonymous frame (cow-fork's buffer pages) with its reference count. */
export interface AnonFrame {
  readonly pfn: number;
  refcount: number;
  /** Which buffer page's bytes it holds, and which version ('orig' or the writer's pid). */
  readonly page: number;
  readonly version: string;
}

export interface InFlight {
  readonly device: 'disk' | 'nic';
  readonly from: Loc;
  readonly to: Loc;
  readonly span: PageSpan;
  readonly doneAt: number;
}

/**
 * The socket's send queue (rule 10) as one interval of file bytes: everything queued and not yet
 * acknowledged is [from, to), in `skbs` skbs. Data enters in file order, so an interval is exact and its
 * size never grows with the run (checkpoints copy it).
 */
export interface SendQueueState {
  from: number;
  to: number;
  skbs: number;
  /** true: the skbs hold page references (sendfile, splice); false: linear copies (write). */
  ref: boolean;
}

/**
 * Issue 16: the file a program writes (recv-write's output, file-copy's destination), by page. Every page it
 * has in the page cache is in `cached`; those written since their last writeback are also in `dirty`, and
 * those on their way to the disk in `writeback`. Sorted, disjoint [first, last] ranges.
 */
export interface OutFileState {
  cached: [number, number][];
  dirty: [number, number][];
  writeback: [number, number][];
  /** Bytes written to it so far (its size). */
  size: number;
}

/**
 * Issue 16: the receive path as intervals of the peer's byte stream: frames the NIC has put in RX ring
 * buffers that NAPI has not polled yet, and skbs on the socket's receive queue not yet copied to the user.
 */
export interface ReceiveState {
  ring: { from: number; to: number; frames: number };
  queue: { from: number; to: number };
  /** Bytes of the stream the peer has delivered into memory so far. */
  arrived: number;
}

/**
 * The machine at one step: what the views draw. Mutated in place while a trace is built and replayed from
 * checkpoints; consumers receive a private copy (see getMachineAt), never the live object.
 */
export interface MachineState {
  ring: Ring;
  /** Base page size of the run (bytes). */
  readonly page: number;
  /** Running task; 0 = the idle task. */
  current: Pid;
  activity: 'user' | 'kernel' | 'irq' | 'idle';
  tasks: TaskState[];
  /** Cached file pages as sorted, disjoint [first, last] ranges (of the first file, with several: slot 0's). */
  cached: [number, number][];
  /** Pages allocated in the page cache whose read is in flight (locked, not uptodate). */
  locked: [number, number] | null;
  /**
   * Several files to read (issue 14): each one's descriptor and size by slot (declaration order; `cached` and
   * `locked` are slot 0's), absent when the program has one — so one-file runs keep today's states.
   */
  fileFds?: number[];
  fileSizes?: number[];
  /** The page caches of files 1, 2, … (with `fileFds`): each file has its own pages. */
  moreFiles?: FileCache[];
  /**
   * The socket's queue as the views draw it: the pages of `sendQueue` (empty or one span). Derived when a
   * copy of the machine is handed out (cloneMachine, getMachineAt), not kept up to date step by step.
   */
  skb: PageSpan[];
  sendQueue: SendQueueState;
  /**
   * Several sockets: each one's descriptor by slot (declaration order; `sendQueue` is slot 0's), absent
   * when the program has one socket at fd 4 — so one-socket runs keep today's states.
   */
  socketFds?: number[];
  /** With `socketFds`: each socket's SO_SNDBUF (bytes), by slot. */
  socketSndbufs?: number[];
  /** The send queues of slots 1, 2, … (with `socketFds`). */
  moreQueues?: SendQueueState[];
  /** sg=off: the linear copy validate_xmit_skb made for the driver, until the NIC has fetched it. */
  txClone: PageSpan | null;
  pipe: PageSpan[];
  inFlight: InFlight[];
  /** Bytes delivered to the wire so far, and the next file page expected there. */
  sentBytes: number;
  anon: AnonFrame[];
  irq: 'disk' | 'nic' | null;
  tlbFlushes: number;
  signal: string | null;
  /** The written file's pages (issue 16); empty when the program writes no file. */
  out: OutFileState;
  /** The receive path's buffers (issue 16); empty when nothing is received. */
  rx: ReceiveState;
  /** Issue 17: the io_uring's rings, once io_uring_setup has made them (absent otherwise). */
  uring?: UringState;
  /** Issue 17: MSG_ZEROCOPY's notifications (absent until a zero-copy send). */
  zc?: ZeroCopyState;
}

/**
 * Issue 17: one io_uring as the machine view draws it — the SQ and CQ rings and the SQE array, memory both
 * the program (plain loads and stores) and the kernel use. Counters are ring positions (free-running).
 */
export interface UringState {
  entries: number;
  /** Which of the two mappings exist: the SQ + CQ rings (IORING_FEAT_SINGLE_MMAP), the SQE array. */
  ringsMapped: boolean;
  sqesMapped: boolean;
  /** SQEs written by the program and not yet published by the SQ tail. */
  sqeWritten: number;
  sqTail: number;
  sqHead: number;
  cqTail: number;
  cqHead: number;
  /** Opcode of the last SQE written, submitted and completed (22 READ, 26 SEND, 47 SEND_ZC). */
  lastOp: number;
  /** Zero-copy notification CQEs posted so far (IORING_CQE_F_NOTIF). */
  notifs: number;
}

/** Issue 17: MSG_ZEROCOPY — sends made, and the notifications on the error queue, as [lo, hi, copied]. */
export interface ZeroCopyState {
  sends: number;
  queue: [number, number, number][];
  /** Sends whose notification the program has read. */
  read: number;
  lastCopied: boolean;
}

export function cloneMachine(m: MachineState): MachineState {
  return {
    ...m,
    tasks: m.tasks.map((t) => ({ ...t, kstack: [...t.kstack], ptes: [...t.ptes] })),
    cached: m.cached.map((r) => [r[0], r[1]] as [number, number]),
    sendQueue: { ...m.sendQueue },
    ...(m.socketFds ? { socketFds: [...m.socketFds] } : {}),
    ...(m.socketSndbufs ? { socketSndbufs: [...m.socketSndbufs] } : {}),
    ...(m.moreQueues ? { moreQueues: m.moreQueues.map((q) => ({ ...q })) } : {}),
    ...(m.fileFds ? { fileFds: [...m.fileFds] } : {}),
    ...(m.fileSizes ? { fileSizes: [...m.fileSizes] } : {}),
    ...(m.moreFiles
      ? { moreFiles: m.moreFiles.map((f) => ({ cached: copyRanges(f.cached), locked: f.locked })) }
      : {}),
    skb: sendQueueSpans(m),
    pipe: [...m.pipe],
    inFlight: [...m.inFlight],
    anon: m.anon.map((f) => ({ ...f })),
    out: {
      cached: copyRanges(m.out.cached),
      dirty: copyRanges(m.out.dirty),
      writeback: copyRanges(m.out.writeback),
      size: m.out.size,
    },
    rx: { ring: { ...m.rx.ring }, queue: { ...m.rx.queue }, arrived: m.rx.arrived },
    ...(m.uring ? { uring: { ...m.uring } } : {}),
    ...(m.zc
      ? { zc: { ...m.zc, queue: m.zc.queue.map((q) => [q[0], q[1], q[2]] as [number, number, number]) } }
      : {}),
  };
}

function copyRanges(r: readonly [number, number][]): [number, number][] {
  return r.map((x) => [x[0], x[1]] as [number, number]);
}

/** The pages the send queue's bytes sit in, as the views draw them (`q`: another socket's queue). */
export function sendQueueSpans(m: MachineState, q: SendQueueState = m.sendQueue): PageSpan[] {
  const { from, to, ref } = q;
  if (from >= to) return [];
  // Bytes before offset 0 (writev's header in front of the file's bytes) name no page of the file.
  const last = Math.max(0, Math.floor((to - 1) / m.page));
  const first = Math.min(last, Math.max(0, Math.floor(from / m.page)));
  const header = Math.min(to, 0) - Math.min(from, 0);
  return [{ first, last, bytes: to - from, ref, ...(header > 0 ? { header } : {}) }];
}

/** The send queue of socket slot `slot` (slot 0, or none: `sendQueue`). */
export function sendQueueOf(m: MachineState, slot: number): SendQueueState {
  return (slot > 0 ? m.moreQueues?.[slot - 1] : undefined) ?? m.sendQueue;
}

export function createMachine(pids: readonly Pid[], ring: Ring, page = 4096): MachineState {
  return {
    ring,
    page,
    current: pids[0] ?? 0,
    activity: ring === 3 ? 'user' : 'kernel',
    tasks: pids.map((pid, i) => ({
      pid,
      state: i === 0 ? 'running' : 'gone',
      waitingFor: null,
      syscall: null,
      kstack: [],
      userBuf: null,
      ptes: [],
      vma: null,
    })),
    cached: [],
    locked: null,
    skb: [],
    sendQueue: { from: 0, to: 0, skbs: 0, ref: false },
    txClone: null,
    pipe: [],
    inFlight: [],
    sentBytes: 0,
    anon: [],
    irq: null,
    tlbFlushes: 0,
    signal: null,
    out: { cached: [], dirty: [], writeback: [], size: 0 },
    rx: { ring: { from: 0, to: 0, frames: 0 }, queue: { from: 0, to: 0 }, arrived: 0 },
  };
}

/** Removes [first, last] from a sorted list of disjoint ranges, splitting one that contains it. */
export function removeRange(ranges: [number, number][], first: number, last: number): void {
  for (let i = 0; i < ranges.length; i++) {
    const [lo, hi] = ranges[i]!;
    if (hi < first || lo > last) continue;
    const keep: [number, number][] = [];
    if (lo < first) keep.push([lo, first - 1]);
    if (hi > last) keep.push([last + 1, hi]);
    ranges.splice(i, 1, ...keep);
    i += keep.length - 1;
  }
}

/** Bytes of a file of `size` bytes held by the pages in `ranges` (its last page may be partial). */
export function rangesBytes(ranges: readonly [number, number][], page: number, size: number): number {
  let n = 0;
  for (const [lo, hi] of ranges) n += Math.max(0, Math.min((hi + 1) * page, size) - lo * page);
  return n;
}

/** Adds [first, last] to a sorted list of disjoint ranges, merging neighbours. */
export function addRange(ranges: [number, number][], first: number, last: number): void {
  let i = 0;
  while (i < ranges.length && ranges[i]![1] < first - 1) i++;
  let lo = first;
  let hi = last;
  let j = i;
  while (j < ranges.length && ranges[j]![0] <= last + 1) {
    lo = Math.min(lo, ranges[j]![0]);
    hi = Math.max(hi, ranges[j]![1]);
    j++;
  }
  ranges.splice(i, j - i, [lo, hi]);
}

/** The first page in [first, last] that is not in `ranges`, or -1 when all are. */
export function firstMissing(ranges: readonly [number, number][], first: number, last: number): number {
  let p = first;
  for (const [lo, hi] of ranges) {
    if (hi < p) continue;
    if (lo > p) return p;
    p = hi + 1;
    if (p > last) return -1;
  }
  return p <= last ? p : -1;
}

export function countPages(ranges: readonly [number, number][]): number {
  let n = 0;
  for (const [lo, hi] of ranges) n += hi - lo + 1;
  return n;
}
