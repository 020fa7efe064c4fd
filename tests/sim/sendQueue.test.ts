import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SKB_MAX_BYTES,
  SKB_OVERHEAD,
  estimateSteps,
  expectedSteps,
  getMachineAt,
  simulate,
  type Params,
  type ScenarioId,
} from '../../src/sim/index';
import { allSteps, stepsOf } from './helpers';

const SENDERS: ScenarioId[] = ['read-write', 'mmap-write', 'sendfile', 'splice', 'direct-io'];

const paramsArb: fc.Arbitrary<Partial<Params>> = fc.record({
  file: fc.integer({ min: 1, max: 400_000 }),
  buf: fc.constantFrom(1, 100, 512, 4096, 65536, 200_000),
  page: fc.constantFrom(4096 as const, 16384 as const, 65536 as const),
  cache: fc.constantFrom('cold' as const, 'warm' as const),
  sg: fc.constantFrom('on' as const, 'off' as const),
  loop: fc.constantFrom('size' as const, 'eof' as const),
  sndbuf: fc.constantFrom(4096, 5000, 16384, 65536, 100_000, 4 * 1024 * 1024),
  autocork: fc.constantFrom('off' as const, 'on' as const),
});

describe('rule 10 — the socket send buffer', () => {
  it('never holds more than sndbuf (payload plus skb overhead), and every blocked writer is woken', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SENDERS), paramsArb, (scenario, p) => {
        fc.pre((p.file ?? 0) / (p.buf ?? 1) <= 3000);
        const t = simulate(scenario, p);
        const steps = allSteps(t);
        // The queue only grows at a copy or page reference into the socket: check there (up to 400 of them).
        const grows = steps.filter((s) => s.data?.to === 'skb');
        const stride = Math.max(1, Math.floor(grows.length / 400));
        for (let i = 0; i < grows.length; i += stride) {
          const q = getMachineAt(t, grows[i]!.index).sendQueue;
          expect(q.to - q.from + q.skbs * SKB_OVERHEAD).toBeLessThanOrEqual(t.params.sndbuf);
        }
        const blocks = steps.filter((s) => s.site === 'sched.block_sndbuf');
        const wakes = steps.filter((s) => s.site === 'sched.wake_sndbuf');
        expect(wakes.length).toBe(blocks.length);
        blocks.forEach((b, i) => expect(wakes[i]!.index).toBeGreaterThan(b.index));
        // Everything queued was acknowledged by the end.
        expect(getMachineAt(t, t.length - 1).skb).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('the step estimate (refusals, progress bars) bounds every run, small send buffers included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SENDERS), paramsArb, (scenario, p) => {
        fc.pre((p.file ?? 0) / (p.buf ?? 1) <= 3000);
        const t = simulate(scenario, p);
        expect(t.length).toBeLessThanOrEqual(estimateSteps(scenario, t.params));
      }),
      { numRuns: 80 },
    );
  });

  it('the expected step count (progress bars) is within 25 % of large runs of every sending scenario', () => {
    for (const scenario of SENDERS)
      for (const cache of ['cold', 'warm'] as const)
        for (const sg of ['on', 'off'] as const) {
          const p = { file: 8 * 1024 * 1024, cache, sg };
          const t = simulate(scenario, p);
          const ratio = expectedSteps(scenario, t.params) / t.length;
          expect(ratio, `${scenario} ${cache} sg=${sg}`).toBeGreaterThan(0.75);
          expect(ratio, `${scenario} ${cache} sg=${sg}`).toBeLessThan(1.25);
        }
  });

  it('a warm sender faster than the wire sleeps in sk_stream_wait_memory instead of queueing the file', () => {
    // 64 KiB writes: the CPU copies each in ~13 µs, the 10 GbE wire needs ~52 µs to send it.
    const t = simulate('read-write', { file: 16 * 1024 * 1024, buf: 65536, cache: 'warm' });
    const blocks = stepsOf(t, 'sched.block_sndbuf');
    expect(blocks.length).toBeGreaterThan(0);
    // Each sleep is a real process context switch away and back.
    expect(t.totals.contextSwitches).toBe(2 * blocks.length);
    // sk_stream_write_space wakes the writer only once free space is at least half of what is queued.
    for (const w of stepsOf(t, 'sched.wake_sndbuf')) {
      const queued = w.params.bytes as number;
      expect(t.params.sndbuf - queued).toBeGreaterThanOrEqual(queued / 2);
    }
  });

  it('a queue that never fills keeps the counts of rules 3–5', () => {
    const t = simulate('read-write', { file: 65536, buf: 65536, cache: 'warm' });
    expect(stepsOf(t, 'sched.block_sndbuf')).toHaveLength(0);
    expect(t.totals.cpuCopies).toBe(2);
    expect(t.totals.dmaTransfers).toBe(1);
  });

  it('a large call is one CPU copy but one DMA and one TX interrupt per skb of at most 64 KiB', () => {
    const t = simulate('read-write', { file: 1024 * 1024, buf: 1024 * 1024, cache: 'warm' });
    const nic = allSteps(t).filter((s) => s.kind === 'dma.start' && s.device === 'nic');
    expect(nic).toHaveLength(16);
    for (const d of nic) expect(d.data!.bytes).toBeLessThanOrEqual(SKB_MAX_BYTES);
    expect(stepsOf(t, 'irq.nic.enter')).toHaveLength(16);
    expect(t.totals.cpuCopies).toBe(2);
    expect(t.totals.cpuBytes).toBe(2 * 1024 * 1024);
  });

  it('the skb stays queued after TX completion (the driver frees its clone) until its ACK', () => {
    const t = simulate('sendfile', { file: 4096, cache: 'warm' });
    const [txExit] = stepsOf(t, 'irq.nic.exit');
    const [ack] = stepsOf(t, 'tcp.ack');
    expect(getMachineAt(t, txExit!.index).skb).toEqual([{ first: 0, last: 0, bytes: 4096, ref: true }]);
    expect(ack!.index).toBeGreaterThan(txExit!.index);
    expect(getMachineAt(t, ack!.index).skb).toEqual([]);
  });

  it('autocork: 100 one-byte writes make a few DMAs, not 100', () => {
    const off = simulate('read-write', { file: 100, buf: 1, cache: 'warm' });
    const on = simulate('read-write', { file: 100, buf: 1, cache: 'warm', autocork: 'on' });
    expect(off.totals.dmaTransfers).toBe(100);
    expect(on.totals.dmaTransfers).toBeLessThan(20);
    expect(on.totals.cpuCopies).toBe(200);
    expect(stepsOf(on, 'dma.skb_to_nic.done').reduce((a, s) => a + s.data!.bytes, 0)).toBe(100);
  });
});

