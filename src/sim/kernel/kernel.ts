import type { RawStep } from '../applyStep';
import type { CostModel } from '../costModel';
import { F, FILE_FLAG_MASK } from '../counters';
import { fileCacheOf, type FileCache } from '../machineState';
import type { Params } from '../params';
import { S } from '../sites';
import type { TraceBuilder } from '../traceBuilder';
import type { Pid, Ring } from '../units';
import { SendQueue } from './socket';

/** A file to read (issue 14: a program may declare several): its size and its steps' tag (F.fileShift). */
export interface KernelFile {
  readonly size: number;
  readonly pages: number;
  readonly slot: number;
  /** 0 with one file; (1 + slot) << F.fileShift with several. */
  readonly flag: number;
}

interface DeviceEvent {
  readonly time: number;
  /** The device's own step (its DMA is done): happens at `time`, whatever the CPU is doing. */
  readonly complete: () => void;
  /** The interrupt it raises: taken at the next instruction boundary outside another handler. */
  readonly irq: () => void;
}

export interface StepFields {
  n?: number;
  a?: number;
  b?: number;
  c?: number;
  flags?: number;
  task?: Pid;
}

/**
 * The modelled machine's control flow: one CPU with a privilege level, virtual time, and device completions
 * delivered as interrupts at instruction boundaries. Kernel operations (fileIo.ts, memory.ts) are written
 * against it in direct style; every effect becomes a step.
 */
export class Kernel {
  now = 0;
  ring: Ring = 3;
  cur: Pid;
  /** The files to read, by slot (declaration order); slot 0 is the run's `file` parameter. */
  readonly files: KernelFile[];
  /** The file the running call reads (slot 0 between calls: io_uring, copy_file_range use the first). */
  file: KernelFile;
  /** The running call's file tag (inside onFile), which its steps carry. */
  private fileFlag = 0;
  /** When each device is free again: requests queue behind each other. */
  diskFreeAt = 0;
  /** Every TCP socket's send queue (rule 10), by slot (declaration order); one, unless the world declares more. */
  readonly socks: SendQueue[] = [new SendQueue(this, 0)];
  /** The socket the running call sends on (slot 0 between calls: io_uring and MSG_ZEROCOPY use the first). */
  sock: SendQueue = this.socks[0]!;
  /** Flag bits the current call's enter and exit carry: its socket's tag (SendQueue.flag). */
  private callFlags = 0;
  /** When the one wire all sockets share has sent the last frame handed to the NIC (socket.ts wireDoneAt). */
  wireFreeAt = 0;
  /** Run once after the program's last call, before the devices are drained (issue 16: the flusher). */
  readonly atEnd: (() => void)[] = [];
  private events: DeviceEvent[] = [];
  /** Interrupts raised but not taken yet: the CPU is inside another handler (interrupts masked). */
  private irqs: (() => void)[] = [];
  private inIrq = false;
  private readonly raw: RawStep = { site: 0, task: 0, ring: 3, flags: 0, t: 0, n: 0, a: 0, b: 0, c: 0 };

  constructor(
    readonly trace: TraceBuilder,
    readonly p: Params,
    readonly cost: CostModel,
    pid: Pid,
  ) {
    this.cur = pid;
    this.files = [{ size: p.file, pages: Math.ceil(p.file / p.page), slot: 0, flag: 0 }];
    this.file = this.files[0]!;
  }

  /** Pages of the file the running call reads. */
  get pagesInFile(): number {
    return this.file.pages;
  }

  /** The page cache of the file the running call reads (fileCacheOf the machine). */
  get cache(): FileCache {
    return fileCacheOf(this.trace.machine, this.file.slot);
  }

  /** The world's files beyond the first (issue 14): with any, every file's steps name its slot (F.fileShift). */
  addFiles(sizes: readonly number[]): void {
    if (sizes.length < 2) return;
    sizes.forEach((size, slot) => {
      const file = { size, pages: Math.ceil(size / this.p.page), slot, flag: (slot + 1) << F.fileShift };
      if (slot === 0) this.files[0] = file;
      else this.files.push(file);
    });
    this.file = this.files[0]!;
  }

  /** Runs one call on the file of `slot`: its steps carry the slot; afterwards slot 0 is current again. */
  onFile<T>(slot: number, call: () => T): T {
    this.file = this.files[slot] ?? this.files[0]!;
    this.fileFlag = this.file.flag;
    try {
      return call();
    } finally {
      this.file = this.files[0]!;
      this.fileFlag = 0;
    }
  }

  /** A step executed by the CPU: pending interrupts are taken first, then the step runs for `dur` ns. */
  cpu(site: number, f: StepFields, dur: number): void {
    this.cpuN(site, dur, f.n ?? 0, f.a ?? 0, f.b ?? 0, f.c ?? 0, f.flags ?? 0, f.task ?? this.cur);
  }

  /** cpu() with positional fields, for the per-chunk hot path (keeps the emit path monomorphic). */
  cpuN(site: number, dur: number, n = 0, a = 0, b = 0, c = 0, flags = 0, task = this.cur): void {
    this.deliverDue();
    this.emitAt(this.now, site, n, a, b, c, flags, task);
    this.now += dur;
  }

  /** An instruction boundary with no step: interrupts due by now are taken first. */
  boundary(): void {
    this.deliverDue();
  }

  /** A step done by a device at `time`, without the CPU. */
  device(time: number, site: number, n: number, a: number, b: number, c: number, task: Pid, flags = 0): void {
    // A device's step names a file only when its caller says which (diskRead): not the call running now.
    this.emitAt(time, site, n, a, b, c, flags, task, false);
  }

