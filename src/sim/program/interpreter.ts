import type { Kernel } from '../kernel/kernel';
import { LAYOUTS } from '../kernel/addressSpace';
import { S } from '../sites';
import type { Expr, Program, Stmt } from './ast';
import { ARCH_NAMES, BUILTINS } from './calls';
import { statementCallOf } from './checker';
import { ProgramError, type Pos } from './errors';
import { Killed, MachineCalls } from './machineCalls';
import { arith, P2, type World } from './world';

type Value = number | string | number[];

interface Proc {
  readonly pid: number;
  readonly vars: Map<string, Value>;
  /** The program line (0-based) the process is at: the trace's `line` of its steps. */
  line: number;
  state: 'new' | 'running' | 'waiting' | 'done' | 'killed';
  /** Where a forked child starts: the statements after the fork, and the fork's line. */
  readonly start: { readonly body: readonly Stmt[]; readonly from: number; readonly forkLine: number | null };
  readonly parent: Proc | null;
}

class Exit {
  /** `raw`: exit_group(), whose system call is already made (exit() makes it as the process ends). */
  constructor(
    readonly status: number,
    readonly raw = false,
  ) {}
}
class Break {}
class Continue {}

export interface RunLimits {
  /** Statements and loop tests the interpreter may run (a loop with no system call still ends). */
  readonly maxOps: number;
}

/**
 * Runs a checked program against the kernel: statements in order, every call through MachineCalls, one
 * process at a time (fork's child runs when its parent waits or ends). Marks each step with the program
 * line that made it and each loop iteration's first step.
 */
export class Interpreter {
  private readonly calls: MachineCalls;
  private readonly procs: Proc[] = [];
  private cur!: Proc;
  private ops = 0;
  private iterationPending = false;
  /** Where the latest kernel operation was called: a step-limit stop is reported there. */
  at: Pos = { line: 1, col: 1 };

  constructor(
    private readonly k: Kernel,
    private readonly program: Program,
    private readonly world: World,
    private readonly limits: RunLimits,
    nextAnonPfn: number,
  ) {
    this.calls = new MachineCalls(k, world, nextAnonPfn);
  }

  run(): void {
    const main: Proc = {
      pid: this.k.cur,
      vars: new Map(),
      line: 0,
      state: 'new',
      start: { body: this.program.body, from: 0, forkLine: null },
      parent: null,
    };
    this.procs.push(main);
    this.cur = main;
    this.live(main);
    // A child the parent never waited for runs once the parent has ended.
    const child = this.procs.find((p) => p.state === 'new');
    if (child) this.switchTo(child);
  }

  private switchTo(next: Proc): void {
    this.k.switchTo(next.pid);
    this.cur = next;
    this.k.trace.line = next.line;
    if (next.state === 'new') this.live(next);
  }

  /**
   * A process's whole life: its statements, then its exit (a child tells its parent: SIGCHLD, and wakes it
   * if it waits). The model's two processes never run side by side: the child runs while its parent waits
   * in waitpid, or after the parent has ended.
   */
  private live(proc: Proc): void {
    const k = this.k;
    const { body, from, forkLine } = proc.start;
    proc.state = 'running';
    let status = 0;
    let killed = false;
    let raw = false;
    try {
      if (forkLine !== null) {
        this.setLine(forkLine);
        k.syscallExit(S.task.retFromFork, 0);
      }
      this.body(body, from, true);
    } catch (e) {
      if (e instanceof Exit) {
        status = e.status;
        raw = e.raw;
      } else if (e instanceof Killed) killed = true;
      else throw e;
    }
    proc.state = killed ? 'killed' : 'done';
    const parent = proc.parent;
    // The first process's exit() ends the program without a step; its exit_group() is shown like a child's.
    if (!parent && !raw) return;
    if (!killed) {
      if (!raw) k.syscallEnter(S.sys.exitGroup.enter, status);
      k.cpu(S.task.exited, { a: status }, k.cost.syscallWork);
    }
    if (!parent) return;
    k.cpu(S.task.sigchld, { task: parent.pid, a: 17 }, k.cost.syscallWork);
    if (parent.state === 'waiting') k.cpu(S.sched.wakeChild, { task: parent.pid }, k.cost.syscallWork);
  }

  private setLine(pos: Pos | number): void {
    const line = typeof pos === 'number' ? pos : pos.line - 1;
    this.cur.line = line;
    this.k.trace.line = line;
  }

