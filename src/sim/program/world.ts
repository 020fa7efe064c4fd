import { LAYOUTS } from '../kernel/addressSpace';
import { ANON_PFN_BASE } from '../kernel/memory';
import type { MachineState } from '../machineState';
import { DEFAULT_PARAMS, parseParam, type ParamName, type Params } from '../params';
import type { TaskInfo } from '../trace';
import { residentBufferPtes, USERBUF_PFN_BASE } from '../userBuffer';
import type { Expr, Program, Stmt } from './ast';
import { BUILTINS } from './calls';
import { PARAM_CONSTANTS } from './constants';
import { ProgramError, suggest, type Pos } from './errors';
import { statementCallOf } from './checker';
import { SocketDecls, type SocketDecl } from './socketWorld';
import { SQ_THREAD, usesSqPoll } from './uringWorld';

export const P1 = 100;
export const P2 = 101;
/** The flusher's kworker (issue 16): a kernel thread that writes back expired dirty pages. */
export const KWORKER = 42;

/** The program's user buffer: an I/O buffer of `bytes` at `addr`, or `heap` pages that fork can share. */
export interface WorldBuffer {
  readonly name: string;
  readonly addr: number;
  readonly bytes: number;
  readonly heap: boolean;
}

/** A file to read the world declares (`world file N = { size, cache, flags }`). */
export interface FileDecl {
  readonly fd: number;
  readonly size: number;
  readonly cache: 'cold' | 'warm';
  /** Opened with O_DIRECT. */
  readonly direct: boolean;
}

/** The model's files to read at most (a step names 1 + its file's slot in 3 flag bits: counters.ts F.fileShift). */
export const MAX_FILES = 4;

/** What the program's declarations say the machine holds before its first statement. */
export interface World {
  readonly params: Params;
  readonly tasks: readonly TaskInfo[];
  /** The first file to read (fd 3), if any. */
  readonly file: { readonly direct: boolean } | null;
  /**
   * Every file to read, in declaration order (a step's file slot is its index here; issue 14): the first is
   * fd 3, its size and cache the run's `file` and `cache` parameters; the others any free descriptor.
   */
  readonly files: readonly FileDecl[];
  readonly tcp: boolean;
  /** The connected TCP sockets, in declaration order (a step's socket slot is its index here). */
  readonly sockets: readonly SocketDecl[];
  readonly buffer: WorldBuffer | null;
  readonly constants: ReadonlyMap<string, number | string>;
  /** Issue 16: the file the program writes (opened O_WRONLY or O_RDWR), by fd, with its open flags. */
  readonly out: OutFileDecl | null;
  /** Issue 16: the TCP peer sends this many bytes to the socket (`world tcp 4 = { peer: F }`). */
  readonly peer: number | null;
}

export interface OutFileDecl {
  readonly fd: number;
  readonly sync: boolean;
  readonly direct: boolean;
  /** Opened O_RDWR (issue 18: a writable MAP_SHARED mapping needs a descriptor open for reading too). */
  readonly readable?: boolean;
}

/** open(2) flags on x86-64 (asm-generic/fcntl.h). */
const O_ACCMODE = 3;
const O_DSYNC = 0o10000;

type Const = number | string;

/** Evaluates a constant expression: numbers, strings, earlier constants and C macros. */
function constant(e: Expr, env: ReadonlyMap<string, Const>): Const {
  switch (e.k) {
    case 'num':
    case 'str':
      return e.v;
    case 'name': {
      const v = env.get(e.name) ?? BUILTINS[e.name];
      if (v === undefined)
        throw new ProgramError(e.pos, 'notConstant', {
          name: e.name,
          suggestion: suggest(e.name, env.keys()),
        });
      return v;
    }
    case 'unary': {
      const v = constant(e.e, env);
      if (typeof v !== 'number' || (e.op !== '-' && e.op !== '!')) {
        throw new ProgramError(e.pos, 'opNotConstant', { op: e.op });
      }
      return e.op === '-' ? -v : v ? 0 : 1;
    }
    case 'bin': {
      const l = constant(e.l, env);
      const r = constant(e.r, env);
      if (typeof l !== 'number' || typeof r !== 'number') {
        if (e.op === '==' || e.op === '!=') return (l === r) === (e.op === '==') ? 1 : 0;
        throw new ProgramError(e.pos, 'opNeedsNumbers', { op: e.op });
      }
      return arith(e.op, l, r, e.pos);
    }
    default:
      throw new ProgramError(e.pos, 'expectedConstant');
  }
}

