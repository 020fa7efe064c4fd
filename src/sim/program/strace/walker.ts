import { ERRNOS } from '../../errno';
import { syscallNameIndex } from '../../syscallNames';
import { MAX_RW_COUNT } from '../../units';
import type { LogEvent } from './logEvents';
import { notice, type StraceNotice } from './notices';
import { fdOf, parseNumber } from './parseLine';
import {
  chooseObjects,
  modelFdOf,
  MORE_FILES_FD,
  MORE_SOCKETS_FD,
  type Chosen,
  type Inst,
  type Kind,
} from './modelObjects';
import type { ExpectedCall, ProcOut } from './types';

/** Why a call stays opaque: the notice to give (once per key). */
interface Why {
  readonly code: StraceNotice['code'];
  readonly key: string;
  readonly params: Record<string, string | number>;
}

const READS = new Set(['read', 'pread64', 'readv', 'preadv', 'preadv2', 'recvfrom', 'recvmsg', 'recv']);
const WRITES = new Set(['write', 'pwrite64', 'writev', 'pwritev', 'pwritev2', 'sendto', 'sendmsg', 'send']);
const OPENS = new Set(['open', 'openat', 'openat2', 'creat']);
const FORKS = new Set(['clone', 'clone3', 'fork', 'vfork']);
const EBADF = 9;

/** Walks the events with each process's descriptor table; with `chosen`, writes the program's statements. */
export class Walker {
  readonly notices: StraceNotice[] = [];
  readonly procs: [ProcOut, ProcOut] = [newProc(), newProc()];
  private readonly insts: Inst[] = [];
  private readonly tables: [Map<number, Inst>, Map<number, Inst>] = [new Map(), new Map()];
  private readonly modelOpen: [Set<number>, Set<number>] = [new Set([0, 1, 2]), new Set()];
  private mapping: { addr: number; len: number; off: number } | null = null;
  /** Issue 18: the written file's writable shared mapping (RocketMQ's MappedFile), for msync. */
  private sharedMap: { addr: number; len: number } | null = null;
  /** A writev was replayed: the program declares its iovec array. */
  usesIov = false;
  private readSinceMap = false;
  private pipeMade = false;
  private readonly noticed = new Set<string>();
  /** How many calls of each name stay opaque (one notice sums them up). */
  readonly opaqueNames = new Map<string, number>();
  /** The buffer the program declares: the largest count, and the page offset of an address the log shows. */
  bufSize = 0;
  bufOffset: number | null = null;
  /** The file's size and the call (and its log line) that showed it. */
  fileSize: { size: number; call: string; at: number } | null = null;
  readFromFile = 0;
  /** Bytes the program received from the socket: what the peer sends. */
  received = 0;
  names: string[] = [];
  childPid: number | null = null;

  constructor(
    private readonly events: readonly LogEvent[],
    readonly chosen: Chosen | null,
  ) {
    for (const fd of [0, 1, 2]) this.tables[0].set(fd, this.inst('inherited', 0));
  }

  get file(): Inst | null {
    return this.chosen?.file != null ? this.insts[this.chosen.file]! : null;
  }
  get socket(): Inst | null {
    return this.chosen?.socket != null ? this.insts[this.chosen.socket]! : null;
  }
  get out(): Inst | null {
    return this.chosen?.out != null ? this.insts[this.chosen.out]! : null;
  }
  get receiving(): boolean {
    return this.chosen?.receiving ?? false;
  }
  /** The model's descriptors of the other sockets written to (issue 14), in the log's order. */
  get moreSocketFds(): number[] {
    return (this.chosen?.moreSockets ?? []).map((_, j) => MORE_SOCKETS_FD + j);
  }
  /** Issue 14: the other files read, with their model descriptors (20, 21, 22), in the log's order. */
  get moreFiles(): { fd: number; inst: Inst }[] {
    return (this.chosen?.moreFiles ?? []).map((id, j) => ({ fd: MORE_FILES_FD + j, inst: this.insts[id]! }));
  }
  /** The model's descriptor of the written file: 4 when it copies file 3, else 3. */
  get outFd(): 3 | 4 {
    return this.chosen?.file != null ? 4 : 3;
  }

