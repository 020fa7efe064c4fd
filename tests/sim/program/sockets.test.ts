// Issue 14: several TCP sockets in one program — each its own send queue and sndbuf, one NIC — and the
// errors a user can act on when the declarations are wrong.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COSTS,
  getMachineAt,
  getStep,
  getStraceLines,
  parseParams,
  simulate,
} from '../../../src/sim/index';
import { problemOf, traceOf } from '../../helpers/programRun';

const TWO = [
  'const F = 256k;',
  'world file 3 = { size: F, cache: "warm" };',
  'world tcp 4;',
  'world tcp 7 = { sndbuf: 16k };',
  'for (left = F; left > 0; left -= n)',
  '  n = sendfile(4, 3, NULL, left);',
  'lseek(3, 0, SEEK_SET);',
  'for (left = F; left > 0; left -= n)',
  '  n = write(7, buf, 0) + sendfile(7, 3, NULL, left);',
].join('\n');

describe('several TCP sockets', () => {
  it('strace names each call’s socket, and lseek puts the file position back', () => {
    const text = [
      'const F = 64k;',
      'world file 3 = { size: F, cache: "warm" };',
      'world tcp 4;',
      'world tcp 9;',
      'sendfile(4, 3, NULL, F);',
      'lseek(3, 0, SEEK_SET);',
      'sendfile(9, 3, NULL, F);',
    ].join('\n');
    expect(getStraceLines(traceOf(text))).toEqual([
      'sendfile(4, 3, NULL, 65536) = 65536',
      'lseek(3, 0, SEEK_SET) = 0',
      'sendfile(9, 3, NULL, 65536) = 65536',
    ]);
  });

  it('each socket has its own send queue and sndbuf: only the small one makes its writer sleep', () => {
    const text = TWO.replace(
      '  n = write(7, buf, 0) + sendfile(7, 3, NULL, left);',
      '  n = sendfile(7, 3, NULL, left);',
    );
    const trace = traceOf(text);
    const blocks: number[] = [];
    for (let i = 0; i < trace.length; i++) {
      const s = getStep(trace, i);
      if (s.site === 'sched.block_sndbuf') blocks.push(Number(s.params.socketFd ?? -1));
    }
    expect(blocks.length).toBeGreaterThan(0);
    expect(new Set(blocks)).toEqual(new Set([7]));
    // Every byte of both sends reaches the wire; both queues are empty at the end.
    expect(trace.totals.dmaBytes).toBe(2 * 256 * 1024);
    const end = getMachineAt(trace, trace.length - 1);
    expect(end.sendQueue.to - end.sendQueue.from).toBe(0);
    expect(end.moreQueues?.map((q) => q.to - q.from)).toEqual([0]);
    expect(end.socketFds).toEqual([4, 7]);
  });

  it('the sockets share one wire: frames never overlap on it, and each socket has at most two skbs in the NIC (TCP Small Queues)', () => {
    const text = [
      'const F = 512k;',
      'world file 3 = { size: F, cache: "warm" };',
      'world tcp 4;',
      'world tcp 5;',
      'sendfile(4, 3, NULL, F);',
      'lseek(3, 0, SEEK_SET);',
      'sendfile(5, 3, NULL, F);',
    ].join('\n');
    const trace = traceOf(text);
    const inFlight = new Map<number, number>();
    let most = 0;
    const done: { t: number; bytes: number }[] = [];
    for (let i = 0; i < trace.length; i++) {
      const s = getStep(trace, i);
      if (s.device !== 'nic') continue;
      const fd = Number(s.params.socketFd);
      if (s.kind === 'dma.start') inFlight.set(fd, (inFlight.get(fd) ?? 0) + 1);
      if (s.kind === 'dma.done') {
        inFlight.set(fd, inFlight.get(fd)! - 1);
        done.push({ t: s.t, bytes: s.data!.bytes });
      }
      most = Math.max(most, ...inFlight.values());
    }
    expect(most).toBe(2);
    expect([...inFlight.keys()].sort()).toEqual([4, 5]);
    // One wire: each frame leaves at least its own time on the wire after the one before it.
    done.sort((x, y) => x.t - y.t);
    for (let i = 1; i < done.length; i++) {
      expect(done[i]!.t - done[i - 1]!.t).toBeGreaterThanOrEqual(
        done[i]!.bytes / DEFAULT_COSTS.nicBytesPerNs - 1e-6,
      );
    }
  });

  it('one socket on another fd than 4 is printed with its own fd', () => {
    const text = 'world file 3 = { size: 8192 };\nworld tcp 9;\nsendfile(9, 3, NULL, 8192);';
    expect(getStraceLines(traceOf(text))).toEqual(['sendfile(9, 3, NULL, 8192) = 8192']);
  });

  it('the narration parameters name the socket only when there are several', () => {
    const one = traceOf('world file 3 = { size: 4096 };\nworld tcp 4;\nsendfile(4, 3, NULL, 4096);');
    expect(getStep(one, 0).params.socketFd).toBeUndefined();
    const two = traceOf(
      'world file 3 = { size: 4096 };\nworld tcp 4;\nworld tcp 6;\nsendfile(6, 3, NULL, 4096);',
    );
    expect(getStep(two, 0).params.socketFd).toBe(6);
  });

  it('a closed socket gives EBADF; a descriptor that is no socket is named', () => {
    const base = ['world file 3 = { size: 4096 };', 'world tcp 4;', 'world tcp 8;'];
    const closed = traceOf([...base, 'close(8);', 'sendfile(8, 3, NULL, 4096);'].join('\n'));
    expect(getStraceLines(closed)).toEqual([
      'close(8) = 0',
      'sendfile(8, 3, NULL, 4096) = -1 EBADF (Bad file descriptor)',
    ]);
    const buf = 'world buffer buf = { size: 4096 };';
    expect(getStraceLines(traceOf([...base, buf, 'write(9, buf, 1);'].join('\n')))).toEqual([
      'write(9, buf, 1) = -1 EBADF (Bad file descriptor)',
    ]);
    expect(problemOf([...base, buf, 'write(1, buf, 1);'].join('\n'))).toBe(
      "5:1: not modelled: write() on fd 1; the model's TCP sockets are fds 4, 8",
    );
  });
});

