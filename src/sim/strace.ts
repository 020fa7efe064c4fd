import { fileSlotOf, socketSlotOf } from './counters';
import { emptyRaw, readStep } from './stepColumns';
import type { RawStep } from './applyStep';
import { S } from './sites';
import type { ProgramTrace } from './trace';
import { straceError } from './errno';
import { isOtherCall, syscallNameOf } from './otherCalls';
import { SYSCALL_NAMES } from './syscallNames';
import { hex } from './units';
import { uringCallText, uringReturnsAddress } from './uringStrace';

function ret(n: number, asAddr = false): string {
  if (n < 0) return straceError(-n);
  return asAddr ? hex(n) : String(n);
}

/** A call the model does not run, from its enter step: the descriptors and count it recorded (S.other). */
function otherCallText(s: RawStep, cx: CallContext): string {
  const name = SYSCALL_NAMES[s.a] ?? 'syscall';
  const fd = s.b;
  const fd2 = s.c;
  const count = s.n;
  // An opaque call records no arguments; close() records its descriptor; an EBADF failure records all.
  const known = s.site === S.other.badFd.enter || (name === 'close' && fd >= 0);
  if (!known) return `${name}(...)`;
  switch (name) {
    case 'read':
    case 'write':
      return `${name}(${fd}, buf, ${count})`;
    case 'close':
      return `close(${fd})`;
    case 'lseek':
      return `lseek(${fd}, ${count}, SEEK_SET)`;
    case 'sendfile':
      return `sendfile(${fd}, ${fd2}, NULL, ${count})`;
    case 'splice':
      return `splice(${fd}, NULL, ${fd2}, NULL, ${count}, 0)`;
    case 'mmap':
      return `${cx.mmapName}(NULL, ${count}, PROT_READ, MAP_SHARED, ${fd}, 0)`;
    default:
      return `${name}(...)`;
  }
}

/** What a call's text depends on beyond its own step: the architecture and the program's variable names. */
interface CallContext {
  /** i386 glibc's mmap() is the mmap2 system call (offset in pages); strace prints that name. */
  readonly mmapName: 'mmap' | 'mmap2';
  /** The program's name for the buffer it passes to write(): `buf`, or mmap-write's mapping `p`. */
  readonly writeSource: 'buf' | 'p';
  /** Each socket slot's descriptor (one socket at fd 4 when the machine names none). */
  readonly socketFds: readonly number[];
  /** Each file slot's descriptor (one file at fd 3 when the machine names none; issue 14). */
  readonly fileFds: readonly number[];
}

function contextOf(trace: ProgramTrace): CallContext {
  return {
    mmapName: trace.params.arch === 'i386' ? 'mmap2' : 'mmap',
    writeSource:
      trace.scenario === 'mmap-write' ||
      trace.scenario === 'rocketmq-commitlog' ||
      (trace.scenario === null && copiesFromMapping(trace))
        ? 'p'
        : 'buf',
    socketFds: trace.checkpoints[0]?.socketFds ?? [4],
    fileFds: trace.checkpoints[0]?.fileFds ?? [3],
  };
}

/** A program of the user's own writes from a mapping (its strace names the source `p`, as mmap-write's does). */
function copiesFromMapping(trace: ProgramTrace): boolean {
  const raw = emptyRaw();
  for (let i = 0; i < trace.length; i++)
    if (readStep(trace.columns, i, raw).site === S.copy.mapToSkb) return true;
  return false;
}