  private inst(kind: Kind, line: number): Inst {
    const i: Inst = {
      id: this.insts.length,
      kind,
      line,
      read: 0,
      written: 0,
      direct: false,
      sync: null,
      rdwr: false,
      size: null,
    };
    this.insts.push(i);
    return i;
  }

  /** After the survey: the log's objects the model's world holds (chooseObjects). */
  choose(): Chosen {
    return chooseObjects(this.insts);
  }

  run(): void {
    for (const e of this.events) {
      const proc = this.procs[e.proc];
      if (proc.ended) continue;
      if (e.k === 'call') this.call(e);
      else if (e.k === 'signal') this.signal(e);
      else if (e.k === 'exited' || e.k === 'killed') proc.ended = true;
    }
  }

  /** The model's descriptor for a log descriptor of process `p`, or null when the model has no such object. */
  private modelFd(inst: Inst | undefined): number | null {
    return inst && this.chosen ? modelFdOf(this.chosen, inst, this.outFd) : null;
  }

  private emit(e: LogEvent, text: string, compare: ExpectedCall['compare'], call = true): void {
    if (!this.chosen) return;
    const proc = this.procs[e.proc];
    if (e.k === 'call' && text.startsWith('syscall(')) {
      this.opaqueNames.set(e.name, (this.opaqueNames.get(e.name) ?? 0) + 1);
    }
    const expect: ExpectedCall | undefined = call
      ? {
          line: e.line,
          proc: e.proc,
          name: e.k === 'call' ? e.name : '',
          logged: e.k === 'call' ? e.ret : null,
          compare,
        }
      : undefined;
    (e.proc === 0 && proc.forked ? proc.after : proc.before).push({ text, line: e.line, expect });
  }

  private note(
    e: LogEvent,
    code: StraceNotice['code'],
    key: string,
    params: Record<string, string | number>,
  ): void {
    if (!this.chosen || this.noticed.has(key)) return;
    this.noticed.add(key);
    this.notices.push(notice(e.line, code, params));
  }

  /** A call kept as `syscall("name", ret)`: counted, not run. */
  private opaque(e: Extract<LogEvent, { k: 'call' }>, why?: Why): void {
    if (syscallNameIndex(e.name) === undefined) {
      this.note(e, 'unreadable', `unknown:${e.line}`, { text: `${e.name}(…)` });
      return;
    }
    if (why) this.note(e, why.code, why.key, why.params);
    this.emit(e, `syscall("${e.name}", ${retLiteral(e.ret, e.retText)});`, 'none');
  }

  /** Why a call on `fd` is opaque: an inherited or unknown descriptor, or a file or socket beyond the model's. */
  private whyOpaque(fd: number, inst: Inst | undefined, name: string): Why {
    if (!inst || inst.kind === 'inherited') return { code: 'inheritedFd', key: `fd:${fd}`, params: { fd } };
    if (inst.kind === 'file' || inst.kind === 'socket')
      return { code: 'otherFile', key: `inst:${inst.id}`, params: { fd } };
    return { code: 'opaque', key: `name:${name}`, params: { name } };
  }

  /** A call on a descriptor the log says is bad: replayed so the model refuses it too (EBADF). */
  private badFd(e: Extract<LogEvent, { k: 'call' }>, fd: number, text: string): boolean {
    if (e.ret !== -EBADF || this.tables[e.proc].has(fd) || this.modelOpen[e.proc].has(fd)) return false;
    if (fd > 1_000_000 || fd < -1_000_000) return false;
    this.emit(e, text, 'value');
    return true;
  }