  /**
   * The world's sockets beyond the first get their queues, each with its own sndbuf; `tagged` (several
   * sockets, or one not at fd 4): their steps name their slot (F.sockShift).
   */
  addSockets(sndbufs: readonly number[], tagged: boolean): void {
    sndbufs.forEach((sndbuf, i) => {
      if (i === 0) this.socks[0]!.sndbuf = sndbuf;
      else this.socks.push(new SendQueue(this, i, sndbuf));
      if (tagged) this.socks[i]!.flag = (i + 1) << F.sockShift;
    });
  }

  /** Runs one call on the socket of `slot`: its steps carry the slot; afterwards slot 0 is current again. */
  onSocket<T>(slot: number, call: () => T): T {
    this.sock = this.socks[slot]!;
    this.callFlags = this.sock.flag;
    try {
      return call();
    } finally {
      this.sock = this.socks[0]!;
      this.callFlags = 0;
    }
  }

  private emitAt(
    t: number,
    site: number,
    n: number,
    a: number,
    b: number,
    c: number,
    flags: number,
    task: Pid,
    callStep = true,
  ): void {
    const r = this.raw;
    r.site = site;
    r.task = task;
    r.ring = this.ring;
    // A step of the running call names its file, unless it names its own (a disk completion: diskRead); an
    // interrupt handler's steps are not the call's.
    const own = callStep && !this.inIrq ? this.fileFlag : 0;
    r.flags = (flags & FILE_FLAG_MASK) === 0 ? flags | own : flags;
    r.t = t;
    r.n = n;
    r.a = a;
    r.b = b;
    r.c = c;
    this.trace.emit(r);
  }

  schedule(time: number, complete: () => void, irq: () => void): void {
    const ev = { time, complete, irq };
    let i = this.events.length;
    while (i > 0 && this.events[i - 1]!.time > time) i--;
    this.events.splice(i, 0, ev);
  }

  get pendingEvents(): number {
    return this.events.length;
  }

  /**
   * At an instruction boundary: every device event due by now completes (its step at its own time), and its
   * interrupt is taken now unless the CPU is already in a handler; then it waits for that handler's exit.
   */
  private deliverDue(): void {
    for (;;) {
      while (this.events.length > 0 && this.events[0]!.time <= this.now) {
        const ev = this.events.shift()!;
        ev.complete();
        this.irqs.push(ev.irq);
      }
      if (this.inIrq || this.irqs.length === 0) return;
      const irq = this.irqs.shift()!;
      this.inIrq = true;
      irq();
      this.inIrq = false;
    }
  }

  /** Moves time forward to the next device event (the CPU has nothing else to do) and takes what is due. */
  private runNextEvent(): void {
    const ev = this.events[0];
    if (!ev && this.irqs.length === 0)
      throw new Error('simulation deadlock: a task waits but no device event is pending');
    if (ev) this.now = Math.max(this.now, ev.time);
    this.deliverDue();
  }

  /** Runs an interrupt handler: entry (a mode switch if the CPU was in ring 3), body, exit. */
  interrupt(enter: number, exit: number, body: () => void, exitBytes = 0, extraFlags = 0): void {
    const fromUser = this.ring === 3;
    const flags = (fromUser ? F.fromUser : 0) | extraFlags;
    this.ring = 0;
    this.emitAt(this.now, enter, 0, 0, 0, 0, flags, this.cur);
    this.now += this.cost.irqEntry;
    body();
    // Devices that finished during the handler complete before its exit (their interrupts wait).
    this.deliverDue();
    this.ring = fromUser ? 3 : 0;
    this.emitAt(this.now, exit, exitBytes, 0, 0, 0, flags, this.cur);
    this.now += this.cost.irqExit;
  }

  syscallEnter(site: number, a = 0, b = 0, c = 0, n = 0): void {
    const entry = this.p.arch === 'i386' ? this.cost.int80Entry : this.cost.syscallEntry;
    this.deliverDue();
    this.ring = 0;
    this.emitAt(this.now, site, n, a, b, c, this.callFlags, this.cur);
    this.now += entry + this.cost.syscallWork;
  }

  syscallExit(site: number, ret: number, a = 0, b = 0, c = 0): void {
    this.deliverDue();
    this.ring = 3;
    this.emitAt(this.now, site, ret, a, b, c, this.callFlags, this.cur);
    this.now += this.p.arch === 'i386' ? this.cost.iret : this.cost.sysret;
  }

  /** The scheduler runs `next` (0 = idle): one process context switch. */
  switchTo(next: Pid): void {
    const prev = this.cur;
    this.cpuN(S.sched.switch, 0, 0, prev, next);
    this.cur = next;
    this.now += this.cost.contextSwitch;
  }

  /** The current task sleeps until `woken()`; the CPU idles and takes device interrupts meanwhile. */
  block(site: number, woken: () => boolean, n = 0, flags = 0): void {
    const pid = this.cur;
    this.cpuN(site, 0, n, 0, 0, 0, flags);
    this.switchTo(0);
    while (!woken()) this.runNextEvent();
    this.switchTo(pid);
  }

  /**
   * Issue 17: the current kernel task busy-polls until `woken()` (the SQPOLL thread): unlike block(), the CPU
   * stays busy in the task, and device interrupts are taken as they come.
   */
  poll(site: number, woken: () => boolean): void {
    while (!woken()) {
      const ev = this.events[0];
      if (!ev && this.irqs.length === 0)
        throw new Error('simulation deadlock: a task polls but no device event is pending');
      this.cpuN(site, ev ? Math.max(0, ev.time - this.now) : 0);
      this.deliverDue();
    }
  }

  /** After the program's last call: it keeps running in user space while devices finish. */
  drain(): void {
    for (const hook of this.atEnd) hook();
    for (const sock of this.socks) sock.closeCorked();
    while (this.events.length > 0 || this.irqs.length > 0) this.runNextEvent();
  }
}