/** The arithmetic and comparisons of the language, on numbers. */
export function arith(op: string, l: number, r: number, pos: Pos): number {
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
    case '%':
      if (r === 0) throw new ProgramError(pos, 'divisionByZero');
      return op === '/' ? Math.trunc(l / r) : l % r;
    case '<':
      return l < r ? 1 : 0;
    case '<=':
      return l <= r ? 1 : 0;
    case '>':
      return l > r ? 1 : 0;
    case '>=':
      return l >= r ? 1 : 0;
    case '==':
      return l === r ? 1 : 0;
    case '!=':
      return l !== r ? 1 : 0;
    case '&&':
      return l && r ? 1 : 0;
    case '||':
      return l || r ? 1 : 0;
    case '|':
      return Number(BigInt(Math.trunc(l)) | BigInt(Math.trunc(r)));
    default:
      throw new ProgramError(pos, 'unknownOperator', { op });
  }
}

function setParam(p: Record<string, unknown>, name: ParamName, value: Const, pos: Pos): void {
  p[name] = checkedParam(name, value, pos);
}

/** `value` checked as parameter `name` is (a size's range, a choice's values), or a problem at `pos`. */
function checkedParam(name: ParamName, value: Const, pos: Pos): Const {
  const res = parseParam(name, String(value));
  if (!res.ok) throw new ProgramError(pos, 'badParamValue', { error: res.error }, res.problem);
  return res.value as Const;
}

const FIELDS: { readonly [kind: string]: readonly string[] } = {
  file: ['size', 'cache', 'flags', 'dirty_expire'],
  tcp: ['sndbuf', 'autocork', 'peer', 'mss', 'coalesce', 'nic'],
  buffer: ['size', 'offset', 'count'],
  heap: ['pages'],
  process: [],
};

/**
 * Resolves the program's constants (the parameter constants overridden by `overrides`, i.e. flags or a
 * link) and its world declarations into the run's parameters and initial objects.
 */
export function resolveWorld(program: Program, overrides: Partial<Params>): World {
  const env = new Map<string, Const>();
  const p: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const s of program.body) {
    if (s.k !== 'const') continue;
    if (env.has(s.name)) throw new ProgramError(s.pos, 'constantTwice', { name: s.name });
    const param = PARAM_CONSTANTS[s.name];
    const given = param ? overrides[param] : undefined;
    const value = given ?? constant(s.value, env);
    if (param) setParam(p, param, value, s.value.pos);
    env.set(s.name, value);
  }
  for (const [name, param] of Object.entries(PARAM_CONSTANTS)) {
    const given = overrides[param];
    if (given !== undefined) p[param] = given;
    if (!env.has(name)) env.set(name, p[param] as Const);
  }
  let file: World['file'] = null;
  /** Files after the first: fd, the size and cache given (resolved once the parameters are known), O_DIRECT. */
  const moreFiles: { fd: number; size: number; cache: Const | undefined; direct: boolean }[] = [];
  const sockets = new SocketDecls(program);
  let buffer: { name: string; offset: number; bytes: number; heap: boolean } | null = null;
  let names: string[] = [];
  let out: OutFileDecl | null = null;
  let peer: number | null = null;
  for (const s of program.body) {
    if (s.k !== 'world') continue;
    const fields = new Map<string, Const>();
    for (const f of s.fields) {
      if (!FIELDS[s.kind]!.includes(f.key)) {
        const fields = FIELDS[s.kind]!.join(', ');
        const args = { field: f.key, kind: s.kind, fields };
        throw new ProgramError(f.pos, fields ? 'notAField' : 'notAFieldNone', args);
      }
      fields.set(f.key, constant(f.value, env));
    }
    worldDecl(s, fields, env, p, {
      file: (direct) => (file = { direct }),
      moreFiles: (f) => {
        if (moreFiles.length + 1 >= MAX_FILES)
          throw new ProgramError(s.pos, 'tooManyFiles', { max: MAX_FILES });
        moreFiles.push(f);
      },
      hasFile: () => file !== null,
      sockets,
      buffer: (b) => {
        if (buffer) throw new ProgramError(s.pos, 'bufferTwice');
        buffer = b;
      },
      names: (n) => (names = n),
      out: (o) => {
        if (out) throw new ProgramError(s.pos, 'outFileTwice');
        out = o;
      },
      peer: (bytes) => (peer = bytes),
    });
  }
  const params = Object.freeze(p) as unknown as Params;
  const first = file as World['file'];
  const files: FileDecl[] = first
    ? [
        { fd: 3, size: params.file, cache: params.cache, direct: first.direct },
        // A later file without `cache` is cold; `cache: CACHE` lets the parameter (`--cache`) set it too.
        ...moreFiles.map((f) => ({
          ...f,
          cache: f.cache === 'warm' ? ('warm' as const) : ('cold' as const),
        })),
      ]
    : [];
  const forks = program.body.some((s) => s.k === 'expr' && statementCallOf(s.e)?.name === 'fork');
  const tasks: TaskInfo[] = [{ pid: P1, name: names[0] ?? 'main' }];
  if (forks) tasks.push({ pid: P2, name: names[1] ?? 'child' });
  const o = out as OutFileDecl | null;
  if (o && !o.direct) tasks.push({ pid: KWORKER, name: 'kworker/u8:0-flush', kernel: true });
  // Issue 17: the SQPOLL thread, named as Linux names it (iou-sqp-<pid>).
  if (usesSqPoll(program, env)) tasks.push({ pid: SQ_THREAD, name: `iou-sqp-${P1}`, kernel: true });
  const b = buffer as { name: string; offset: number; bytes: number; heap: boolean } | null;
  return {
    params,
    tasks,
    file,
    files,
    tcp: sockets.list.length > 0,
    sockets: sockets.resolved(params.sndbuf),
    buffer: b
      ? { name: b.name, addr: LAYOUTS[params.arch].userBuf + b.offset, bytes: b.bytes, heap: b.heap }
      : null,
    constants: env,
    out,
    peer,
  };
}