  private tick(pos: Pos): void {
    if (++this.ops > this.limits.maxOps) {
      throw new ProgramError(pos, 'opCap', { max: this.limits.maxOps });
    }
  }

  /** Before every kernel operation: a pending loop iteration starts here, and the step cap holds. */
  private kernelOp(pos: Pos): void {
    if (this.iterationPending) {
      this.iterationPending = false;
      this.k.trace.beginIteration();
    }
    this.at = pos;
  }

  private body(stmts: readonly Stmt[], from: number, top: boolean): void {
    for (let i = from; i < stmts.length; i++) {
      const s = stmts[i]!;
      const call = top && s.k === 'expr' ? statementCallOf(s.e) : undefined;
      if (call?.name === 'fork') {
        this.fork(s, call, stmts, i);
        continue;
      }
      this.stmt(s);
    }
  }

  private fork(s: Stmt, call: Extract<Expr, { k: 'call' }>, stmts: readonly Stmt[], i: number): void {
    const k = this.k;
    this.tick(s.pos);
    this.setLine(s.pos);
    this.kernelOp(call.pos);
    if (this.procs.length > 1) throw new ProgramError(call.pos, 'notModelled.secondFork');
    k.syscallEnter(S.sys.clone.enter);
    k.cpu(S.mm.forkCopy, { a: P2, b: k.p.pages }, k.cost.forkWork);
    k.cpu(S.mm.tlbFlushAll, { a: 0, b: -1 }, k.cost.tlbFlush);
    k.syscallExit(S.sys.clone.exit, P2);
    this.calls.forked(this.cur.pid, P2);
    const target = s.k === 'expr' && s.e.k === 'assign' && s.e.target.k === 'name' ? s.e.target.name : null;
    const vars = new Map(this.cur.vars);
    if (target) {
      vars.set(target, 0);
      this.cur.vars.set(target, P2);
    }
    const line = s.pos.line - 1;
    const start = { body: stmts, from: i + 1, forkLine: line };
    this.procs.push({ pid: P2, vars, line, state: 'new', start, parent: this.cur });
  }

  private stmt(s: Stmt): void {
    this.tick(s.pos);
    switch (s.k) {
      case 'empty':
      case 'const':
      case 'world':
        return;
      case 'block':
        for (const x of s.body) this.stmt(x);
        return;
      case 'array':
        this.setLine(s.pos);
        this.cur.vars.set(s.name, new Array<number>(Math.max(0, Math.min(64, this.num(s.size)))).fill(0));
        return;
      case 'expr': {
        this.setLine(s.pos);
        const call = statementCallOf(s.e);
        if (call?.name === 'waitpid') {
          const pid = this.waitpid(call);
          if (s.e.k === 'assign' && s.e.target.k === 'name') this.cur.vars.set(s.e.target.name, pid);
          return;
        }
        if (call?.name === 'exit') throw new Exit(this.num(call.args[0]!));
        if (call?.name === 'exit_group') {
          const status = this.num(call.args[0]!);
          this.kernelOp(call.pos);
          this.calls.exitGroup(status);
          throw new Exit(status, true);
        }
        if (call?.name === 'fork') throw new ProgramError(call.pos, 'forkNotTopShort');
        this.eval(s.e);
        return;
      }
      case 'if':
        this.setLine(s.pos);
        if (this.truthy(s.cond)) this.stmt(s.then);
        else if (s.else) this.stmt(s.else);
        return;
      case 'break':
        this.setLine(s.pos);
        throw new Break();
      case 'continue':
        this.setLine(s.pos);
        throw new Continue();
      case 'while':
      case 'do':
      case 'for':
        this.loop(s);
    }
  }

  private loop(s: Extract<Stmt, { k: 'while' | 'do' | 'for' }>): void {
    this.setLine(s.pos);
    if (s.k === 'for' && s.init) this.eval(s.init);
    const cond = s.k === 'for' ? s.cond : s.cond;
    const condCalls = cond !== undefined && hasCall(cond);
    let first = true;
    try {
      for (;;) {
        this.tick(s.pos);
        this.iterationPending = true;
        if (cond && !(s.k === 'do' && first)) {
          if (condCalls) this.setLine(s.pos);
          if (!this.truthy(cond)) break;
        }
        first = false;
        try {
          this.stmt(s.body);
        } catch (e) {
          if (e instanceof Break) break;
          if (!(e instanceof Continue)) throw e;
        }
        if (s.k === 'for' && s.step) this.eval(s.step);
      }
    } finally {
      this.iterationPending = false;
    }
  }