describe('rule 4 (v2) — sendfile in rounds, and the copy of sg=off at transmit', () => {
  it('a cold 1 MiB sendfile makes the same disk requests as splice', () => {
    const disk = (scenario: ScenarioId) =>
      allSteps(simulate(scenario, { file: 1024 * 1024 }))
        .filter((s) => s.kind === 'dma.start' && s.device === 'disk')
        .map((s) => [s.data!.first, s.data!.last]);
    expect(disk('sendfile')).toEqual(disk('splice'));
    expect(disk('sendfile')).toEqual([
      [0, 31],
      [32, 63],
      [64, 95],
      [96, 127],
      [128, 159],
      [160, 191],
      [192, 223],
      [224, 255],
    ]);
  });

  it('sg=off: tcp_sendmsg_locked adds page references; the CPU copies at transmit, once per call', () => {
    const t = simulate('sendfile', { file: 1024 * 1024, sg: 'off', cache: 'warm' });
    const steps = allSteps(t);
    expect(steps.filter((s) => s.site === 'ref.pagecache_to_skb')).toHaveLength(16);
    const lin = steps.filter((s) => s.site === 'copy.skb_linearize');
    expect(lin).toHaveLength(16);
    expect(lin[0]!.fn).toContain('validate_xmit_skb');
    // Each linearised skb is then sent from linear data, not gathered.
    for (const c of lin) expect(steps[c.index + 1]!.site).toBe('dma.skb_to_nic');
    expect(t.totals.cpuCopies).toBe(1);
    expect(t.totals.cpuBytes).toBe(1024 * 1024);
    expect(steps.some((s) => s.site.startsWith('copy.') && s.site !== 'copy.skb_linearize')).toBe(false);
  });
});