/** The call's text without its return value, in strace's syntax (`start`: the call's enter step). */
function callText(s: RawStep, cx: CallContext, start: RawStep = s): string {
  if (isOtherCall(s.site)) return otherCallText(start, cx);
  const sock = cx.socketFds[socketSlotOf(s.flags)] ?? 4;
  const file = cx.fileFds[fileSlotOf(s.flags)] ?? 3;
  switch (s.site) {
    case S.sys.read.enter:
    case S.sys.read.exit:
    case S.sys.readDirect.enter:
    case S.sys.readDirect.exit:
      return `read(${file}, buf, ${s.a})`;
    case S.sys.write.enter:
    case S.sys.write.exit:
      return `write(${sock}, ${cx.writeSource}, ${s.a})`;
    case S.real.pread64.enter:
    case S.real.pread64.exit:
    case S.dio.pread64.enter:
    case S.dio.pread64.exit:
      return `pread64(${file}, buf, ${s.a}, ${s.b})`;
    case S.sys.sendfile.enter:
    case S.sys.sendfile.exit:
      return `sendfile(${sock}, ${file}, NULL, ${s.a})`;
    case S.sys.spliceIn.enter:
    case S.sys.spliceIn.exit:
      return `splice(${file}, NULL, 6, NULL, ${s.a}, 0)`;
    case S.sys.spliceOut.enter:
    case S.sys.spliceOut.exit:
      return `splice(5, NULL, ${sock}, NULL, ${s.a}, 0)`;
    case S.sys.pipe2.enter:
    case S.sys.pipe2.exit:
      return 'pipe2([5, 6], 0)';
    case S.sys.mmap.enter:
    case S.sys.mmap.exit:
      return `${cx.mmapName}(NULL, ${s.a}, PROT_READ, MAP_SHARED, ${file}, 0)`;
    case S.sys.munmap.enter:
    case S.sys.munmap.exit:
      return `munmap(${hex(s.b)}, ${s.a})`;
    case S.sys.clone.enter:
    case S.sys.clone.exit:
      return 'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=ADDR)';
    case S.sys.wait4.enter:
      return `wait4(${s.a}, `;
    case S.sys.wait4.exit:
      return `wait4(${s.a}, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)`;
    case S.sys.exitGroup.enter:
      return `exit_group(${s.a})`;
    case S.seek.enter:
    case S.seek.exit:
      // i386 glibc's lseek() is the _llseek system call, which returns the offset through a pointer.
      if (cx.mmapName === 'mmap2') {
        const result = s.site === S.seek.exit && s.n < 0 ? 'ADDR' : `[${start.a}]`;
        return `_llseek(${start.b}, ${start.a}, ${result}, SEEK_SET)`;
      }
      return `lseek(${start.b}, ${start.a}, SEEK_SET)`;
    case S.syncFileRange.enter:
    case S.syncFileRange.exit:
      return `sync_file_range(${start.b}, ${start.a}, ${start.c}, ${syncFileRangeFlags(start.n)})`;
    default:
      return mapWriteCallText(s, start, cx) ?? ioCallText(s, start);
  }
}

/** msync's flags as strace prints them. */
function msyncFlags(flags: number): string {
  const names = ['MS_ASYNC', 'MS_INVALIDATE', 'MS_SYNC'].filter((_n, i) => flags & (1 << i));
  const rest = flags & ~7;
  if (rest !== 0) names.push(hex(rest));
  return names.length > 0 ? names.join('|') : '0';
}

/**
 * Issue 18's calls: the writable shared mapping (its fd in the exit's b), msync (address and flags in the
 * enter's b and c) and writev (the iovecs' offsets and lengths: sysWritevSocket).
 */
function mapWriteCallText(s: RawStep, start: RawStep, cx: CallContext): string | undefined {
  switch (s.site) {
    case S.mapw.mmap.enter:
    case S.mapw.mmap.exit:
      return `${cx.mmapName}(NULL, ${start.a}, PROT_READ|PROT_WRITE, MAP_SHARED, ${start.b}, 0)`;
    case S.mapw.msync.enter:
    case S.mapw.msync.exit:
      return `msync(${hex(start.b)}, ${start.a}, ${msyncFlags(start.c)})`;
    case S.vec.writev.enter:
    case S.vec.writev.exit: {
      const iov = (off: number, len: number) =>
        `{iov_base=${off === 0 ? 'buf' : `buf+${off}`}, iov_len=${len}}`;
      const first = iov(start.b, start.c);
      if (start.n < 0) return `writev(4, [${first}], 1)`;
      return `writev(4, [${first}, ${iov(start.n, start.a - start.c)}], 2)`;
    }
    case S.cork.set.enter:
    case S.cork.set.exit:
    case S.cork.clear.enter:
    case S.cork.clear.exit:
      return `setsockopt(${cx.socketFds[socketSlotOf(s.flags)] ?? 4}, SOL_TCP, TCP_CORK, [${start.a}], 4)`;
    default:
      return undefined;
  }
}