  private waitpid(call: Extract<Expr, { k: 'call' }>): number {
    const k = this.k;
    const pid = this.num(call.args[0]!);
    this.kernelOp(call.pos);
    const child = this.procs.find((p) => p.parent === this.cur && (pid === -1 || p.pid === pid));
    if (!child) throw new ProgramError(call.pos, 'notModelled.noChild', { pid: String(pid) });
    k.syscallEnter(S.sys.wait4.enter, child.pid);
    if (child.state === 'new') {
      const parent = this.cur;
      k.cpu(S.sched.blockWait, {}, 0);
      // The parent sleeps; the child runs to its end and wakes it.
      parent.state = 'waiting';
      this.switchTo(child);
      parent.state = 'running';
      this.switchTo(parent);
      this.setLine(call.pos);
    }
    k.syscallExit(S.sys.wait4.exit, child.pid, child.pid);
    return child.pid;
  }

  private truthy(e: Expr): boolean {
    const v = this.eval(e);
    return typeof v === 'number' ? v !== 0 : true;
  }

  private num(e: Expr): number {
    const v = this.eval(e);
    if (typeof v !== 'number')
      throw new ProgramError(e.pos, typeof v === 'string' ? 'numberFoundString' : 'numberFoundArray');
    return v;
  }

  private read(name: string, pos: Pos): Value {
    const v = this.cur.vars.get(name) ?? this.world.constants.get(name) ?? BUILTINS[name];
    if (v !== undefined) return v;
    if ((ARCH_NAMES as readonly string[]).includes(name)) return LAYOUTS[this.k.p.arch].kernelProbe;
    if (this.world.buffer?.name === name) return this.world.buffer.addr;
    throw new ProgramError(pos, 'usedBeforeValue', { name });
  }

