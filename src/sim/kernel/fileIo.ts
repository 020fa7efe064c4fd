import { firstMissing } from '../machineState';
import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import { diskRead } from './devices';
import type { SendCall } from './socket';
import type { Kernel } from './kernel';
import { linuxEnsureCached } from './linuxRead';

export const EINVAL = 22;
export const ENOMEM = 12;

/**
 * Pages [first, last] holding bytes [pos, pos + len). Bytes before offset 0 are no file's (writev's header in
 * front of nginx's body): they name no page.
 */
export function pageSpan(k: Kernel, pos: number, len: number): { first: number; last: number } {
  const last = Math.max(0, Math.floor((pos + Math.max(len, 1) - 1) / k.p.page));
  return { first: Math.min(last, Math.max(0, Math.floor(pos / k.p.page))), last };
}

/**
 * Rule 1: a page-cache miss issues one disk request from the first missing page through
 * max(last page of the range, first missing + ra − 1), clipped at EOF; the task blocks until it completes.
 * mm/readahead.c: page_cache_sync_ra (the model reads `ra` pages at once; see DESIGN §5). With `ra=linux`,
 * Linux's own windows and marks (kernel/linuxRead.ts).
 */
export function ensureCached(k: Kernel, first: number, last: number): void {
  if (k.p.ra === 'linux') return linuxEnsureCached(k, first, last);
  const miss = firstMissing(k.cache.cached, first, last);
  if (miss < 0) return;
  const end = Math.min(Math.max(last, miss + k.p.ra - 1), k.pagesInFile - 1);
  const pages = end - miss + 1;
  k.cpu(S.mm.pcAlloc, { a: miss, b: end, n: pages }, k.cost.pageAlloc);
  const io = diskRead(k, false, { bytes: pages * k.p.page, first: miss, last: end, offset: miss * k.p.page });
  k.block(S.sched.blockDisk, () => io.done);
}

function copyCost(k: Kernel, bytes: number): number {
  return k.cost.copyBase + bytes * k.cost.copyPerByte;
}

/** Rule 2: read(3, buf, count) — or pread64 (`sys`) — at file position `pos`. Returns the byte count (0 at EOF). */
export function sysRead(
  k: Kernel,
  count: number,
  pos: number,
  sys: { enter: number; exit: number } = S.sys.read,
): number {
  k.syscallEnter(sys.enter, count, sys === S.sys.read ? 0 : pos);
  const ret = Math.max(0, Math.min(count, k.file.size - pos, MAX_RW_COUNT));
  if (ret > 0) {
    const { first, last } = pageSpan(k, pos, ret);
    ensureCached(k, first, last);
    k.cpuN(S.copy.pcToUser, copyCost(k, ret), ret, first, last, pos);
  }
  // pread64 (issue 18) records its offset in the exit's b, for its strace line.
  k.syscallExit(sys.exit, ret, count, sys === S.sys.read ? 0 : pos);
  return ret;
}

/**
 * Rule 3: write(4, src, count) to the TCP socket: the CPU copies the bytes into linear skb data (one copy,
 * in skbs of at most 64 KiB, rule 10); each skb is one NIC DMA and one TX-completion IRQ. `copySite` says
 * where the bytes come from (the user buffer, or an mmap'd file, whose pages `beforeChunk` faults in).
 */
export function sysWriteSocket(
  k: Kernel,
  count: number,
  pos: number,
  copySite: number,
  beforeChunk?: (offset: number, bytes: number) => void,
): number {
  k.syscallEnter(S.sys.write.enter, count);
  const ret = Math.min(count, MAX_RW_COUNT);
  const call = { linearize: false, copyCounted: false };
  k.sock.send({ site: copySite, frags: false, ...(beforeChunk ? { beforeChunk } : {}) }, pos, ret, call);
  k.syscallExit(S.sys.write.exit, ret, count);
  return ret;
}

/**
 * Sends [pos, pos+len), which sits in the page cache, as page references (MSG_SPLICE_PAGES): every TCP
 * socket has NETIF_F_SG through GSO, so no copy here; a NIC without SG gets a linearised copy at transmit.
 */
function sendCached(k: Kernel, pos: number, len: number, refSite: number, call: SendCall): void {
  k.sock.send({ site: refSite, frags: true }, pos, len, call);
}