/** SPLICE_F_* names as strace prints a flags argument. */
function spliceFlags(flags: number): string {
  const names = ['SPLICE_F_MOVE', 'SPLICE_F_NONBLOCK', 'SPLICE_F_MORE', 'SPLICE_F_GIFT'];
  const set = names.filter((_n, i) => flags & (1 << i));
  return set.length > 0 ? set.join('|') : '0';
}

/** Issue 17's calls: copy_file_range (the copy's fd in column b) and vmsplice (its flags in enter's c). */
function kernelCopyCallText(s: RawStep, start: RawStep): string | undefined {
  switch (s.site) {
    case S.cfr.splice.enter:
    case S.cfr.splice.exit:
    case S.cfr.reflink.enter:
    case S.cfr.reflink.exit:
      return `copy_file_range(3, NULL, ${s.b}, NULL, ${s.a}, 0)`;
    case S.vm.vmsplice.enter:
    case S.vm.vmsplice.exit:
      return `vmsplice(${s.b}, [{iov_base=buf, iov_len=${s.a}}], 1, ${spliceFlags(start.c)})`;
    default:
      return undefined;
  }
}

/** Issue 16's calls: receiving from the socket and writing the file (its fd travels in column b). */
function ioCallText(s: RawStep, start: RawStep): string {
  const kernelCopy = kernelCopyCallText(s, start);
  if (kernelCopy !== undefined) return kernelCopy;
  switch (s.site) {
    case S.rx.recvfrom.enter:
    case S.rx.recvfrom.exit:
      return `recvfrom(4, buf, ${s.a}, 0, NULL, NULL)`;
    case S.rx.readSock.enter:
    case S.rx.readSock.exit:
      return `read(4, buf, ${s.a})`;
    case S.wb.write.enter:
    case S.wb.write.exit:
    case S.wb.writeDirect.enter:
    case S.wb.writeDirect.exit:
      return `write(${s.b}, buf, ${s.a})`;
    case S.wb.writeMapped.enter:
    case S.wb.writeMapped.exit:
      return `write(${s.b}, p, ${s.a})`;
    case S.wb.sendfileFile.enter:
    case S.wb.sendfileFile.exit:
      return `sendfile(${s.b}, 3, NULL, ${s.a})`;
    case S.wb.spliceFile.enter:
    case S.wb.spliceFile.exit:
      return `splice(5, NULL, ${s.b}, NULL, ${s.a}, 0)`;
    case S.wb.fsync.enter:
    case S.wb.fsync.exit:
      return `fsync(${s.b})`;
    case S.wb.fdatasync.enter:
    case S.wb.fdatasync.exit:
      return `fdatasync(${s.b})`;
    default:
      return uringCallText(s);
  }
}

const SYNC_FILE_RANGE_FLAGS = [
  'SYNC_FILE_RANGE_WAIT_BEFORE',
  'SYNC_FILE_RANGE_WRITE',
  'SYNC_FILE_RANGE_WAIT_AFTER',
];

/** sync_file_range's flags as strace prints them: the names or'ed, unknown bits in hex with a comment, 0 as 0. */
function syncFileRangeFlags(flags: number): string {
  const names = SYNC_FILE_RANGE_FLAGS.filter((_, i) => flags & (1 << i));
  const rest = flags & ~7;
  if (rest !== 0) names.push(`${hex(rest)} /* SYNC_FILE_RANGE_??? */`);
  return names.length > 0 ? names.join('|') : '0';
}

/** Calls whose result strace prints as an address. */
const RETURNS_ADDRESS = new Set(['mmap', 'mmap2', 'brk', 'mremap', 'shmat']);

function complete(s: RawStep, cx: CallContext, start: RawStep): string {
  const address =
    s.site === S.sys.mmap.exit ||
    s.site === S.mapw.mmap.exit ||
    uringReturnsAddress(s.site) ||
    (isOtherCall(s.site) && RETURNS_ADDRESS.has(syscallNameOf(s)));
  return `${callText(s, cx, start)} = ${ret(s.n, address)}`;
}