  private call(e: Extract<LogEvent, { k: 'call' }>): void {
    const p = e.proc;
    const table = this.tables[p];
    const a = e.args;
    const ret = e.ret;
    const name = e.name;
    if (name === 'execve' && p === 0 && this.names.length === 0 && ret === 0) {
      const m = /^"([^"]*)"/.exec(a[0] ?? '');
      const base = m?.[1]!
        .split('/')
        .pop()!
        .replace(/[^\w.-]/g, '')
        .slice(0, 32);
      if (base) this.names = [base];
    }
    if (OPENS.has(name)) {
      if (ret !== null && ret >= 0) {
        const inst = this.inst('file', e.line);
        const flags = a[name === 'open' || name === 'creat' ? 1 : 2] ?? '';
        inst.direct = /O_DIRECT/.test(flags);
        inst.sync = /O_SYNC/.test(flags) ? 'O_SYNC' : /O_DSYNC/.test(flags) ? 'O_DSYNC' : null;
        inst.rdwr = /O_RDWR/.test(flags);
        this.replace(p, ret, inst);
        const fd = this.modelFd(inst);
        if (fd !== null) {
          this.modelOpen[p].add(fd);
          return this.emit(e, `syscall("${name}", ${fd});`, 'none');
        }
      }
      return this.opaque(e);
    }
    if (name === 'socket' || name === 'accept' || name === 'accept4') {
      if (ret !== null && ret >= 0) {
        const inst = this.inst('socket', e.line);
        this.replace(p, ret, inst);
        const fd = this.modelFd(inst);
        if (fd !== null) {
          this.modelOpen[p].add(fd);
          return this.emit(e, `syscall("${name}", ${fd});`, 'none');
        }
      }
      return this.opaque(e);
    }
    if (name === 'pipe' || name === 'pipe2') {
      const fds = /\[(\d+),\s*(\d+)\]/.exec(a[0] ?? '');
      if (ret === 0 && fds) {
        const r = this.inst('pipeR', e.line);
        this.inst('pipeW', e.line);
        this.replace(p, Number(fds[1]), r);
        this.replace(p, Number(fds[2]), this.insts[r.id + 1]!);
        if (this.modelFd(r) !== null && !this.pipeMade) {
          this.pipeMade = true;
          this.modelOpen[p].add(5).add(6);
          if (name === 'pipe') this.note(e, 'asRead', 'pipe', { name, as: 'pipe2' });
          return this.emit(e, 'pipe2(p, 0);', 'value');
        }
      }
      return this.opaque(e);
    }
    if (name === 'dup' || name === 'dup2' || name === 'dup3') {
      const old = table.get(fdOf(a[0]));
      if (old && ret !== null && ret >= 0) this.replace(p, ret, old);
      return this.opaque(e);
    }
    if (name === 'close') return this.close(e);
    // Issue 17: io_uring's work is in shared memory strace cannot see; MSG_ZEROCOPY's notifications likewise.
    if (name.startsWith('io_uring_'))
      return this.opaque(e, { code: 'ioUring', key: 'ioUring', params: { name } });
    if (name === 'recvmsg' && a.some((x) => x.includes('MSG_ERRQUEUE')))
      return this.opaque(e, { code: 'zeroCopy', key: 'zeroCopy', params: { name } });
    if (WRITES.has(name) && a.some((x) => x.includes('MSG_ZEROCOPY')))
      this.note(e, 'zeroCopy', 'zeroCopy', { name });
    if (READS.has(name)) return this.read(e);
    if (WRITES.has(name)) return this.write(e);
    if (name === 'sendfile' || name === 'sendfile64') return this.sendfile(e);
    if (name === 'splice') return this.splice(e);
    if (name === 'vmsplice') return this.vmsplice(e);
    if (name === 'mmap' || name === 'mmap2') return this.mmap(e);
    if (name === 'munmap') {
      const m = this.mapping;
      if (m && parseNumber(a[0] ?? '') === m.addr && this.chosen) {
        this.mapping = null;
        return this.emit(e, `munmap(p, ${m.len});`, 'value');
      }
      return this.opaque(e);
    }
    if (name === 'msync') return this.msync(e);
    if (name === 'setsockopt') return this.setsockopt(e);
    if (name === 'getpid') return this.emit(e, 'getpid();', 'none');
    if (name === 'sync_file_range') return this.syncFileRange(e);
    if (name === 'fsync' || name === 'fdatasync') {
      const fd = this.modelFd(this.tables[p].get(fdOf(a[0])));
      if (fd !== null && fd === this.modelFd(this.out ?? undefined))
        return this.emit(e, `${name}(${fd});`, 'value');
      return this.opaque(e);
    }
    if (FORKS.has(name) && p === 0 && ret !== null && ret > 0 && !this.procs[0].forked) {
      this.childPid = ret;
      if (/CLONE_THREAD/.test(a.join(','))) this.note(e, 'thread', 'thread', {});
      this.emit(e, 'pid = fork();', 'none');
      this.procs[0].forked = true;
      // The child starts with a copy of the table.
      for (const [fd, inst] of table) this.tables[1].set(fd, inst);
      this.modelOpen[1] = new Set(this.modelOpen[0]);
      return;
    }
    if (
      (name === 'wait4' || name === 'waitpid') &&
      p === 0 &&
      this.procs[0].forked &&
      ret === this.childPid
    ) {
      return this.emit(e, 'waitpid(pid, &status, 0);', 'none');
    }
    if (name === 'exit_group' || name === 'exit') {
      const status = parseNumber(a[0] ?? '0');
      this.emit(e, `exit_group(${Number.isFinite(status) ? status & 0xff : 0});`, 'none');
      this.procs[p].ended = true;
      return;
    }
    if ((name === 'fstat' || name === 'newfstatat' || name === 'statx' || name === 'fstat64') && ret === 0) {
      this.statSize(e);
    }
    return this.opaque(e);
  }

  /**
   * The description behind `fd`; a descriptor the log never opened (strace attached to a running process)
   * that a call uses successfully is taken as a file (read from) or a socket (written to), with a notice.
   */
  private lookup(e: Extract<LogEvent, { k: 'call' }>, fd: number, as: 'file' | 'socket'): Inst | undefined {
    const known = this.tables[e.proc].get(fd);
    if (known || !Number.isInteger(fd) || fd < 3 || fd > 1_000_000 || e.ret === null || e.ret < 0)
      return known;
    const inst = this.inst(as, e.line);
    this.tables[e.proc].set(fd, inst);
    const model = this.modelFd(inst);
    if (model !== null) {
      this.modelOpen[e.proc].add(model);
      this.note(e, 'unknownFd', `unknown:${fd}`, { fd, as, model });
    }
    return inst;
  }

  /** Whether model descriptor `m` is a socket the program sends on: 4 (unless it receives) or another one. */
  private sendsOn(m: number): boolean {
    return (m === 4 && !this.receiving) || (m >= MORE_SOCKETS_FD && m < MORE_FILES_FD);
  }

  /** Whether model descriptor `m` is a file to read: 3 (unless it is the written file) or another one. */
  private readsFrom(m: number | null, inst: Inst | undefined): m is number {
    return m !== null && ((m === 3 && inst !== this.out) || m >= MORE_FILES_FD);
  }

  /** fd now points to `inst` in process p. */
  private replace(p: 0 | 1, fd: number, inst: Inst): void {
    this.tables[p].set(fd, inst);
  }

  private statSize(e: Extract<LogEvent, { k: 'call' }>): void {
    const size = /stx?_size=(\d+)/.exec(e.args.join(','));
    const fd = fdOf(e.args[0]);
    const inst = this.tables[e.proc].get(fd);
    if (size && inst && inst.kind === 'file') {
      inst.size = Number(size[1]);
      if (inst === this.file && !this.fileSize) this.fileSize = { size: inst.size, call: e.name, at: e.line };
    }
  }

  /** sync_file_range on the written file, with the log's offset, length and flags (names or numbers). */
  private syncFileRange(e: Extract<LogEvent, { k: 'call' }>): void {
    const [fdText, offText = '', lenText = '', flagText = ''] = e.args;
    const inst = this.tables[e.proc].get(fdOf(fdText));
    const fd = this.modelFd(inst);
    const off = parseNumber(offText);
    const len = parseNumber(lenText);
    const flags = flagText
      .replace(/\/\*.*?\*\//g, '')
      .split('|')
      .map((f) => f.trim());
    const known = flags.every((f) => /^(SYNC_FILE_RANGE_[A-Z_]+|0x[0-9a-fA-F]+|\d+)$/.test(f));
    if (inst && inst === this.out && fd !== null && Number.isFinite(off) && Number.isFinite(len) && known)
      return this.emit(e, `sync_file_range(${fd}, ${off}, ${len}, ${flags.join(' | ')});`, 'value');
    return this.opaque(e);
  }

  private close(e: Extract<LogEvent, { k: 'call' }>): void {
    const p = e.proc;
    const fd = fdOf(e.args[0]);
    const inst = this.tables[p].get(fd);
    if (!inst) {
      if (Number.isFinite(fd) && this.badFd(e, fd, `close(${fd});`)) return;
      return this.opaque(e);
    }
    this.tables[p].delete(fd);
    const m = this.modelFd(inst);
    // The model's descriptor closes with the log's last descriptor for it in this process.
    const stillOpen = [...this.tables[p].values()].includes(inst);
    if (m !== null && !stillOpen && this.modelOpen[p].has(m)) {
      this.modelOpen[p].delete(m);
      return this.emit(e, `close(${m});`, 'value');
    }
    return this.opaque(e);
  }

  /** The count a read or write asks for: its count argument, or for a vector the sum of iov_len. */
  private countOf(e: Extract<LogEvent, { k: 'call' }>): number {
    if (/v2?$/.test(e.name) || e.name.endsWith('msg')) {
      let sum = 0;
      for (const m of e.args.join(',').matchAll(/iov_len=(\d+)/g)) sum += Number(m[1]);
      return sum > 0 ? sum : Math.max(0, e.ret ?? 0);
    }
    const n = parseNumber(e.args[2] ?? '');
    return Number.isFinite(n) && n >= 0 ? n : Math.max(0, e.ret ?? 0);
  }

  private useBuffer(e: Extract<LogEvent, { k: 'call' }>, count: number): void {
    this.bufSize = Math.max(this.bufSize, Math.min(count, MAX_RW_COUNT));
    const addr = e.args[1] ?? '';
    if (this.bufOffset === null && /^0x[0-9a-fA-F]+$/.test(addr))
      this.bufOffset = parseInt(addr.slice(-3), 16);
  }

  private read(e: Extract<LogEvent, { k: 'call' }>): void {
    const p = e.proc;
    const fd = fdOf(e.args[0]);
    const inst = e.name.startsWith('recv') ? this.tables[p].get(fd) : this.lookup(e, fd, 'file');
    const count = this.countOf(e);
    if (inst && e.ret !== null && e.ret > 0) inst.read += e.ret;
    const m = this.modelFd(inst);
    if (m === 4 && this.receiving) {
      this.useBuffer(e, count);
      if (e.ret !== null && e.ret > 0) this.received += e.ret;
      if (e.name === 'read') return this.emit(e, `read(4, buf, ${count});`, 'value');
      if (e.name !== 'recvfrom' && e.name !== 'recv')
        this.note(e, 'asRead', `as:${e.name}`, { name: e.name, as: 'recv' });
      return this.emit(e, `recv(4, buf, ${count}, 0);`, 'value');
    }
    if (this.readsFrom(m, inst)) {
      if (e.name !== 'read') this.note(e, 'asRead', `as:${e.name}`, { name: e.name, as: 'read' });
      this.useBuffer(e, count);
      this.readSinceMap = true;
      if (m === 3 && e.ret !== null && e.ret > 0) this.readFromFile += e.ret;
      return this.emit(e, `read(${m}, buf, ${count});`, 'value');
    }
    if (!inst && Number.isFinite(fd) && this.badFd(e, fd, `read(${fd}, buf, ${count});`)) {
      this.useBuffer(e, count);
      return;
    }
    return this.opaque(e, this.whyOpaque(fd, inst, e.name));
  }

  private write(e: Extract<LogEvent, { k: 'call' }>): void {
    const fd = fdOf(e.args[0]);
    const inst = this.lookup(e, fd, 'socket');
    const count = this.countOf(e);
    if (inst && e.ret !== null && e.ret > 0) inst.written += e.ret;
    const m = this.modelFd(inst);
    if (m === 3 && inst === this.out) {
      if (e.name !== 'write') this.note(e, 'asRead', `as:${e.name}`, { name: e.name, as: 'write' });
      this.useBuffer(e, count);
      return this.emit(e, `write(${m}, buf, ${count});`, 'value');
    }
    if (m !== null && this.sendsOn(m) && e.name === 'writev') {
      const iov = this.writevOf(e, m);
      if (iov) {
        this.useBuffer(e, count);
        return this.emit(e, iov, 'value');
      }
    }
    if (m !== null && this.sendsOn(m)) {
      if (e.name !== 'write') this.note(e, 'asRead', `as:${e.name}`, { name: e.name, as: 'write' });
      const map = this.mapping;
      if (map && !this.readSinceMap && map.off + count <= map.len) {
        const from = map.off === 0 ? 'p' : `p + ${map.off}`;
        map.off += Math.max(0, e.ret ?? 0);
        return this.emit(e, `write(${m}, ${from}, ${count});`, 'value');
      }
      this.useBuffer(e, count);
      return this.emit(e, `write(${m}, buf, ${count});`, 'value');
    }
    if (!inst && Number.isFinite(fd) && this.badFd(e, fd, `write(${fd}, buf, ${count});`)) {
      this.useBuffer(e, count);
      return;
    }
    return this.opaque(e, this.whyOpaque(fd, inst, e.name));
  }

  /**
   * Issue 18: a writev of one or two iovecs as the program's iovec array and a writev of it (the buffer
   * holds the iovecs back to back); null for more iovecs, which stay a write of their bytes.
   */
  private writevOf(e: Extract<LogEvent, { k: 'call' }>, fd: number): string | null {
    const lens = [...(e.args[1] ?? '').matchAll(/iov_len=(\d+)/g)].map((m) => Number(m[1]));
    if (lens.length < 1 || lens.length > 2) return null;
    this.usesIov = true;
    const [l0, l1] = lens as [number, number | undefined];
    const second = l1 === undefined ? '' : ` iov[2] = buf + ${l0}; iov[3] = ${l1};`;
    return `iov[0] = buf; iov[1] = ${l0};${second} writev(${fd}, iov, ${lens.length});`;
  }

  private sendfile(e: Extract<LogEvent, { k: 'call' }>): void {
    const out = this.lookup(e, fdOf(e.args[0]), 'socket');
    const input = this.lookup(e, fdOf(e.args[1]), 'file');
    const count = parseNumber(e.args[3] ?? '');
    if (input && e.ret !== null && e.ret > 0) input.read += e.ret;
    if (out && e.ret !== null && e.ret > 0) out.written += e.ret;
    const to = this.modelFd(out);
    const from = this.modelFd(input);
    if (
      to !== null &&
      this.sendsOn(to) &&
      this.readsFrom(from, input) &&
      Number.isFinite(count) &&
      count >= 0
    ) {
      if (from === 3 && e.ret !== null && e.ret > 0) this.readFromFile += e.ret;
      return this.emit(e, `sendfile(${to}, ${from}, NULL, ${count});`, 'value');
    }
    return this.opaque(e, { code: 'opaque', key: 'name:sendfile', params: { name: e.name } });
  }

  private splice(e: Extract<LogEvent, { k: 'call' }>): void {
    const p = e.proc;
    const input = this.tables[p].get(fdOf(e.args[0]));
    const out = this.tables[p].get(fdOf(e.args[2]));
    const len = parseNumber(e.args[4] ?? '');
    if (input && e.ret !== null && e.ret > 0) input.read += e.ret;
    if (out && e.ret !== null && e.ret > 0) out.written += e.ret;
    const from = this.modelFd(input);
    const to = this.modelFd(out);
    const plain = e.args[1] === 'NULL' && e.args[3] === 'NULL' && Number.isFinite(len) && len >= 0;
    const fromFile = this.readsFrom(from, input);
    if (plain && ((fromFile && to === 6) || (from === 5 && to !== null && this.sendsOn(to)))) {
      if (from === 3 && e.ret !== null && e.ret > 0) this.readFromFile += e.ret;
      return this.emit(e, `splice(${from}, NULL, ${to}, NULL, ${len}, 0);`, 'value');
    }
    return this.opaque(e, { code: 'opaque', key: 'name:splice', params: { name: e.name } });
  }

  /** vmsplice(p[1], [{iov_base=…, iov_len=n}, …], k, flags): the buffer's bytes into the pipe (issue 17). */
  private vmsplice(e: Extract<LogEvent, { k: 'call' }>): void {
    const out = this.tables[e.proc].get(fdOf(e.args[0]));
    let len = 0;
    for (const m of e.args.join(',').matchAll(/iov_len=(\d+)/g)) len += Number(m[1]);
    if (out && e.ret !== null && e.ret > 0) out.written += e.ret;
    const flags = (e.args[e.args.length - 1] ?? '0').trim();
    if (this.modelFd(out) === 6 && /^(?:0|SPLICE_F_\w+(?:\|SPLICE_F_\w+)*)$/.test(flags)) {
      this.bufSize = Math.max(this.bufSize, Math.min(len, MAX_RW_COUNT));
      return this.emit(e, `vmsplice(6, buf, ${len}, ${flags.replace(/\|/g, ' | ')});`, 'value');
    }
    return this.opaque(e, { code: 'opaque', key: 'name:vmsplice', params: { name: e.name } });
  }

  private mmap(e: Extract<LogEvent, { k: 'call' }>): void {
    const p = e.proc;
    const [, lenText = '', prot = '', flags = '', fdText = '', off = ''] = e.args;
    const inst = this.tables[p].get(fdOf(fdText));
    const len = parseNumber(lenText);
    if (inst && Number.isFinite(len)) inst.read += len;
    const writable = /MAP_SHARED\b/.test(flags) && /^PROT_READ\|PROT_WRITE$/.test(prot.trim());
    // Issue 18: the stores into a writable shared mapping dirty the file as writes would.
    if (inst && writable && Number.isFinite(len)) inst.written += len;
    if (inst && inst === this.out && writable && parseNumber(off) === 0 && e.ret !== null && e.ret >= 0) {
      if (!this.sharedMap && len > 0) {
        this.sharedMap = { addr: e.ret, len };
        this.note(e, 'storesUnseen', 'storesUnseen', {});
        const fd = this.outFd;
        return this.emit(
          e,
          `p = mmap(NULL, ${len}, PROT_READ | PROT_WRITE, MAP_SHARED, ${fd}, 0);`,
          'success',
        );
      }
      return this.opaque(e, { code: 'mapping', key: `map:${e.line}`, params: {} });
    }
    const shared = /MAP_SHARED\b/.test(flags) && prot.trim() === 'PROT_READ' && parseNumber(off) === 0;
    if (this.modelFd(inst) === 3 && e.ret !== null && e.ret >= 0) {
      if (shared && !this.mapping && len > 0) {
        this.mapping = { addr: e.ret, len, off: 0 };
        this.readSinceMap = false;
        return this.emit(e, `p = mmap(NULL, ${len}, PROT_READ, MAP_SHARED, 3, 0);`, 'success');
      }
      return this.opaque(e, { code: 'mapping', key: `map:${e.line}`, params: {} });
    }
    return this.opaque(e);
  }

  /**
   * Issue 18: setsockopt(sock, SOL_TCP, TCP_CORK, [v], 4) on a socket the program sends on (nginx's
   * tcp_nopush) is the program's TCP_CORK; other options stay opaque.
   */
  private setsockopt(e: Extract<LogEvent, { k: 'call' }>): void {
    const [fdText, level, option, value] = e.args.map((x) => x.trim());
    const m = this.modelFd(this.tables[e.proc].get(fdOf(fdText)));
    const v = /^\[(\d+)\]$/.exec(value ?? '');
    const cork = (level === 'SOL_TCP' || level === 'IPPROTO_TCP') && option === 'TCP_CORK';
    if (m !== null && this.sendsOn(m) && cork && v && e.ret === 0)
      return this.emit(e, `cork = ${v[1]}; setsockopt(${m}, SOL_TCP, TCP_CORK, &cork, 4);`, 'value');
    return this.opaque(e);
  }

  /** msync(addr, len, flags) of the writable shared mapping (issue 18), with the log's flags. */
  private msync(e: Extract<LogEvent, { k: 'call' }>): void {
    const m = this.sharedMap;
    const addr = parseNumber(e.args[0] ?? '');
    const len = parseNumber(e.args[1] ?? '');
    const flags = (e.args[2] ?? '').trim();
    const named = /^MS_(?:SYNC|ASYNC|INVALIDATE)(?:\|MS_(?:SYNC|ASYNC|INVALIDATE))*$/.test(flags);
    if (m && this.chosen && named && addr >= m.addr && Number.isFinite(len) && len >= 0) {
      const at = addr === m.addr ? 'p' : `p + ${addr - m.addr}`;
      return this.emit(e, `msync(${at}, ${len}, ${flags.replace(/\|/g, ' | ')});`, 'value');
    }
    return this.opaque(e);
  }

  private signal(e: Extract<LogEvent, { k: 'signal' }>): void {
    if (e.signal === 'SIGCHLD') return;
    // A fault on x86-64's kernel half (from 0xffff800000000000) is rule 9's load from ring 3; one below
    // mmap_min_addr (64 KiB, a NULL pointer) faults the same way in the user half.
    if (e.signal === 'SIGSEGV' && e.addr !== null && (e.addr >= 2 ** 47 || e.addr < 65536)) {
      this.emit(e, `x = *(long *)0x${e.addr.toString(16)};`, 'none', false);
      this.procs[e.proc].ended = true;
      return;
    }
    // Inside the read-only mapping only a store faults (SEGV_ACCERR): strace shows the address, not the access.
    const m = this.mapping;
    if (e.signal === 'SIGSEGV' && e.addr !== null && m && e.addr >= m.addr && e.addr < m.addr + m.len) {
      this.emit(e, `p[${e.addr - m.addr}] = 1;`, 'none', false);
      this.procs[e.proc].ended = true;
      return;
    }
    this.note(e, 'signal', `sig:${e.line}`, {});
  }
}

function newProc(): ProcOut {
  return { before: [], after: [], forked: false, ended: false };
}

/** A return value as the program writes it: `-ENOENT` for a failure, hex where the log printed hex. */
function retLiteral(ret: number | null, text: string): string {
  if (ret === null) return '0';
  if (ret < 0) {
    const name = ERRNOS[-ret]?.name;
    return name ? `-${name}` : String(ret);
  }
  return /^0x/.test(text) ? `0x${ret.toString(16)}` : String(ret);
}
