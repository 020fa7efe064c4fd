import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Params, type Step, type Totals } from '../../src/sim/index';
import { allSteps } from './helpers';

/** Issue 17's reference totals (README "io_uring and MSG_ZEROCOPY"), defaults file=4096 buf=4096 batch=32. */
const REFERENCE: [string, 'io-uring' | 'msg-zerocopy', Partial<Params>, Partial<Totals>][] = [
  [
    'io-uring',
    'io-uring',
    {},
    { syscalls: 4, cpuCopies: 2, cpuBytes: 8192, dmaTransfers: 2, diskRequests: 1, contextSwitches: 2 },
  ],
  [
    'io-uring warm',
    'io-uring',
    { cache: 'warm' },
    { syscalls: 4, cpuCopies: 2, cpuBytes: 8192, dmaTransfers: 1, diskRequests: 0, contextSwitches: 0 },
  ],
  [
    'io-uring --file 1m --buf 4k --batch 32',
    'io-uring',
    { file: 1 << 20 },
    {
      syscalls: 19,
      cpuCopies: 512,
      cpuBytes: 2 << 20,
      dmaTransfers: 264,
      diskRequests: 8,
      contextSwitches: 16,
    },
  ],
  [
    'io-uring --file 1m sqpoll=on',
    'io-uring',
    { file: 1 << 20, sqpoll: 'on' },
    {
      syscalls: 3,
      cpuCopies: 512,
      cpuBytes: 2 << 20,
      dmaTransfers: 264,
      diskRequests: 8,
      contextSwitches: 32,
    },
  ],
  [
    'io-uring --file 1m op=send_zc',
    'io-uring',
    { file: 1 << 20, op: 'send_zc' },
    { syscalls: 19, cpuCopies: 256, cpuBytes: 1 << 20, dmaTransfers: 264, diskRequests: 8 },
  ],
  [
    'msg-zerocopy',
    'msg-zerocopy',
    {},
    {
      syscalls: 4,
      cpuCopies: 0,
      cpuBytes: 0,
      dmaTransfers: 1,
      dmaBytes: 4096,
      interrupts: 2,
      contextSwitches: 2,
    },
  ],
  [
    'msg-zerocopy --file 1m --buf 64k',
    'msg-zerocopy',
    { file: 1 << 20, buf: 65536 },
    { syscalls: 49, cpuCopies: 0, cpuBytes: 0, dmaTransfers: 16, dmaBytes: 1 << 20 },
  ],
  [
    'msg-zerocopy --file 1m --buf 64k nic=loopback',
    'msg-zerocopy',
    { file: 1 << 20, buf: 65536, nic: 'loopback' },
    { syscalls: 49, cpuCopies: 16, cpuBytes: 1 << 20, dmaTransfers: 16, dmaBytes: 1 << 20 },
  ],
];

describe('issue 17 reference totals', () => {
  it.each(REFERENCE)('%s', (_name, scenario, params, want) => {
    const t = simulate(scenario, params);
    expect(t.totals).toMatchObject(want);
  });
});

const enters = (steps: readonly Step[]) => steps.filter((s) => s.site === 'io_uring_enter.enter');
const count = (steps: readonly Step[], site: string) => steps.filter((s) => s.site === site).length;

