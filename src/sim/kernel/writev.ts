import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import type { Kernel } from './kernel';

/** One iovec of a writev from the buffer: its offset in the buffer, its length, and the bytes' file origin. */
export interface IoSegment {
  readonly off: number;
  readonly len: number;
  readonly origin: number;
}

/**
 * Issue 18: writev(4, iov, iovcnt) to the socket (fs/read_write.c: do_writev → import_iovec → vfs_writev →
 * sock_write_iter → tcp_sendmsg): one system call whose iov_iter walks the segments in order, so the CPU
 * copies them into the socket's skbs as one stream — one copy counted for the call, as for a write() of the
 * same bytes (for the machine view, the file offsets are the last segment's, the earlier ones just before). The enter step keeps, for the strace line, the bytes asked for (a), the first
 * segment's offset and length (b, c) and the second's offset (n; −1 with one iovec).
 */
export function sysWritevSocket(k: Kernel, segs: readonly IoSegment[]): number {
  const sum = segs.reduce((n, s) => n + s.len, 0);
  const total = Math.min(sum, MAX_RW_COUNT);
  k.syscallEnter(S.vec.writev.enter, sum, segs[0]?.off ?? 0, segs[0]?.len ?? 0, segs[1]?.off ?? -1);
  // tcp_sendmsg fills its skbs from the iov_iter as one stream: skb boundaries ignore iovec boundaries.
  const call = { linearize: false, copyCounted: false };
  // The stream's file origin: the last iovec's bytes (nginx's body) keep their own file offsets.
  const last = segs[segs.length - 1]!;
  const origin = last.origin - (sum - last.len);
  if (total > 0) k.sock.send({ site: S.copy.userToSkb, frags: false }, origin, total, call);
  k.syscallExit(S.vec.writev.exit, total, sum);
  return total;
}

/**
 * Issue 18: setsockopt(fd, SOL_TCP, TCP_CORK, [on], 4), nginx's tcp_nopush (net/ipv4/tcp.c:
 * do_tcp_setsockopt → __tcp_sock_set_cork). Set, the socket holds partial segments; cleared, it pushes what
 * waits (tcp_push_pending_frames) before the call returns. The enter step keeps the value in a.
 */
export function sysSetCork(k: Kernel, on: boolean): number {
  const site = on ? S.cork.set : S.cork.clear;
  k.syscallEnter(site.enter, on ? 1 : 0);
  k.sock.setCork(on);
  k.syscallExit(site.exit, 0, on ? 1 : 0);
  return 0;
}
