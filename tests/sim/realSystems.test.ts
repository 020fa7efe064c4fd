// Issue 18: the "Real systems" shelf — each entry's reference totals (README, "Real systems"), the JDK's
// extra user-space copies for a heap buffer, and the system calls each program makes, in order.
import { describe, expect, it } from 'vitest';
import type { REAL_SYSTEM_IDS } from '../../src/sim/index';
import {
  getMachineAt,
  getStep,
  sendQueueSpans,
  getStraceLines,
  parseParams,
  simulate,
  type ScenarioId,
  type Totals,
} from '../../src/sim/index';

function run(scenario: (typeof REAL_SYSTEM_IDS)[number], raw: Record<string, string>) {
  const parsed = parseParams(scenario, raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return simulate(scenario, parsed.params);
}

type Figures = Pick<
  Totals,
  'syscalls' | 'modeSwitches' | 'cpuCopies' | 'cpuBytes' | 'dmaTransfers' | 'pageFaults'
>;
function figures(t: Totals): Figures {
  const { syscalls, modeSwitches, cpuCopies, cpuBytes, dmaTransfers, pageFaults } = t;
  return { syscalls, modeSwitches, cpuCopies, cpuBytes, dmaTransfers, pageFaults };
}

const MiB = 1048576;
const warm = { file: '1m', cache: 'warm' };

describe('real systems: reference totals (1 MiB, cache warm)', () => {
  it('kafka-fetch: fstat and one sendfile, no CPU copy', () => {
    expect(figures(run('kafka-fetch', warm).totals)).toEqual({
      syscalls: 2,
      modeSwitches: 68,
      cpuCopies: 0,
      cpuBytes: 0,
      dmaTransfers: 16,
      pageFaults: 0,
    });
  });

  it('netty-send: FileRegion 0 copies, direct ByteBuf as read+write, heap ByteBuf twice as many', () => {
    const at = (mode: string) => figures(run('netty-send', { ...warm, buf: '64k', mode }).totals);
    expect(at('fileregion')).toMatchObject({ syscalls: 2, cpuCopies: 0 });
    expect(at('direct')).toMatchObject({ syscalls: 33, cpuCopies: 32, cpuBytes: 2 * MiB });
    expect(at('heap')).toMatchObject({ syscalls: 33, cpuCopies: 64, cpuBytes: 4 * MiB });
    // The direct ByteBuf is C's read() + write() loop until EOF exactly.
    const rw = simulate('read-write', parseParamsOk('read-write', { ...warm, buf: '64k', loop: 'eof' }));
    expect(at('direct')).toEqual(figures(rw.totals));
  });

  it('netty-send heap: the extra copies are user-mode copies, with no system call or mode switch', () => {
    const heap = run('netty-send', { ...warm, buf: '64k', mode: 'heap' }).totals;
    const direct = run('netty-send', { ...warm, buf: '64k', mode: 'direct' }).totals;
    expect(heap.syscalls).toBe(direct.syscalls);
    expect(heap.modeSwitchesBy.syscall).toBe(direct.modeSwitchesBy.syscall);
    // Two per chunk: 16 chunks of 64 KiB.
    expect(heap.cpuCopies - direct.cpuCopies).toBe(32);
  });

  it('rocketmq-commitlog: fstat, mmap and one write: page faults and one CPU copy', () => {
    expect(figures(run('rocketmq-commitlog', warm).totals)).toEqual({
      syscalls: 3,
      modeSwitches: 64,
      cpuCopies: 1,
      cpuBytes: MiB,
      dmaTransfers: 16,
      pageFaults: 16,
    });
  });

  it('rocketmq-commitlog side=producer: reads and stores, a fault per page, one msync writeback', () => {
    const producer = { file: '1m', buf: '64k', side: 'producer', preset: 'loopback' };
    const t = run('rocketmq-commitlog', producer).totals;
    // fstat, ftruncate, mmap, 16 reads and msync; each read and each memcpy is a CPU copy.
    expect(figures(t)).toEqual({
      syscalls: 20,
      modeSwitches: 552,
      cpuCopies: 32,
      cpuBytes: 2 * MiB,
      dmaTransfers: 726,
      pageFaults: 256,
    });
    expect(t.modeSwitchesBy.exception).toBe(512);
    expect(t.diskRequests).toBe(1);
    // The same bytes received and written with write() + fsync: as many copies, no faults, more calls.
    const rw = run2('recv-write', { file: '1m', buf: '64k', sync: 'fsync', preset: 'loopback' }).totals;
    expect(rw.cpuCopies).toBe(t.cpuCopies);
    expect(rw.pageFaults).toBe(0);
    expect(rw.syscalls).toBeGreaterThan(t.syscalls);
  });

  it('rocketmq-commitlog side=producer: the written file ends dirty-free after msync, every page mapped writable', () => {
    const trace = run('rocketmq-commitlog', { file: '40000', buf: '8k', side: 'producer' });
    const m = getMachineAt(trace, trace.length - 1);
    expect(m.out.size).toBe(40000);
    expect(m.out.dirty).toEqual([]);
    expect(m.out.cached).toEqual([[0, 9]]);
    const ptes = m.tasks[0]!.ptes.filter((p) => p.backing === 'pagecache');
    expect(ptes.reduce((n, p) => n + p.count, 0)).toBe(10);
    expect(ptes.every((p) => p.writable && p.dirty)).toBe(true);
  });

  it('kafka-fetch fetch=256k: one fstat and one sendfile per fetch response, still no CPU copy', () => {
    expect(figures(run('kafka-fetch', { ...warm, fetch: '256k' }).totals)).toEqual({
      syscalls: 8,
      modeSwitches: 80,
      cpuCopies: 0,
      cpuBytes: 0,
      dmaTransfers: 16,
      pageFaults: 0,
    });
    // A segment that fits in one fetch (the default 1 MiB) is the one transferTo of the reference row.
    expect(run('kafka-fetch', { ...warm, fetch: '1m' }).totals.syscalls).toBe(2);
  });

  it('nginx-static: sendfile on copies only the header; off copies the body twice', () => {
    const at = (sendfile: string) => figures(run('nginx-static', { ...warm, buf: '32k', sendfile }).totals);
    expect(at('on')).toMatchObject({ syscalls: 6, cpuCopies: 1, cpuBytes: 239 });
    expect(at('off')).toMatchObject({ syscalls: 68, cpuCopies: 64, cpuBytes: 2 * MiB + 239 });
  });

  it('nginx-static sendfile off: buf is output_buffers’ size — 64 KiB halves the calls, not the copies', () => {
    // accept4, recvfrom, openat, fstat, 16 × (pread64, writev); the first writev's 239 + 65536 bytes are two skbs.
    expect(figures(run('nginx-static', { ...warm, buf: '64k', sendfile: 'off' }).totals)).toEqual({
      syscalls: 36,
      modeSwitches: 122,
      cpuCopies: 32,
      cpuBytes: 2 * MiB + 239,
      dmaTransfers: 17,
      pageFaults: 0,
    });
  });

  it('nginx-static directio: the disk DMAs into the output buffer, so only writev copies; the worker waits', () => {
    const t = run('nginx-static', { ...warm, buf: '32k', directio: 'on' }).totals;
    // accept4, recvfrom, openat, fstat, two fcntl, 32 × (pread64, writev).
    expect(figures(t)).toEqual({
      syscalls: 70,
      modeSwitches: t.modeSwitchesBy.syscall + t.modeSwitchesBy.interrupt,
      cpuCopies: 32,
      cpuBytes: MiB + 239,
      dmaTransfers: 64,
      pageFaults: 0,
    });
    expect(t.diskRequests).toBe(32);
    expect(t.contextSwitches).toBe(64);
    // The page cache is bypassed: warm or cold, the same disk reads.
    expect(run('nginx-static', { file: '1m', buf: '32k', directio: 'on' }).totals.diskRequests).toBe(32);
  });
});

function run2(scenario: ScenarioId, raw: Record<string, string>) {
  const parsed = parseParams(scenario, raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return simulate(scenario, parsed.params);
}

function parseParamsOk(scenario: 'read-write', raw: Record<string, string>) {
  const parsed = parseParams(scenario, raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.params;
}

describe('real systems: the system calls, in the order the real systems make them', () => {
  it('kafka-fetch: ceil(file / fetch) fetch responses, each an fstat and a sendfile of at most fetch bytes', () => {
    const lines = getStraceLines(run('kafka-fetch', { file: '100000', fetch: '40000' }));
    expect(lines).toEqual([
      'newfstatat(...) = 0',
      'sendfile(4, 3, NULL, 40000) = 40000',
      'newfstatat(...) = 0',
      'sendfile(4, 3, NULL, 40000) = 40000',
      'newfstatat(...) = 0',
      'sendfile(4, 3, NULL, 20000) = 20000',
    ]);
    // Two consumers: each is served in the same fetch responses, the second after an lseek back.
    const two = getStraceLines(run('kafka-fetch', { file: '100000', fetch: '40000', consumers: '2' }));
    expect(two.filter((l) => l.startsWith('sendfile')).map((l) => /^sendfile\((\d)/.exec(l)![1])).toEqual([
      '4',
      '4',
      '4',
      '5',
      '5',
      '5',
    ]);
    expect(two[6]).toBe('lseek(3, 0, SEEK_SET) = 0');
  });

  it('nginx-static sendfile on: accept4, recvfrom, openat, fstat, the header, sendfile', () => {
    const names = getStraceLines(run('nginx-static', { file: '100000', sendfile: 'on' })).map(
      (l) => /^\w+/.exec(l)![0],
    );
    expect(names).toEqual(['accept4', 'recvfrom', 'openat', 'newfstatat', 'writev', 'sendfile']);
  });

  it('nginx-static sendfile off: pread64 at increasing offsets; the header goes with the first chunk', () => {
    const lines = getStraceLines(run('nginx-static', { file: '100000', buf: '32k', sendfile: 'off' }));
    expect(lines.filter((l) => l.startsWith('writev')).slice(0, 2)).toEqual([
      'writev(4, [{iov_base=buf, iov_len=239}, {iov_base=buf+239, iov_len=32768}], 2) = 33007',
      'writev(4, [{iov_base=buf+239, iov_len=32768}], 1) = 32768',
    ]);
    expect(lines.filter((l) => l.startsWith('pread64'))).toEqual([
      'pread64(3, buf, 32768, 0) = 32768',
      'pread64(3, buf, 32768, 32768) = 32768',
      'pread64(3, buf, 32768, 65536) = 32768',
      'pread64(3, buf, 1696, 98304) = 1696',
    ]);
  });

  it('rocketmq-commitlog side=producer: fstat, ftruncate, a shared writable mmap, reads, msync', () => {
    const lines = getStraceLines(run('rocketmq-commitlog', { file: '8192', buf: '4k', side: 'producer' }));
    const names = lines.map((l) => /^\w+/.exec(l)![0]);
    expect(names.slice(0, 3)).toEqual(['newfstatat', 'ftruncate', 'mmap']);
    expect(names.at(-1)).toBe('msync');
    // Between them only reads of the socket: each returns what has arrived (at most B), 8192 bytes in all.
    const reads = lines.slice(3, -1);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    const got = reads.map((l) => {
      const m = /^read\(4, buf, (\d+)\) = (\d+)$/.exec(l);
      expect(m, l).not.toBeNull();
      expect(Number(m![2])).toBeLessThanOrEqual(Math.min(4096, Number(m![1])));
      return Number(m![2]);
    });
    expect(got.reduce((a, b) => a + b, 0)).toBe(8192);
    expect(lines[2]).toMatch(/^mmap\(NULL, 8192, PROT_READ\|PROT_WRITE, MAP_SHARED, 3, 0\) = 0x[0-9a-f]+$/);
    expect(lines.at(-1)).toMatch(/^msync\(0x[0-9a-f]+, 8192, MS_SYNC\) = 0$/);
  });

  it('every entry runs with every value of its own parameter, cold and warm', () => {
    for (const cache of ['cold', 'warm']) {
      for (const mode of ['fileregion', 'heap', 'direct'])
        expect(run('netty-send', { file: '10000', cache, mode }).totals.dmaBytes).toBeGreaterThan(0);
      for (const sendfile of ['on', 'off'])
        expect(run('nginx-static', { file: '10000', cache, sendfile }).totals.dmaBytes).toBeGreaterThan(0);
      for (const id of ['kafka-fetch', 'rocketmq-commitlog'] as const)
        expect(run(id, { file: '10000', cache }).totals.dmaBytes).toBeGreaterThan(0);
      const producer = run('rocketmq-commitlog', { file: '10000', cache, side: 'producer' }).totals;
      expect(producer.dmaBytes).toBeGreaterThan(0);
    }
  });

  it("nginx's header in front of the body names no file page: no step or send queue says page -1", () => {
    for (const q of [{ directio: 'on' }, { sendfile: 'off' }] as Record<string, string>[]) {
      const t = run('nginx-static', { file: '256k', buf: '32k', cache: 'cold', ...q });
      for (let i = 0; i < t.length; i++) {
        const { params } = getStep(t, i);
        if (typeof params.first === 'number') expect(params.first, `step ${i}`).toBeGreaterThanOrEqual(0);
        for (const span of sendQueueSpans(getMachineAt(t, i))) expect(span.first).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("nginx's header in the send queue", () => {
  it('is counted apart from the file pages: alone, then in front of the body', () => {
    const t = run('nginx-static', { file: '8192', buf: '1024', cache: 'warm', sendfile: 'off' });
    const spans = [...Array(t.length).keys()].flatMap((i) => sendQueueSpans(getMachineAt(t, i)));
    const withHeader = spans.filter((s) => s.header !== undefined);
    expect(withHeader.length).toBeGreaterThan(0);
    // The first writev sends the 239-byte header with the first KiB of the file.
    for (const s of withHeader) expect(s.header).toBe(239);
    expect(withHeader.some((s) => s.bytes > 239 && s.first === 0)).toBe(true);
    const alone = run('nginx-static', { file: '8192', cache: 'warm' });
    const first = [...Array(alone.length).keys()]
      .flatMap((i) => sendQueueSpans(getMachineAt(alone, i)))
      .find((s) => s.header !== undefined);
    expect(first).toMatchObject({ header: 239, bytes: 239 });
  });
});
