import { F } from '../counters';
import { S } from '../sites';
import { MAX_RW_COUNT } from '../units';
import { ensureCached, pageSpan, PIPE_BUFFERS } from './fileIo';
import type { FileWriter } from './fileWrite';
import type { Kernel } from './kernel';

/**
 * copy_file_range(3, NULL, out, NULL, count, 0) from file position `from` to the copy's position `to`
 * (issue 17). ext4: splice_file_range → do_splice_direct, the same rounds of at most 16 pages through the
 * task's internal pipe as sendfile into a file — rule 1 on the source's range, then one in-kernel copy into
 * the copy's page cache (dirty pages); one copy counted per call. xfs, btrfs: remap_file_range shares the
 * source's extents with the copy — no page is read, copied or dirtied. At most MAX_RW_COUNT per call.
 */
export function sysCopyFileRange(
  k: Kernel,
  out: FileWriter,
  count: number,
  from: number,
  to: number,
  syncRange: (at: number, bytes: number) => void,
): number {
  const ret = Math.max(0, Math.min(count, k.p.file - from, MAX_RW_COUNT));
  if (k.p.fs !== 'ext4') {
    const sys = S.cfr.reflink;
    k.syscallEnter(sys.enter, count, out.mode.fd);
    if (ret > 0) {
      const { first, last } = pageSpan(k, from, ret);
      k.cpu(S.cfr.remap, { n: ret, a: first, b: last, c: from }, k.cost.syscallWork);
    }
    k.syscallExit(sys.exit, ret, count, out.mode.fd);
    return ret;
  }
  const sys = S.cfr.splice;
  k.syscallEnter(sys.enter, count, out.mode.fd);
  const round = PIPE_BUFFERS * k.p.page;
  for (let done = 0; done < ret;) {
    const at = from + done;
    const len = Math.min(ret - done, round - (at % k.p.page));
    const { first, last } = pageSpan(k, at, len);
    ensureCached(k, first, last);
    out.copyIn({ sys, site: S.cfr.copy }, len, to + done, done > 0);
    done += len;
  }
  syncRange(to, ret);
  k.syscallExit(sys.exit, ret, count, out.mode.fd);
  return ret;
}

/**
 * vmsplice(p[1], buf + at, len, SPLICE_F_GIFT) (issue 17): vmsplice_to_pipe takes a reference to each user page of
 * the range and puts it in a pipe buffer — no copy. The pipe holds 16 buffers; a call returns what fits.
 * The pages stay the process's: writing them before the socket is done with them changes the data sent.
 */
export function sysVmsplice(k: Kernel, fd: number, len: number, at: number, flags: number): number {
  const sys = S.vm.vmsplice;
  k.syscallEnter(sys.enter, len, fd, flags);
  const room = PIPE_BUFFERS * k.p.page - k.trace.machine.pipe.reduce((s, x) => s + x.bytes, 0);
  const ret = Math.max(0, Math.min(len, room));
  if (ret > 0) {
    const { first, last } = pageSpan(k, at, ret);
    k.cpuN(S.vm.toPipe, k.cost.refMove, ret, first, last, at, F.userPages);
  }
  k.syscallExit(sys.exit, ret, len, fd);
  return ret;
}