describe('errors in socket declarations', () => {
  const file = 'world file 3 = { size: 4096 };';
  it('a descriptor declared twice names both places', () => {
    expect(problemOf([file, 'world tcp 4;', 'world tcp 4;'].join('\n'))).toBe(
      '3:11: fd 4 is declared twice (first at 2:11)',
    );
    expect(problemOf([file, 'world tcp 3;'].join('\n'))).toBe('2:11: fd 3 is declared twice (first at 1:12)');
  });

  it('a socket on the pipe’s descriptors, when the program makes the pipe', () => {
    expect(problemOf([file, 'world tcp 5;', 'pipe2(p, 0);'].join('\n'))).toBe(
      "2:11: fd 5 is the pipe's: the program calls pipe2(), which gives fds 5 and 6; give the socket another fd",
    );
  });

  it('more than 7 sockets, a bad descriptor, a machine setting on a later socket, a peer off fd 4', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `world tcp ${4 + i};`);
    expect(problemOf([file, ...eight].join('\n'))).toBe(
      '9:1: the model has at most 7 TCP sockets; this is one more',
    );
    expect(problemOf('world tcp 2;')).toMatch(/^1:11: a descriptor here is a whole number from 3 to 63/);
    expect(problemOf('world tcp 4;\nworld tcp 7 = { autocork: "on" };')).toBe(
      "2:1: 'autocork' is a setting of the whole machine: give it on the first socket (fd 4)",
    );
    expect(problemOf('world tcp 7 = { peer: 4096 };')).toBe(
      "1:1: the socket a peer sends to is fd 4 in the model: 'world tcp 4 = { peer: F };'",
    );
  });
});

describe('kafka-fetch with several consumers (issue 18)', () => {
  const run = (raw: Record<string, string>) => {
    const parsed = parseParams('kafka-fetch', raw);
    if (!parsed.ok) throw new Error(parsed.error);
    return simulate('kafka-fetch', parsed.params);
  };

  it('consumers=1 is the one-consumer program; 2 consumers double the DMA, not the copies', () => {
    const one = run({ file: '1m', cache: 'warm' });
    expect(run({ file: '1m', cache: 'warm', consumers: '1' }).totals).toEqual(one.totals);
    const two = run({ file: '1m', cache: 'warm', consumers: '2' });
    expect(two.totals).toMatchObject({ syscalls: 5, cpuCopies: 0, dmaTransfers: 32, dmaBytes: 2 * 1048576 });
    expect(getStraceLines(two).filter((l) => l.startsWith('sendfile'))).toEqual([
      'sendfile(4, 3, NULL, 1048576) = 1048576',
      'sendfile(5, 3, NULL, 1048576) = 1048576',
    ]);
  });

  it('cold, only the first consumer reads the disk: the second is served from the same cached pages', () => {
    const one = run({ file: '1m' });
    const two = run({ file: '1m', consumers: '2' });
    expect(two.totals.diskRequests).toBe(one.totals.diskRequests);
    expect(two.totals.diskRequests).toBeGreaterThan(0);
    expect(two.totals.dmaBytes - one.totals.dmaBytes).toBe(1048576);
  });

  it('consumers outside 1–7 is refused', () => {
    expect(parseParams('kafka-fetch', { consumers: '8' }).ok).toBe(false);
    expect(parseParams('kafka-fetch', { consumers: '0' }).ok).toBe(false);
  });
});