describe('io-uring rules', () => {
  it('--file 1m --buf 4k --batch 32: 512 operations in 16 io_uring_enter calls, each submitting 32 and waiting for them', () => {
    const steps = allSteps(simulate('io-uring', { file: 1 << 20, buf: 4096, batch: 32 }));
    expect(count(steps, 'uring.issue')).toBe(512);
    const e = enters(steps);
    expect(e).toHaveLength(16);
    for (const s of e) expect([s.params.toSubmit, s.params.minComplete]).toEqual([32, 32]);
    const exits = steps.filter((s) => s.site === 'io_uring_enter.exit');
    expect(exits.map((s) => s.params.ret)).toEqual(Array(16).fill(32));
    // Every issue happens inside an io_uring_enter (or its task_work), never from user space.
    expect(steps.filter((s) => s.site === 'uring.issue').every((s) => s.ring === 0)).toBe(true);
  });

  it('with sqpoll=on no io_uring_enter is in the data path, and the SQ thread does the submitting and uses CPU', () => {
    const t = simulate('io-uring', { file: 1 << 20, buf: 4096, batch: 32, sqpoll: 'on' });
    const steps = allSteps(t);
    expect(enters(steps)).toHaveLength(0);
    const sqp = t.tasks.find((x) => x.kernel && x.name.startsWith('iou-sqp'));
    expect(sqp).toBeDefined();
    const issues = steps.filter((s) => s.site === 'uring.issue');
    expect(issues).toHaveLength(512);
    expect(issues.every((s) => s.task === sqp!.pid)).toBe(true);
    expect(count(steps, 'uring.sq_poll')).toBeGreaterThan(0);
    // The thread's busy polling is CPU time the run without it does not spend.
    const without = simulate('io-uring', { file: 1 << 20, buf: 4096, batch: 32 });
    expect(t.totals.cpuBusyNsBy.kernel).toBeGreaterThan(without.totals.cpuBusyNsBy.kernel);
  });

  it('IORING_OP_SEND copies each chunk into skbs; SEND_ZC does not, and posts one notification CQE per send', () => {
    const send = allSteps(simulate('io-uring', { file: 100000, buf: 8192, batch: 8 }));
    const zc = allSteps(simulate('io-uring', { file: 100000, buf: 8192, batch: 8, op: 'send_zc' }));
    const chunks = Math.ceil(100000 / 8192);
    expect(count(send, 'copy.user_to_skb_uring')).toBe(chunks);
    expect(count(zc, 'copy.user_to_skb_uring')).toBe(0);
    expect(count(zc, 'ref.user_to_skb_uring_zc')).toBe(chunks);
    expect(count(zc, 'uring.cqe_notif')).toBe(chunks);
    expect(count(send, 'uring.cqe_notif')).toBe(0);
    expect(count(zc, 'dma.user_to_nic')).toBeGreaterThan(0);
  });

  it('rules hold on random parameters: every SQE issued once, CQEs for all, the file sent whole and in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom(512, 1000, 4096, 16384, 65536),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('off', 'on'),
        fc.constantFrom('send', 'send_zc'),
        fc.constantFrom('cold', 'warm'),
        (file, buf, batch, sqpoll, op, cache) => {
          const p = { file, buf, batch, sqpoll, op, cache } as Partial<Params>;
          const t = simulate('io-uring', p);
          const steps = allSteps(t);
          const chunks = Math.ceil(file / buf);
          expect(count(steps, 'uring.sqe_write')).toBe(2 * chunks);
          expect(count(steps, 'uring.issue')).toBe(2 * chunks);
          expect(count(steps, 'uring.cqe')).toBe(2 * chunks);
          expect(count(steps, 'uring.cqe_notif')).toBe(op === 'send_zc' ? chunks : 0);
          const e = enters(steps);
          expect(e).toHaveLength(sqpoll === 'on' ? 0 : Math.ceil((2 * chunks) / batch));
          for (const s of e) expect(s.params.toSubmit).toBeLessThanOrEqual(batch);
          // A read copies into user space; SEND copies again; SEND_ZC does not.
          expect(t.totals.cpuBytes).toBe(op === 'send' ? 2 * file : file);
          // The bytes reach the wire in file order, all of them.
          const sent = steps.filter((s) => s.kind === 'dma.done' && s.data?.to === 'wire');
          expect(sent.reduce((n, s) => n + s.data!.bytes, 0)).toBe(file);
          const sends = steps.filter(
            (s) => s.site === 'copy.user_to_skb_uring' || s.site === 'ref.user_to_skb_uring_zc',
          );
          const offsets = sends.map((s) => s.data!.offset!);
          expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('msg-zerocopy rules', () => {
  it('0 CPU copies with a real NIC; on loopback one copy per skb, and the notification says COPIED', () => {
    const real = simulate('msg-zerocopy', { file: 300000, buf: 65536 });
    const lo = simulate('msg-zerocopy', { file: 300000, buf: 65536, nic: 'loopback' });
    expect(real.totals.cpuCopies).toBe(0);
    const skbs = allSteps(lo).filter((s) => s.site === 'ref.user_to_skb_zc').length;
    expect(lo.totals.cpuCopies).toBe(skbs);
    expect(lo.totals.cpuBytes).toBe(300000);
    const notes = allSteps(lo).filter((s) => s.site === 'zc.notify');
    expect(notes.every((s) => s.params.copied === 1)).toBe(true);
    expect(
      allSteps(real)
        .filter((s) => s.site === 'zc.notify')
        .every((s) => s.params.copied === 0),
    ).toBe(true);
  });

  it('rules hold on random parameters: notification ranges read cover every send once, in order; the extra calls are poll and recvmsg', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.constantFrom(1000, 4096, 65536, 200_000),
        fc.constantFrom(16384, 65536, 4 << 20),
        fc.constantFrom('real', 'loopback'),
        (file, buf, sndbuf, nic) => {
          const t = simulate('msg-zerocopy', { file, buf, sndbuf, nic } as Partial<Params>);
          const steps = allSteps(t);
          const sends = Math.ceil(file / buf);
          const read = steps.filter((s) => s.site === 'recvmsg_errqueue.exit' && s.params.ret === 0);
          const ranges = read.map((s) => [s.params.lo, s.params.hi] as [number, number]);
          let next = 0;
          for (const [lo, hi] of ranges) {
            expect(lo).toBe(next);
            expect(hi).toBeGreaterThanOrEqual(lo);
            next = hi + 1;
          }
          expect(next).toBe(sends);
          const polls = count(steps, 'poll.enter');
          expect(polls).toBe(read.length);
          expect(t.totals.syscalls).toBe(1 + sends + polls + read.length);
          if (nic === 'real') expect(t.totals.cpuCopies).toBe(0);
          else expect(t.totals.cpuBytes).toBe(file);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('notifications coalesce: a sender held up by a small send buffer reads fewer ranges than it made sends', () => {
    const steps = allSteps(simulate('msg-zerocopy', { file: 1 << 20, buf: 65536, sndbuf: 65536 }));
    const read = steps.filter((s) => s.site === 'recvmsg_errqueue.exit');
    expect(read.length).toBeLessThan(16);
    expect(steps.some((s) => s.site === 'zc.notify' && s.params.merged === 1)).toBe(true);
  });
});
