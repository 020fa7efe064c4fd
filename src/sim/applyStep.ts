import { activityAfter } from './cpuActivity';
import { applyUringStep } from './applyUringStep';
import { applyMapWriteStep } from './applyMapWrite';
import { F, fileSlotOf, socketSlotOf } from './counters';
import type { MachineState, PageSpan, TaskState } from './machineState';
import { addRange, fileCacheOf, removeRange, sendQueueOf } from './machineState';
import { markPtePages } from './pteFlags';
import { syscallNameOf } from './otherCalls';
import { SITES, S } from './sites';
import type { Pid } from './units';

/** One step's raw columns, as stored in the trace. */
export interface RawStep {
  site: number;
  task: Pid;
  ring: 0 | 3;
  flags: number;
  t: number;
  n: number;
  a: number;
  b: number;
  c: number;
}

// A loop, not Array.find: this runs for every step of every build and replay.
function task(m: MachineState, pid: Pid): TaskState | undefined {
  const tasks = m.tasks;
  for (let i = 0; i < tasks.length; i++) if (tasks[i]!.pid === pid) return tasks[i];
  return undefined;
}

function span(s: RawStep, ref: boolean): PageSpan {
  return { first: s.a, last: s.b, bytes: s.n, ref };
}

/** Removes `bytes` from the front of a queue of spans (pipe reads, freed skbs). */
function consume(queue: PageSpan[], bytes: number): void {
  let left = bytes;
  while (left > 0 && queue.length > 0) {
    const head = queue[0]!;
    if (head.bytes <= left) {
      queue.shift();
      left -= head.bytes;
    } else {
      queue[0] = { ...head, bytes: head.bytes - left };
      left = 0;
    }
  }
}

/**
 * Applies one step's effect to the machine, in place. The single reducer behind every view: the live build
 * and the replay from a checkpoint run the same code, so a view at step i always matches the trace.
 */