interface Sinks {
  file(direct: boolean): void;
  /** A file to read after the first (issue 14). */
  moreFiles(f: { fd: number; size: number; cache: Const | undefined; direct: boolean }): void;
  hasFile(): boolean;
  readonly sockets: SocketDecls;
  buffer(b: { name: string; offset: number; bytes: number; heap: boolean }): void;
  names(n: string[]): void;
  out(o: OutFileDecl): void;
  peer(bytes: number): void;
}

function worldDecl(
  s: Extract<Stmt, { k: 'world' }>,
  fields: Map<string, Const>,
  env: Map<string, Const>,
  p: Record<string, unknown>,
  sink: Sinks,
): void {
  const target = s.target[0]!;
  const need = (key: string): Const => {
    const v = fields.get(key);
    if (v === undefined) throw new ProgramError(s.pos, 'worldNeedsField', { kind: s.kind, field: key });
    return v;
  };
  switch (s.kind) {
    case 'file': {
      const fd = constant(target, env);
      const flags = fields.get('flags') ?? 0;
      if (typeof flags === 'number' && (flags & O_ACCMODE) !== 0) {
        outFileDecl(s, fd, flags, fields, p, sink);
        return;
      }
      const direct = typeof flags === 'number' && (flags & BUILTINS.O_DIRECT!) !== 0;
      if (sink.hasFile()) {
        // Issue 14: another file to read, on any free descriptor; its size and cache checked like the first's.
        const claimed = sink.sockets.claim(fd, target.pos);
        const size = checkedParam('file', need('size'), s.pos) as number;
        const cache = fields.has('cache') ? checkedParam('cache', fields.get('cache')!, s.pos) : undefined;
        sink.moreFiles({ fd: claimed, size, cache, direct });
        return;
      }
      if (fd !== 3) throw new ProgramError(target.pos, 'fileIsFd3');
      sink.sockets.claim(fd, target.pos);
      setParam(p, 'file', need('size'), s.pos);
      if (fields.has('cache')) setParam(p, 'cache', fields.get('cache')!, s.pos);
      sink.file(direct);
      return;
    }
    case 'tcp': {
      const fd = sink.sockets.claim(constant(target, env), target.pos);
      if (!sink.sockets.add(fd, fields, s.pos).first) {
        if (fields.has('peer')) {
          setParam(p, 'file', fields.get('peer')!, s.pos);
          sink.peer(p.file as number);
        }
        return;
      }
      if (fields.has('sndbuf')) setParam(p, 'sndbuf', fields.get('sndbuf')!, s.pos);
      if (fields.has('autocork')) setParam(p, 'autocork', fields.get('autocork')!, s.pos);
      if (fields.has('mss')) setParam(p, 'mss', fields.get('mss')!, s.pos);
      if (fields.has('coalesce')) setParam(p, 'coalesce', fields.get('coalesce')!, s.pos);
      if (fields.has('nic')) setParam(p, 'nic', fields.get('nic')!, s.pos);
      if (fields.has('peer')) {
        setParam(p, 'file', fields.get('peer')!, s.pos);
        sink.peer(p.file as number);
      }
      return;
    }
    case 'buffer':
    case 'heap': {
      if (target.k !== 'name') throw new ProgramError(target.pos, 'bufferName', { kind: s.kind });
      if (s.kind === 'heap') {
        setParam(p, 'pages', need('pages'), s.pos);
        const pages = p.pages as number;
        sink.buffer({ name: target.name, offset: 0, bytes: pages * (p.page as number), heap: true });
        return;
      }
      setParam(p, 'buf', need('size'), s.pos);
      const offset = fields.get('offset') ?? 0;
      setParam(p, 'bufoff', offset, s.pos);
      if ((p.bufoff as number) >= (p.page as number)) {
        throw new ProgramError(s.pos, 'offsetBelowPage', { page: String(p.page) });
      }
      // Issue 17: `count` buffers of `size` bytes back to back (io_uring's requests in flight, MSG_ZEROCOPY's data).
      const count = fields.get('count') ?? 1;
      if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1 || count > 1 << 20)
        throw new ProgramError(s.pos, 'bufferCount');
      const bytes = (p.buf as number) * count;
      sink.buffer({ name: target.name, offset: p.bufoff as number, bytes, heap: false });
      return;
    }
    case 'process':
      sink.names(
        s.target.map((t) => {
          if (t.k !== 'str') throw new ProgramError(t.pos, 'processName');
          return t.v.slice(0, 32);
        }),
      );
  }
}

