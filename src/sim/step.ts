import type { RawStep } from './applyStep';
import { F, fileSlotOf, socketSlotOf } from './counters';
import type { Loc } from './locations';
import { SITES, S, type StepKind } from './sites';
import { emptyRaw, readLine, readStep } from './stepColumns';
import { isOtherCall, syscallNameOf } from './otherCalls';
import type { ProgramTrace } from './trace';
import { errnoName } from './errnoNames';
import { SYSCALL_NAMES } from './syscallNames';
import { hex, type Pid, type Ring } from './units';
import { uringNarrationParams } from './uringNarration';

/** Values a narration sentence may use: `{bytes}`, `{addr}`, … */
export type NarrationParams = Readonly<Record<string, string | number>>;

/** One decoded step: what the UI renders and narrates. Immutable. */
export interface Step {
  readonly index: number;
  readonly kind: StepKind;
  /** Site id; the narration key is `step.<site>`. */
  readonly site: string;
  readonly task: Pid;
  readonly ring: Ring;
  readonly t: number;
  /** Program line (0-based) the step belongs to. */
  readonly line: number;
  /** The kernel function(s) behind the step, and the man page. */
  readonly fn: string;
  readonly man?: string;
  readonly syscall?: string;
  /** Data the step moves: bytes, or page references when `ref` is true. */
  readonly data?: {
    readonly from: Loc;
    readonly to: Loc;
    readonly bytes: number;
    readonly first: number;
    readonly last: number;
    readonly ref: boolean;
    /** File offset of the first byte, where the step moves file data (not for dma.start or CoW copies). */
    readonly offset?: number;
  };
  readonly device?: 'disk' | 'nic';
  readonly fromUser: boolean;
  readonly major: boolean;
  /** A cpu.copy that continues a copy already counted (one call's bytes spread over several skbs). */
  readonly continued: boolean;
  readonly params: NarrationParams;
}

function narrationParams(trace: ProgramTrace, r: RawStep, kind: StepKind): Record<string, string | number> {
  const p: Record<string, string | number> = { pid: r.task };
  const entry = trace.params.arch === 'i386' ? 'int 0x80' : 'syscall';
  // Issue 17's sites fill their columns their own way.
  const uring = r.site >= S.uring.setup.enter ? uringNarrationParams(r) : null;
  if (uring) return { ...narrationParamsOf(trace, r, kind, p, entry), ...uring };
  // Several sockets (or one not at fd 4): the step's flags name its socket's slot (F.sockShift).
  const socket = trace.checkpoints[0]?.socketFds?.[socketSlotOf(r.flags)];
  // Several files to read (issue 14): the step's flags name its file's slot (F.fileShift).
  const file = trace.checkpoints[0]?.fileFds?.[fileSlotOf(r.flags)];
  const params = narrationParamsOf(trace, r, kind, p, entry);
  return {
    ...params,
    ...(socket === undefined ? {} : { socketFd: socket }),
    ...(file === undefined ? {} : { fileFd: file }),
  };
}