export function applyStep(m: MachineState, s: RawStep): void {
  const def = SITES[s.site]!;
  const t = task(m, s.task);
  m.ring = s.ring;
  m.activity = activityAfter(def.kind, s, m.current, m.activity);
  switch (def.kind) {
    case 'syscall.enter':
      if (t) {
        t.syscall = def.syscall === undefined ? null : syscallNameOf(s);
        t.kstack.push('pt_regs');
      }
      break;
    case 'syscall.exit':
      if (t) {
        t.syscall = null;
        t.kstack.pop();
        if (s.site === S.task.retFromFork) t.state = 'running';
      }
      break;
    case 'entry.detail':
      break;
    case 'cpu.copy':
      if (def.to === 'user' && t) t.userBuf = span(s, false);
      // A linearising copy fills the driver's clone; the queued skb keeps its page references.
      if (s.site === S.copy.skbLinearize) m.txClone = span(s, false);
      else if (def.to === 'skb') enqueue(m, s, false);
      if (def.from === 'pipe') consume(m.pipe, s.n);
      if (def.to === 'pagecache') writeOut(m, s);
      if (def.from === 'skb') m.rx.queue.from = s.c + s.n;
      // The copy reads the mapped file pages through their PTEs: the MMU sets Accessed.
      if (def.from === 'mapping' && t)
        t.ptes = markPtePages(t.ptes, 'pagecache', s.a, s.b, { accessed: true });
      break;
    case 'ref.move':
      if (def.from === 'pipe') consume(m.pipe, s.n);
      if (def.to === 'pipe') m.pipe.push(span(s, true));
      if (def.to === 'skb') enqueue(m, s, true);
      break;
    case 'sock.ack':
      acknowledge(m, s);
      break;
    case 'sock.rx':
      // NAPI hands the frame up the stack: out of the RX ring, onto the socket's receive queue.
      m.rx.ring.from = s.c + s.n;
      m.rx.ring.frames = Math.max(0, m.rx.ring.frames - 1);
      if (m.rx.queue.from === m.rx.queue.to) m.rx.queue.from = s.c;
      m.rx.queue.to = s.c + s.n;
      break;
    case 'pagecache.clean':
      removeRange(m.out.writeback, s.a, s.b);
      break;
    case 'pagecache.alloc':
      fileCacheOf(m, fileSlotOf(s.flags)).locked = [s.a, s.b];
      break;
    case 'dma.start':
      // TCP_CORK sent the whole segments of its held tail: the tail split in two (kernel/socket.ts).
      if (s.flags & F.appended && (s.site === S.dma.skbToNic || s.site === S.dma.gatherToNic))
        sendQueueOf(m, socketSlotOf(s.flags)).skbs += 1;
      m.inFlight.push({
        device: def.device!,
        from: def.from!,
        to: def.to!,
        span: span(s, false),
        doneAt: s.c,
      });
      // Writeback: the dirty pages are now under writeback (PG_writeback set, PG_dirty cleared).
      if (s.site === S.wb.toDisk) {
        removeRange(m.out.dirty, s.a, s.b);
        addRange(m.out.writeback, s.a, s.b);
      }
      break;
    case 'dma.done': {
      const i = m.inFlight.findIndex((f) => f.device === def.device);
      if (i >= 0) m.inFlight.splice(i, 1);
      // The frames hold the bytes now, but stay locked and not up to date until folio_end_read (sched.wake_io).
      if (def.to === 'user' && t) t.userBuf = span(s, false);
      if (def.to === 'wire') {
        m.sentBytes += s.n;
        m.txClone = null;
      }
      if (def.from === 'wire') {
        const ring = m.rx.ring;
        if (ring.from === ring.to) ring.from = s.c;
        ring.to = s.c + s.n;
        ring.frames += 1;
        m.rx.arrived += s.n;
      }
      // O_DIRECT: the bytes are on the disk without passing through the page cache.
      if (s.site === S.wb.userToDiskDone) m.out.size = Math.max(m.out.size, s.c + s.n);
      break;
    }
    case 'fault.enter':
      t?.kstack.push('pt_regs (#PF)');
      break;
    case 'fault.return':
      t?.kstack.pop();
      break;
    case 'mm.map':
      if (t) t.vma = { addr: s.n, len: s.a };
      break;
    case 'mm.unmap':
      if (t) {
        t.ptes = t.ptes.filter((p) => p.backing !== 'pagecache');
        t.vma = null;
      }
      break;
    case 'mmu.pte_update':
      // Issue 18: a write fault on the writable shared mapping (page_mkwrite).
      if (s.site === S.mapw.mkwrite) applyMapWriteStep(m, t, s);
      else if (t) updatePtes(m, t, s);
      break;
    case 'mm.fork':
      forkPtes(m, s);
      break;
    case 'mmu.tlb_flush':
      m.tlbFlushes += 1;
      break;
    case 'irq.enter':
      m.irq = def.device ?? null;
      break;
    case 'irq.exit':
      m.irq = null;
      break;
    case 'sched.block':
      if (t) {
        t.state = 'blocked';
        t.waitingFor = waitingFor(s.site);
      }
      break;
    case 'sched.wake':
      // ra.end_read wakes nobody: the reader is running (issue 17, ra=linux's asynchronous windows).
      if (t && s.site !== S.ra.endRead) {
        t.state = 'ready';
        t.waitingFor = null;
      }
      // folio_end_read: up to date, unlocked and the waiter woken, in one step.
      if (s.site === S.sched.wakeIo || s.site === S.ra.endRead) {
        const file = fileCacheOf(m, fileSlotOf(s.flags));
        if (file.locked) {
          addRange(file.cached, file.locked[0], file.locked[1]);
          file.locked = null;
        }
      }
      break;
    case 'sched.switch': {
      const prev = task(m, s.a);
      if (prev && prev.state === 'running') prev.state = 'ready';
      m.current = s.b;
      const next = task(m, s.b);
      if (next) next.state = 'running';
      break;
    }
    case 'signal.deliver':
      m.signal = s.site === S.task.sigsegv ? 'SIGSEGV' : 'SIGCHLD';
      break;
    case 'task.exit':
      if (t) exitTask(m, t, s.site === S.task.killed || s.site === S.badUser.killed ? 'killed' : 'zombie');
      break;
    case 'user.access':
      // A store through a writable PTE sets Accessed and Dirty; a read-only one faults instead (fault.*).
      if (
        s.site === S.user.write &&
        t?.ptes.some((p) => p.backing === 'anon' && p.page === s.b && p.writable)
      )
        t.ptes = markPtePages(t.ptes, 'anon', s.b, s.b, { accessed: true, dirty: true });
      break;
    case 'prog.end':
      break;
  }
  // Issue 17's rings and error queue (only its own sites change them).
  if (s.site >= FIRST_URING_SITE) applyUringStep(m, s);
}

const FIRST_URING_SITE = S.uring.setup.enter;

function waitingFor(site: number): TaskState['waitingFor'] {
  if (site === S.sched.blockSndbuf) return 'sndbuf';
  if (site === S.sched.blockWait) return 'child';
  if (site === S.rx.block) return 'socket';
  if (site === S.wb.block) return 'writeback';
  if (site === S.uring.block) return 'completion';
  if (site === S.zc.pollBlock) return 'errqueue';
  return 'disk';
}

