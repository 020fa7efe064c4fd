import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAYOUTS,
  getCountersAt,
  getMachineAt,
  getStep,
  simulate,
  type Params,
  type ScenarioId,
  type Trace,
} from '../../src/sim/index';
import { allSteps } from './helpers';

const DATA_SCENARIOS: ScenarioId[] = ['read-write', 'mmap-write', 'sendfile', 'splice', 'direct-io'];

const paramsArb: fc.Arbitrary<Partial<Params>> = fc.record({
  file: fc.integer({ min: 1, max: 300_000 }),
  buf: fc.constantFrom(512, 1000, 4096, 8192, 65536),
  page: fc.constantFrom(4096 as const, 16384 as const, 65536 as const),
  cache: fc.constantFrom('cold' as const, 'warm' as const),
  sg: fc.constantFrom('on' as const, 'off' as const),
  loop: fc.constantFrom('size' as const, 'eof' as const),
  ra: fc.integer({ min: 1, max: 64 }),
  fa: fc.constantFrom(1, 2, 4, 16, 64),
  bufoff: fc.constantFrom(0, 0, 0, 1, 512),
});

const caseArb = fc.tuple(fc.constantFrom(...DATA_SCENARIOS), paramsArb);

/** The NIC's completed transfers, in order, with their file offsets. */
function wireTransfers(trace: Trace): { offset: number; bytes: number }[] {
  return allSteps(trace)
    .filter((s) => s.kind === 'dma.done' && s.data?.to === 'wire')
    .map((s) => ({ offset: s.data!.offset!, bytes: s.data!.bytes }));
}

function failed(trace: Trace): boolean {
  return allSteps(trace).some(
    (s) => s.kind === 'syscall.exit' && typeof s.params.ret === 'number' && s.params.ret < 0,
  );
}

describe('invariants over random parameters (DESIGN §10)', () => {
  it('the bytes that reach the NIC are the file bytes, in order, exactly once', () => {
    fc.assert(
      fc.property(caseArb, ([scenario, p]) => {
        const t = simulate(scenario, p);
        if (failed(t)) return;
        let next = 0;
        for (const x of wireTransfers(t)) {
          expect(x.offset).toBe(next);
          next += x.bytes;
        }
        expect(next).toBe(t.params.file);
      }),
      { numRuns: 150 },
    );
  });

  it('every counter equals the number of its events', () => {
    fc.assert(
      fc.property(caseArb, ([scenario, p]) => {
        const t = simulate(scenario, p);
        const steps = allSteps(t);
        const count = (pred: (k: string) => boolean) => steps.filter((s) => pred(s.kind)).length;
        const sum = (kind: string) =>
          steps.filter((s) => s.kind === kind).reduce((a, s) => a + (s.data?.bytes ?? 0), 0);
        expect(t.totals.syscalls).toBe(count((k) => k === 'syscall.enter'));
        expect(t.totals.cpuCopies).toBe(steps.filter((s) => s.kind === 'cpu.copy' && !s.continued).length);
        expect(t.totals.cpuBytes).toBe(sum('cpu.copy'));
        expect(t.totals.dmaTransfers).toBe(count((k) => k === 'dma.start'));
        expect(t.totals.dmaBytes).toBe(sum('dma.start'));
        expect(t.totals.pageFaults).toBe(count((k) => k === 'fault.enter'));
        expect(t.totals.interrupts).toBe(count((k) => k === 'irq.enter'));
        expect(t.totals.contextSwitches).toBe(count((k) => k === 'sched.switch'));
        const ringFlips = steps.filter((s, i) => s.ring !== (i === 0 ? 3 : steps[i - 1]!.ring)).length;
        expect(t.totals.modeSwitches).toBe(ringFlips);
      }),
      { numRuns: 100 },
    );
  });

  it('same input, same trace', () => {
    fc.assert(
      fc.property(caseArb, ([scenario, p]) => {
        const a = simulate(scenario, p);
        const b = simulate(scenario, p);
        expect(a.length).toBe(b.length);
        expect(allSteps(a)).toEqual(allSteps(b));
      }),
      { numRuns: 40 },
    );
  });

  it('time never runs backwards and every step is in a valid ring', () => {
    fc.assert(
      fc.property(caseArb, ([scenario, p]) => {
        const steps = allSteps(simulate(scenario, p));
        for (let i = 1; i < steps.length; i++) expect(steps[i]!.t).toBeGreaterThanOrEqual(steps[i - 1]!.t);
        for (const s of steps) {
          if (s.kind === 'syscall.enter' || s.kind === 'cpu.copy' || s.kind === 'fault.enter')
            expect(s.ring).toBe(0);
          if (s.kind === 'syscall.exit' || s.kind === 'user.access') expect(s.ring).toBe(3);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('no ring-3 access to a supervisor page goes without a fault', () => {
    for (const arch of ['x86_64', 'i386'] as const) {
      const steps = allSteps(simulate('kernel-access', { arch }));
      steps.forEach((s, i) => {
        if (s.kind === 'user.access' && Number(BigInt(s.params.addr as string)) >= LAYOUTS[arch].userTop) {
          expect(steps[i + 1]?.kind).toBe('fault.enter');
        }
      });
    }
  });

  it('counters and machine state read at any step match the steps before it (checkpoints are exact)', () => {
    const t = simulate('read-write', { file: 300_000, buf: 1000, ra: 8 });
    expect(t.length).toBeGreaterThan(2000);
    let syscalls = 0;
    let lastCopy: [number, number] | null = null;
    let cachedPages = 0;
    for (let i = 0; i < t.length; i++) {
      const s = getStep(t, i);
      if (s.kind === 'syscall.enter') syscalls++;
      if (s.site === 'copy.pagecache_to_user') lastCopy = [s.data!.first, s.data!.last];
      if (s.site === 'dma.disk_to_pagecache.done') cachedPages += s.data!.last - s.data!.first + 1;
      if (i % 97 === 0 || i % 512 === 511 || i % 512 === 0) {
        expect(getCountersAt(t, i).syscalls).toBe(syscalls);
        const m = getMachineAt(t, i);
        const buf = m.tasks[0]!.userBuf;
        expect(buf ? [buf.first, buf.last] : null).toEqual(lastCopy);
        expect(m.cached.reduce((n, [lo, hi]) => n + hi - lo + 1, 0)).toBe(cachedPages);
      }
    }
    expect(getCountersAt(t, t.length - 1)).toEqual(t.totals);
  });
});
