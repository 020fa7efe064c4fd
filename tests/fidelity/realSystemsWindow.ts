// Issue 18: the data-path window of a real system's strace log, in a form the model's strace lines take too.
// Real logs (strace -f of nginx, or of the JDK program in java/RealSystems.java) are cut to one thread's
// window; each call on the served file or the client socket becomes `name(fd…, count…) = ret` with the
// file as 3 and the socket as 4 (the model's descriptors). Buffers and strings are dropped. Calls outside
// the data path (epoll, futex, mprotect, setsockopt other than TCP_CORK, close, the JVM's other threads) are left out: they are
// the intended differences listed in docs/fidelity-differences.md.

/** One call of a log, its `<unfinished …>` joined with its `<… resumed>`. */
export interface LogCall {
  readonly tid: string;
  readonly name: string;
  readonly args: string[];
  readonly ret: string;
}

/** Splits an argument list at its top-level commas (not inside "…", […], {…} or (…)). */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if ('[{('.includes(c)) depth++;
    else if (']})'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

const CALL = /^(\w+)\((.*)\)\s+=\s+(-?\w+|\?)/;

/** The calls of a `strace -f -o` log (pid-prefixed lines) or of the model's strace lines (no pid: tid ""). */
export function parseLog(text: string): LogCall[] {
  const pending = new Map<string, string>();
  const calls: LogCall[] = [];
  for (const raw of text.split('\n')) {
    const m = /^(\d+)\s+(.*)$/.exec(raw);
    const tid = m ? m[1]! : '';
    let body = m ? m[2]! : raw;
    if (body.endsWith('<unfinished ...>')) {
      pending.set(tid, body.slice(0, -'<unfinished ...>'.length).trimEnd());
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>\s?(.*)$/.exec(body);
    if (resumed) {
      const start = pending.get(tid) ?? '';
      pending.delete(tid);
      const sep = start.endsWith('(') ? '' : ' ';
      body = `${start}${sep}${resumed[1]!}`;
    }
    const c = CALL.exec(body);
    if (c) calls.push({ tid, name: c[1]!, args: splitArgs(c[2]!), ret: c[3]! });
  }
  return calls;
}

/** A writev's iovec lengths, in order: `[239, 32768]`. */
function iovLengths(iov: string): string {
  return `[${[...iov.matchAll(/iov_len=(\d+)/g)].map((m) => m[1]).join(', ')}]`;
}

/**
 * The normalised data-path calls of a window: `file` and `sock` are the log's descriptors of the served
 * file and the client socket (the model's 3 and 4); a writev keeps its iovecs' lengths.
 */
export function normaliseWindow(calls: readonly LogCall[], file: string, sock: string): string[] {
  const fd = (x: string | undefined) => (x === file ? '3' : x === sock ? '4' : null);
  const out: string[] = [];
  for (const c of calls) {
    const a = c.args;
    const ret = c.ret.startsWith('0x') ? 'ADDR' : (fd(c.ret) ?? c.ret);
    switch (c.name) {
      case 'read':
      case 'write':
        if (fd(a[0])) out.push(`${c.name}(${fd(a[0])}, ${a[2]}) = ${c.ret}`);
        break;
      case 'writev':
        if (fd(a[0])) out.push(`writev(${fd(a[0])}, ${iovLengths(a[1] ?? '')}) = ${c.ret}`);
        break;
      case 'msync':
        // RocketMQ's force(): no descriptor, in the window's own thread.
        out.push(`msync(${a[1]}, ${a[2]}) = ${c.ret}`);
        break;
      case 'setsockopt':
        // nginx's tcp_nopush: TCP_CORK set before the header, cleared after the body (other options are
        // outside the data path).
        if (fd(a[0]) && a[2] === 'TCP_CORK')
          out.push(`setsockopt(${fd(a[0])}, TCP_CORK, ${a[3]}) = ${c.ret}`);
        break;
      case 'pread64':
        if (fd(a[0])) out.push(`pread64(${fd(a[0])}, ${a[2]}, ${a[3]}) = ${c.ret}`);
        break;
      case 'sendfile':
        if (fd(a[0]) && fd(a[1])) out.push(`sendfile(${fd(a[0])}, ${fd(a[1])}, ${a[3]}) = ${c.ret}`);
        break;
      case 'mmap':
        if (fd(a[4])) out.push(`mmap(${fd(a[4])}, ${a[1]}, ${a[2]}, ${a[3]}) = ${ret}`);
        break;
      case 'accept4':
      case 'recvfrom':
        // The connection's arrival and its request: the model declares the socket (fd 4) and runs these
        // as opaque calls with the log's results.
        if (c.name === 'accept4' || fd(a[0])) out.push(`${c.name}() = ${ret}`);
        break;
      case 'openat':
      case 'newfstatat':
      case 'ftruncate':
        if (c.name === 'openat' ? fd(c.ret) : fd(a[0])) out.push(`${c.name}() = ${ret}`);
        break;
    }
  }
  return out;
}

/**
 * The model's strace lines, normalised the same way (its file is fd 3, its socket fd 4). Its opaque calls
 * print `name(...)`: recvfrom is on the socket, newfstatat and ftruncate on the file.
 */
export function normaliseModel(lines: readonly string[]): string[] {
  const OPAQUE_FD: Record<string, string> = { recvfrom: '4', newfstatat: '3', ftruncate: '3' };
  const calls = parseLog(lines.join('\n')).map((c) =>
    c.name in OPAQUE_FD ? { ...c, args: [OPAQUE_FD[c.name]!] } : c,
  );
  return normaliseWindow(calls, '3', '4');
}

/** The calls of thread `tid` strictly between the first call matching `from` and the next matching `to`. */
export function windowOf(
  calls: readonly LogCall[],
  from: (c: LogCall) => boolean,
  to: (c: LogCall) => boolean,
  inclusiveFrom = false,
): LogCall[] {
  const start = calls.findIndex(from);
  if (start < 0) return [];
  const tid = calls[start]!.tid;
  const out: LogCall[] = inclusiveFrom ? [calls[start]!] : [];
  for (const c of calls.slice(start + 1)) {
    if (c.tid !== tid) continue;
    if (to(c)) break;
    out.push(c);
  }
  return out;
}