/** `world file N = { flags: O_WRONLY | … }`: the file the program writes, empty at the start. */
function outFileDecl(
  s: Extract<Stmt, { k: 'world' }>,
  fd: Const,
  flags: number,
  fields: Map<string, Const>,
  p: Record<string, unknown>,
  sink: Sinks,
): void {
  if (fd !== 3 && fd !== 4) throw new ProgramError(s.pos, 'outFileFd');
  sink.sockets.claim(fd, s.target[0]!.pos);
  if (fields.has('size') || fields.has('cache')) throw new ProgramError(s.pos, 'outFileNoSize');
  if (fields.has('dirty_expire')) setParam(p, 'expire', fields.get('dirty_expire')!, s.pos);
  sink.out({
    fd,
    sync: (flags & O_DSYNC) !== 0,
    direct: (flags & BUILTINS.O_DIRECT!) !== 0,
    readable: (flags & 3) === BUILTINS.O_RDWR,
  });
}

/** The machine before the first step: the warm file's pages, the buffer's resident pages. */
export function setUpMachine(m: MachineState, world: World): void {
  const p = world.params;
  const fds = world.sockets.map((sock) => sock.fd);
  if (fds.length > 1 || (fds.length === 1 && fds[0] !== 4)) {
    m.socketFds = fds;
    m.socketSndbufs = world.sockets.map((sock) => sock.sndbuf);
    m.moreQueues = fds.slice(1).map(() => ({ from: 0, to: 0, skbs: 0, ref: false }));
  }
  if (p.cache === 'warm') m.cached.push([0, Math.ceil(p.file / p.page) - 1]);
  // Several files to read (issue 14): each its own pages, the warm ones fully cached.
  if (world.files.length > 1) {
    m.fileFds = world.files.map((f) => f.fd);
    m.fileSizes = world.files.map((f) => f.size);
    m.moreFiles = world.files.slice(1).map((f) => ({
      cached: f.cache === 'warm' ? [[0, Math.ceil(f.size / p.page) - 1] as [number, number]] : [],
      locked: null,
    }));
  }
  // The flusher's kworker exists from the start, asleep until its timer fires.
  const kworker = m.tasks.find((t) => t.pid === KWORKER);
  if (kworker) kworker.state = 'blocked';
  const b = world.buffer;
  const task = m.tasks[0];
  if (!b || !task) return;
  if (!b.heap) {
    task.ptes.push(residentBufferPtes({ addr: b.addr, bytes: b.bytes }, p.page, USERBUF_PFN_BASE));
    return;
  }
  // Heap pages: one frame each with its own reference count, so fork can share them page by page.
  const vpn0 = b.addr / p.page;
  for (let i = 0; i < p.pages; i++) {
    task.ptes.push({
      vpn: vpn0 + i,
      count: 1,
      pfn: ANON_PFN_BASE + i,
      writable: true,
      user: true,
      // Resident because the program wrote them: the MMU has set Accessed and Dirty.
      accessed: true,
      dirty: true,
      backing: 'anon',
      page: i,
    });
    m.anon.push({ pfn: ANON_PFN_BASE + i, refcount: 1, page: i, version: 'orig' });
  }
}