function narrationParamsOf(
  trace: ProgramTrace,
  r: RawStep,
  kind: StepKind,
  p: Record<string, string | number>,
  entry: string,
): Record<string, string | number> {
  const isOther = isOtherCall(r.site);
  switch (kind) {
    case 'syscall.enter':
      // A call the model does not run (S.other) keeps its name's index in a and its descriptor in b.
      if (isOther) return { ...p, entry, name: SYSCALL_NAMES[r.a] ?? 'syscall', fd: r.b };
      // Issue 16's file calls carry their fd in column b.
      return { ...p, count: r.a, entry, arg: r.a, addr: hex(r.b), fd: r.b };
    case 'syscall.exit':
      return {
        ...p,
        ret: r.n,
        count: r.a,
        // The fork child leaves through ret_from_fork's IRET path, never SYSRET (see ENTRY_PATHS).
        entry: trace.params.arch === 'i386' || r.site === S.task.retFromFork ? 'iret' : 'sysret',
        addr: r.n > 0 ? hex(r.n) : '',
        errname: r.n < 0 ? errnoName(-r.n) : '',
        ...(isOther ? { name: SYSCALL_NAMES[r.a] ?? 'syscall' } : {}),
        // lseek's exit keeps its fd in b (the position it set is the return value).
        ...(r.site === S.seek.exit ? { fd: r.b } : {}),
      };
    case 'cpu.copy':
    case 'ref.move':
    case 'dma.start':
    case 'dma.done':
    case 'sock.ack':
    case 'sock.rx':
    case 'pagecache.clean':
    case 'pagecache.alloc':
      return {
        ...p,
        bytes: r.n,
        first: r.a,
        last: r.b,
        pages: r.b - r.a + 1,
        range: r.a === r.b ? `p${r.a}` : `p${r.a}–p${r.b}`,
        ...(r.site === S.copy.cow ? { pfn: hex(r.c) } : {}),
        ...(kind === 'cpu.copy' ? { continued: r.flags & F.continued ? 1 : 0 } : {}),
        // Bytes sent in front of the file (nginx's header): they are no file page's.
        ...(r.flags & F.header ? { header: r.flags & F.headerOnly ? 2 : 1 } : {}),
        // vmsplice's pages, from a pipe into the socket and on to the NIC: the process's, not the page cache's.
        ...(r.flags & F.userPages ? { userPages: 1 } : {}),
        // TCP_CORK split this skb off its held tail, or it carries a corked header before the file's pages
        // (kernel/socket.ts): the narration says so.
        ...(kind === 'dma.start' && r.flags & F.appended ? { corkSplit: 1 } : {}),
        ...(kind === 'dma.start' && r.flags & F.continued ? { corkHeader: 1 } : {}),
        // Bytes that joined the unsent tail skb (autocork, TCP_CORK) rather than a new one.
        ...((kind === 'cpu.copy' || kind === 'ref.move') &&
        r.flags & F.appended &&
        SITES[r.site]!.to === 'skb' &&
        r.site < S.uring.setup.enter
          ? { appended: 1 }
          : {}),
        // Page references into the socket: whether the NIC will gather them or get a linear copy.
        ...(kind === 'ref.move' && SITES[r.site]!.to === 'skb' ? { sg: trace.params.sg } : {}),
        ...(kind === 'pagecache.alloc' ? { bytes: (r.b - r.a + 1) * trace.params.page } : {}),
      };
    case 'fault.enter':
    case 'fault.return':
      return { ...p, addr: hex(r.a), err: hex(r.b) };
    case 'user.access':
      return { ...p, addr: hex(r.a), page: r.b };
    case 'mmu.pte_update':
    case 'mm.unmap':
    case 'mmu.tlb_flush':
      return { ...p, vpn: hex(r.a), addr: hex(r.a * trace.params.page), pages: r.b, pfn: hex(r.c) };
    case 'mm.map':
      return { ...p, addr: hex(r.n), bytes: r.a, pages: r.b };
    case 'mm.fork':
      return { ...p, child: r.a, pages: r.b };
    case 'sched.switch':
      return { ...p, prev: r.a === 0 ? 'idle' : r.a, next: r.b === 0 ? 'idle' : r.b };
    case 'signal.deliver':
      return { ...p, addr: hex(r.b) };
    case 'entry.detail':
      return { ...p, nr: r.a, ret: r.n, entry };
    default:
      return { ...p, bytes: r.n };
  }
}

/** Decodes step i of a trace. O(1). */
export function getStep(trace: ProgramTrace, i: number): Step {
  if (!Number.isInteger(i) || i < 0 || i >= trace.length)
    throw new RangeError(`step ${i} is outside 0..${trace.length - 1}`);
  const r = readStep(trace.columns, i, emptyRaw());
  const def = SITES[r.site]!;
  const isData =
    def.kind === 'cpu.copy' || def.kind === 'ref.move' || def.kind === 'dma.start' || def.kind === 'dma.done';
  const data =
    isData && def.from && def.to
      ? {
          from: def.from,
          to: def.to,
          bytes: r.n,
          first: r.a,
          last: r.b,
          ref: def.kind === 'ref.move' || r.site === S.dma.gatherToNic,
          ...(def.kind !== 'dma.start' && r.site !== S.copy.cow ? { offset: r.c } : {}),
        }
      : undefined;
  return Object.freeze({
    index: i,
    kind: def.kind,
    site: def.id,
    task: r.task,
    ring: r.ring,
    t: r.t,
    line: readLine(trace.columns, i),
    fn: def.fn,
    ...(def.man ? { man: def.man } : {}),
    ...(def.syscall ? { syscall: def.kind.startsWith('syscall.') ? syscallNameOf(r) : def.syscall } : {}),
    ...(data ? { data: Object.freeze(data) } : {}),
    ...(def.device ? { device: def.device } : {}),
    fromUser: (r.flags & F.fromUser) !== 0,
    major: (r.flags & F.major) !== 0,
    // F.continued on a NIC dma.start means something else (a corked header in its skb: corkHeader).
    continued: def.kind === 'cpu.copy' && (r.flags & F.continued) !== 0,
    params: Object.freeze(narrationParams(trace, r, def.kind)),
  });
}