/** One strace event: the step it belongs to and how to print it. */
interface StraceEvent {
  readonly step: number;
  readonly text: string;
}

function prefix(trace: ProgramTrace, pid: number): string {
  // strace -f prefixes lines once the traced program has several processes (kernel threads are not traced).
  return trace.tasks.filter((t) => !t.kernel).length > 1 ? `[pid ${pid}] ` : '';
}

/**
 * The strace -f lines of a trace, up to and including step `upTo` (default: all), in strace's syntax
 * (`name(args) = ret`, `<unfinished ...>`/`resumed` when processes interleave, signal and exit lines).
 */
export function getStraceLines(trace: ProgramTrace, upTo = trace.length - 1): string[] {
  return getStraceEvents(trace, upTo).map((e) => e.text);
}

/** The same lines with the step each belongs to, so a log can link a line to its step. */
export function getStraceEvents(trace: ProgramTrace, upTo = trace.length - 1): StraceEvent[] {
  const { syscallStart, syscallEnd, signalSteps } = trace.groups;
  const out: { step: number; order: number; text: string }[] = [];
  const cx = contextOf(trace);
  const a = emptyRaw();
  const b = emptyRaw();
  for (let g = 0; g < syscallStart.length; g++) {
    const start = syscallStart[g]!;
    if (start > upTo) break;
    const end = syscallEnd[g]!;
    readStep(trace.columns, start, a);
    const pre = prefix(trace, a.task);
    if (end < 0) {
      out.push({ step: start, order: 0, text: `${pre}${callText(a, cx)} = ?` });
      continue;
    }
    const interleaved = g + 1 < syscallStart.length && syscallStart[g + 1]! < end;
    if (interleaved) {
      out.push({ step: start, order: 0, text: `${pre}${callText(a, cx)}<unfinished ...>` });
      if (end <= upTo) {
        readStep(trace.columns, end, b);
        const name = syscallNameOf(b);
        const rest = complete(b, cx, a).slice(callText(b, cx, a).indexOf('(') + 1);
        out.push({ step: end, order: 0, text: `${pre}<... ${name} resumed>${rest.replace(/^\d+, /, '')}` });
      }
    } else if (end <= upTo) {
      readStep(trace.columns, end, b);
      out.push({ step: end, order: 0, text: `${pre}${complete(b, cx, a)}` });
    }
  }
  for (const i of signalSteps) {
    if (i > upTo) break;
    readStep(trace.columns, i, a);
    const pre = prefix(trace, a.task);
    if (a.site === S.task.sigsegv) {
      out.push({
        step: i,
        order: 1,
        text: `${pre}--- SIGSEGV {si_signo=SIGSEGV, si_code=${a.c === 2 ? 'SEGV_ACCERR' : 'SEGV_MAPERR'}, si_addr=${a.b === 0 ? 'NULL' : hex(a.b)}} ---`,
      });
    } else if (a.site === S.task.killed || a.site === S.badUser.killed) {
      out.push({ step: i, order: 1, text: `${pre}+++ killed by SIGSEGV +++` });
    } else if (a.site === S.task.exited) {
      out.push({ step: i, order: 1, text: `${pre}+++ exited with ${a.a} +++` });
    } else if (a.site === S.task.sigchld) {
      // strace shows the signal when the parent returns to user mode: after its wait4 completes.
      const g = findNextExit(trace, a.task, i);
      if (g >= 0 && g <= upTo) {
        out.push({
          step: g,
          order: 1,
          text: `${pre}--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=${trace.tasks[1]?.pid ?? 0}, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---`,
        });
      }
    }
  }
  out.sort((x, y) => x.step - y.step || x.order - y.order);
  return out.map(({ step, text }) => ({ step, text }));
}

function findNextExit(trace: ProgramTrace, pid: number, after: number): number {
  const { syscallEnd } = trace.groups;
  const s = emptyRaw();
  for (const end of syscallEnd) {
    if (end <= after) continue;
    if (readStep(trace.columns, end, s).task === pid) return end;
  }
  return -1;
}