/** generic_perform_write: bytes [c, c + n) land in the written file's pages [a, b], which become dirty. */
function writeOut(m: MachineState, s: RawStep): void {
  addRange(m.out.cached, s.a, s.b);
  addRange(m.out.dirty, s.a, s.b);
  m.out.size = Math.max(m.out.size, s.c + s.n);
}

/** Rule 10: bytes [c, c + n) join the send queue, as a new skb or appended to the unsent tail. */
function enqueue(m: MachineState, s: RawStep, ref: boolean): void {
  const q = sendQueueOf(m, socketSlotOf(s.flags));
  if (q.from === q.to) q.from = s.c;
  q.to = s.c + s.n;
  if (!(s.flags & F.appended)) q.skbs += 1;
  q.ref = ref;
}

/** tcp_clean_rtx_queue: the acknowledged skb [c, c + n) leaves the queue with its page references. */
function acknowledge(m: MachineState, s: RawStep): void {
  const q = sendQueueOf(m, socketSlotOf(s.flags));
  q.from = Math.min(q.to, s.c + s.n);
  q.skbs = Math.max(0, q.skbs - 1);
}

function updatePtes(m: MachineState, t: TaskState, s: RawStep): void {
  if (s.site === S.mm.faultAround) {
    const page = t.vma ? s.a - Math.floor(t.vma.addr / pageSizeOf(s)) : 0;
    const last = t.ptes[t.ptes.length - 1];
    // Windows are contiguous in both address and frame: keep one range, so large mappings stay small.
    if (
      last &&
      last.backing === 'pagecache' &&
      !last.accessed &&
      last.vpn + last.count === s.a &&
      last.pfn + last.count === s.c
    ) {
      t.ptes[t.ptes.length - 1] = { ...last, count: last.count + s.b };
    } else {
      t.ptes.push({
        vpn: s.a,
        count: s.b,
        pfn: s.c,
        writable: false,
        user: true,
        // x86 installs fault-around entries "old": the MMU sets Accessed when the copy reads them.
        accessed: false,
        dirty: false,
        backing: 'pagecache',
        page,
      });
    }
    return;
  }
  const i = t.ptes.findIndex((p) => p.vpn === s.a);
  if (i < 0) return;
  const old = t.ptes[i]!;
  if (s.site === S.mm.cowReuse) {
    // mm/memory.c: wp_page_reuse → pte_mkyoung, pte_mkdirty, maybe_mkwrite.
    t.ptes[i] = { ...old, writable: true, accessed: true, dirty: true };
    return;
  }
  const oldFrame = m.anon.find((f) => f.pfn === old.pfn);
  if (oldFrame) oldFrame.refcount -= 1;
  m.anon.push({ pfn: s.c, refcount: 1, page: old.page, version: `P${t.pid}` });
  // wp_page_copy: the new entry is dirty and writable; the retried store marks it accessed.
  t.ptes[i] = { ...old, pfn: s.c, writable: true, accessed: true, dirty: true };
}

/** The page size travels in the `n` column of fault-around steps. */
function pageSizeOf(s: RawStep): number {
  return s.n > 0 ? s.n : 4096;
}

function forkPtes(m: MachineState, s: RawStep): void {
  const parent = task(m, s.task);
  const child = task(m, s.a);
  if (!parent || !child) return;
  parent.ptes = parent.ptes.map((p) => ({ ...p, writable: p.backing === 'anon' ? false : p.writable }));
  // mm/memory.c: __copy_present_ptes → pte_mkold: the child's entries start not accessed.
  child.ptes = parent.ptes.map((p) => ({ ...p, accessed: false }));
  for (const p of parent.ptes) {
    const f = m.anon.find((x) => x.pfn === p.pfn);
    if (f) f.refcount += 1;
  }
  child.state = 'ready';
  child.kstack = ['pt_regs'];
  child.syscall = 'clone';
}

function exitTask(m: MachineState, t: TaskState, how: 'killed' | 'zombie'): void {
  for (const p of t.ptes) {
    const f = m.anon.find((x) => x.pfn === p.pfn);
    if (f) f.refcount -= 1;
  }
  m.anon = m.anon.filter((f) => f.refcount > 0);
  t.ptes = [];
  t.vma = null;
  t.userBuf = null;
  t.kstack = [];
  t.syscall = null;
  t.state = how;
}