  private eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
      case 'str':
        return e.v;
      case 'name':
        return this.read(e.name, e.pos);
      case 'unary':
        if (e.op === '*') {
          this.kernelOp(e.pos);
          return this.calls.load(this.num(e.e), e.pos);
        }
        if (e.op === '&') return this.eval(e.e);
        return e.op === '-' ? -this.num(e.e) : this.truthy(e.e) ? 0 : 1;
      case 'bin': {
        if (e.op === '&&') return this.truthy(e.l) && this.truthy(e.r) ? 1 : 0;
        if (e.op === '||') return this.truthy(e.l) || this.truthy(e.r) ? 1 : 0;
        const l = this.eval(e.l);
        const r = this.eval(e.r);
        if (typeof l !== 'number' || typeof r !== 'number') {
          if (e.op === '==' || e.op === '!=') return (l === r) === (e.op === '==') ? 1 : 0;
          throw new ProgramError(e.pos, 'opNeedsNumbers', { op: e.op });
        }
        return arith(e.op, l, r, e.pos);
      }
      case 'index': {
        const base = this.eval(e.base);
        const i = this.num(e.index);
        if (Array.isArray(base)) {
          if (i < 0 || i >= base.length)
            throw new ProgramError(e.index.pos, 'indexOutside', {
              index: String(i),
              last: String(base.length - 1),
            });
          return base[i]!;
        }
        if (typeof base !== 'number') throw new ProgramError(e.pos, 'notIndexable');
        this.kernelOp(e.pos);
        return this.calls.load(base + i, e.pos);
      }
      case 'assign':
        return this.assign(e);
      case 'call':
        return this.call(e);
    }
  }

  private assign(e: Extract<Expr, { k: 'assign' }>): Value {
    const t = e.target;
    if (t.k === 'name') {
      let v = this.eval(e.value);
      if (e.op !== '=') {
        const old = this.read(t.name, t.pos);
        if (typeof old !== 'number' || typeof v !== 'number')
          throw new ProgramError(e.pos, 'opNeedsNumbers', { op: e.op });
        v = e.op === '+=' ? old + v : old - v;
      }
      this.cur.vars.set(t.name, v);
      return v;
    }
    const v = this.num(e.value);
    if (t.k === 'index') {
      const base = this.eval(t.base);
      const i = this.num(t.index);
      if (Array.isArray(base)) {
        if (i < 0 || i >= base.length)
          throw new ProgramError(t.index.pos, 'indexOutside', {
            index: String(i),
            last: String(base.length - 1),
          });
        base[i] = v;
        return v;
      }
      if (typeof base !== 'number') throw new ProgramError(t.pos, 'notIndexable');
      this.kernelOp(e.pos);
      this.calls.store(base + i, e.pos);
      return v;
    }
    if (t.k === 'unary') {
      const addr = this.num(t.e);
      this.kernelOp(e.pos);
      this.calls.store(addr, e.pos);
      return v;
    }
    throw new ProgramError(e.pos, 'cannotAssign');
  }

  private call(e: Extract<Expr, { k: 'call' }>): Value {
    const a = e.args;
    switch (e.name) {
      case 'min':
        return Math.min(this.num(a[0]!), this.num(a[1]!));
      case 'max':
        return Math.max(this.num(a[0]!), this.num(a[1]!));
      case 'perror':
        return 0;
      case 'pipe2': {
        this.kernelOp(e.pos);
        const fds = this.calls.pipe2(e.pos);
        if (a[0]!.k !== 'name') throw new ProgramError(a[0]!.pos, 'pipe2Array');
        this.cur.vars.set(a[0]!.name, fds);
        return 0;
      }
      case 'fork':
      case 'waitpid':
      case 'exit':
      case 'exit_group':
        throw new ProgramError(e.pos, 'callStatementOnly', { name: e.name });
      case 'recvmsg': {
        // Issue 17: recvmsg(4, msg, MSG_ERRQUEUE) fills the array msg with the notification's fields.
        const fd = this.num(a[0]!);
        const flags = this.num(a[2]!);
        if (a[1]!.k !== 'name') throw new ProgramError(a[1]!.pos, 'recvmsgArray');
        this.kernelOp(e.pos);
        const r = this.calls.uring.recvErr(fd, flags, e.pos);
        this.cur.vars.set(a[1]!.name, r.msg);
        return this.failed(r.ret);
      }
      case 'writev': {
        // Issue 18: iov is an array of iov_base, iov_len pairs (the program's struct iovec array).
        if (a[1]!.k !== 'name') throw new ProgramError(a[1]!.pos, 'writevIovName');
        const iov = this.read(a[1]!.name, a[1]!.pos);
        if (!Array.isArray(iov)) throw new ProgramError(a[1]!.pos, 'writevIovArray');
        const fd = this.num(a[0]!);
        const cnt = this.num(a[2]!);
        this.kernelOp(e.pos);
        return this.failed(this.calls.writev(fd, iov, cnt, e.pos));
      }
      case 'syscall': {
        // The checker made sure the name is a string naming a Linux system call.
        const name = a[0]!.k === 'str' ? a[0]!.v : '';
        const ret = this.num(a[1]!);
        this.kernelOp(e.pos);
        return this.failed(this.calls.opaque(name, ret));
      }
    }
    const args = a.map((x) => this.num(x));
    this.kernelOp(e.pos);
    const c = this.calls;
    let ret: number;
    switch (e.name) {
      case 'read':
        ret = c.read(args[0]!, args[1]!, args[2]!, e.pos);
        break;
      case 'write':
        ret = c.write(args[0]!, args[1]!, args[2]!, e.pos);
        break;
      // Issue 18: pread64 at an offset; memcpy is a user-mode copy (no system call, returns dest).
      case 'pread64':
        ret = c.pread64(args[0]!, args[1]!, args[2]!, args[3]!, e.pos);
        break;
      case 'memcpy':
        return c.memcpy(args[0]!, args[1]!, args[2]!, e.pos);
      case 'msync':
        ret = c.msync(args[0]!, args[1]!, args[2]!, e.pos);
        break;
      case 'sendfile':
        ret = c.sendfile(args[0]!, args[1]!, args[2]!, args[3]!, e.pos);
        break;
      case 'splice':
        if (args[1] !== 0 || args[3] !== 0) throw new ProgramError(e.pos, 'notModelled.spliceOffsets');
        ret = c.splice(args[0]!, args[2]!, args[4]!, e.pos);
        break;
      case 'mmap':
        ret = c.mmap(args, e.pos);
        break;
      case 'munmap':
        ret = c.munmap(args[0]!, args[1]!, e.pos);
        break;
      case 'getpid':
        ret = c.getpid();
        break;
      case 'close':
        ret = c.close(args[0]!);
        break;
      case 'lseek':
        ret = c.lseek(args[0]!, args[1]!, args[2]!, e.pos);
        break;
      // Issue 16: receiving and writing files (program/ioCalls.ts).
      case 'recv':
      case 'recvfrom':
        if (e.name === 'recvfrom' && (args[4] !== 0 || args[5] !== 0))
          throw new ProgramError(e.pos, 'notModelled.recvfromAddress');
        ret = c.io.recv(args[0]!, args[1]!, args[2]!, args[3]!, e.pos);
        break;
      case 'fsync':
      case 'fdatasync':
        ret = c.io.fsync(args[0]!, e.name === 'fdatasync', e.pos);
        break;
      case 'sync_file_range':
        ret = c.io.syncFileRange(args[0]!, args[1]!, args[2]!, args[3]!, e.pos);
        break;
      // Issue 17 (program/kernelCopyCalls.ts).
      case 'copy_file_range':
        if (args[1] !== 0 || args[3] !== 0 || args[5] !== 0)
          throw new ProgramError(e.pos, 'notModelled.copyFileRangeArgs');
        ret = c.copyFileRange(args[0]!, args[2]!, args[4]!, e.pos);
        break;
      case 'vmsplice':
        ret = c.vmsplice(args[0]!, args[1]!, args[2]!, args[3]!, e.pos);
        break;
      default:
        ret = this.uringCall(e, args);
    }
    return this.failed(ret);
  }

  /** Issue 17's calls: io_uring and MSG_ZEROCOPY (program/uringCalls.ts). */
  private uringCall(e: Extract<Expr, { k: 'call' }>, args: number[]): number {
    const u = this.calls.uring;
    const [a0, a1, a2, a3, a4, a5] = args as [number, number, number, number, number, number];
    switch (e.name) {
      case 'io_uring_setup':
        return u.setup(a0, a1, e.pos);
      case 'io_uring_enter':
        if (a4 !== 0) throw new ProgramError(e.pos, 'notModelled.enterSigmask');
        return u.enter(a0, a1, a2, a3, e.pos);
      case 'io_uring_get_sqe':
        return u.getSqe(a0, e.pos);
      case 'io_uring_prep_read':
        return u.prep('read', a0, a1, a2, a3, a4, e.pos);
      case 'io_uring_prep_send':
        return u.prep('send', a0, a1, a2, a3, a4, e.pos);
      case 'io_uring_prep_send_zc':
        if (a5 !== 0) throw new ProgramError(e.pos, 'notModelled.sendZcFlags');
        return u.prep('send_zc', a0, a1, a2, a3, a4, e.pos);
      case 'io_uring_sqe_set_flags':
        return u.setFlags(a0, a1, e.pos);
      case 'io_uring_submit':
        return u.submit(a0, e.pos);
      case 'io_uring_submit_and_wait':
        return u.submitAndWait(a0, a1, e.pos);
      case 'io_uring_cq_ready':
        return u.cqReady(a0, e.pos);
      case 'io_uring_cq_advance':
        return u.cqAdvance(a0, a1, e.pos);
      case 'setsockopt':
        // SOL_TCP's TCP_CORK (nginx's tcp_nopush) works on any of the world's sockets; SO_ZEROCOPY on fd 4.
        if (a1 === BUILTINS.SOL_TCP) return this.calls.setsockoptTcp(a0, a2, a3, e.pos);
        return u.setsockopt(a0, a1, a2, a3, e.pos);
      case 'send':
        return u.send(a0, a1, a2, a3, e.pos);
      case 'poll':
        return u.poll(a0, a1, a2, e.pos);
      default:
        throw new ProgramError(e.pos, 'unknownCall', { name: e.name, suggestion: '' });
    }
  }

  /** C's convention: -1 and errno on failure (the trace keeps the kernel's -errno). */
  private failed(ret: number): number {
    if (ret < 0) {
      this.cur.vars.set('errno', -ret);
      return -1;
    }
    return ret;
  }
}

function hasCall(e: Expr): boolean {
  switch (e.k) {
    case 'call':
      return true;
    case 'unary':
      return e.op === '*' || hasCall(e.e);
    case 'bin':
      return hasCall(e.l) || hasCall(e.r);
    case 'assign':
      return hasCall(e.value) || hasCall(e.target);
    case 'index':
      return true;
    default:
      return false;
  }
}