function newCall(k: Kernel): SendCall {
  return { linearize: k.p.sg === 'off', copyCounted: false };
}

/** pipe(7): a pipe holds 16 buffers, each a reference to (part of) one page. */
export const PIPE_BUFFERS = 16;

/**
 * Rule 4: sendfile(4, 3, NULL, count) from file position `pos`. splice_direct_to_actor moves the data
 * through the task's internal pipe in rounds of at most 16 pages, each applying rule 1 to its own range.
 */
export function sysSendfile(k: Kernel, count: number, pos: number): number {
  k.syscallEnter(S.sys.sendfile.enter, count);
  const ret = Math.max(0, Math.min(count, k.file.size - pos, MAX_RW_COUNT));
  const round = PIPE_BUFFERS * k.p.page;
  const call = newCall(k);
  for (let done = 0; done < ret;) {
    const at = pos + done;
    // A round ends at a page boundary: the pipe holds whole pages (the first may be partial).
    const len = Math.min(ret - done, round - (at % k.p.page));
    const { first, last } = pageSpan(k, at, len);
    ensureCached(k, first, last);
    sendCached(k, at, len, S.ref.pcToSkb, call);
    done += len;
  }
  k.syscallExit(S.sys.sendfile.exit, ret, count);
  return ret;
}

/** Rule 5, first half: splice(3, NULL, p[1], NULL, len, 0) puts page references into the pipe. */
export function sysSpliceIn(k: Kernel, len: number, pos: number): number {
  k.syscallEnter(S.sys.spliceIn.enter, len);
  const room = PIPE_BUFFERS * k.p.page - k.trace.machine.pipe.reduce((s, x) => s + x.bytes, 0);
  const ret = Math.max(0, Math.min(len, k.file.size - pos, room));
  if (ret > 0) {
    const { first, last } = pageSpan(k, pos, ret);
    ensureCached(k, first, last);
    k.cpuN(S.ref.pcToPipe, k.cost.refMove, ret, first, last, pos);
  }
  k.syscallExit(S.sys.spliceIn.exit, ret, len);
  return ret;
}

/**
 * Rule 5, second half: splice(p[0], NULL, 4, NULL, len, 0) hands the pipe's pages to the socket — page-cache
 * pages, or with `user` the process's own pages that vmsplice put in the pipe (issue 17).
 */
export function sysSpliceOut(k: Kernel, len: number, pos: number, user = false): number {
  k.syscallEnter(S.sys.spliceOut.enter, len);
  k.sock.send({ site: S.ref.pipeToSkb, frags: true, user }, pos, len, newCall(k));
  k.syscallExit(S.sys.spliceOut.exit, len, len);
  return len;
}

export function sysPipe2(k: Kernel): void {
  k.syscallEnter(S.sys.pipe2.enter);
  k.syscallExit(S.sys.pipe2.exit, 0);
}

/**
 * Rule 7: read(3, buf, count) on an O_DIRECT fd. EOF is checked before alignment (fs/iomap/direct-io.c:
 * __iomap_dio_rw); a misaligned buffer, offset or length fails with EINVAL and nothing moves; otherwise one
 * disk request of min(count, rest of file rounded up to a page) goes by DMA straight into the user buffer.
 */
export function sysReadDirect(
  k: Kernel,
  count: number,
  pos: number,
  bufAddr: number,
  // Issue 18: nginx's pread64 of an O_DIRECT file, which records its offset (for strace) where read() has the buffer.
  sys: { enter: number; exit: number } = S.sys.readDirect,
  b = bufAddr,
): number {
  k.syscallEnter(sys.enter, count, b);
  let ret: number;
  if (pos >= k.file.size) {
    ret = 0;
  } else if (bufAddr % k.p.align !== 0 || pos % k.p.align !== 0 || count % k.p.align !== 0) {
    ret = -EINVAL;
  } else {
    const rest = Math.ceil((k.file.size - pos) / k.p.page) * k.p.page;
    const bytes = Math.min(count, rest, MAX_RW_COUNT);
    const { first, last } = pageSpan(k, pos, bytes);
    const io = diskRead(k, true, { bytes, first, last, offset: pos });
    k.block(S.sched.blockDirect, () => io.done);
    ret = Math.min(count, k.file.size - pos, MAX_RW_COUNT);
  }
  k.syscallExit(sys.exit, ret, count, b);
  return ret;
}
