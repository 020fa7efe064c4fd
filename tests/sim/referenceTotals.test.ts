import { describe, expect, it } from 'vitest';
import { simulate, type Params, type ScenarioId } from '../../src/sim/index';

/** DESIGN §5 reference totals, defaults file=4096 buf=4096 page=4096 cache=cold sg=on loop=size x86_64. */
const REFERENCE: [string, ScenarioId, Partial<Params>, Record<string, number>][] = [
  [
    'read-write',
    'read-write',
    {},
    { sys: 2, msSys: 4, msExc: 0, copies: 2, cpuBytes: 8192, dma: 2, dmaBytes: 8192, faults: 0 },
  ],
  [
    'mmap-write',
    'mmap-write',
    {},
    { sys: 3, msSys: 6, msExc: 0, copies: 1, cpuBytes: 4096, dma: 2, dmaBytes: 8192, faults: 1 },
  ],
  [
    'sendfile sg=off',
    'sendfile',
    { sg: 'off' },
    { sys: 1, msSys: 2, msExc: 0, copies: 1, cpuBytes: 4096, dma: 2, dmaBytes: 8192, faults: 0 },
  ],
  [
    'sendfile',
    'sendfile',
    {},
    { sys: 1, msSys: 2, msExc: 0, copies: 0, cpuBytes: 0, dma: 2, dmaBytes: 8192, faults: 0 },
  ],
  [
    'splice',
    'splice',
    {},
    { sys: 3, msSys: 6, msExc: 0, copies: 0, cpuBytes: 0, dma: 2, dmaBytes: 8192, faults: 0 },
  ],
  [
    'direct-io',
    'direct-io',
    {},
    { sys: 2, msSys: 4, msExc: 0, copies: 1, cpuBytes: 4096, dma: 2, dmaBytes: 8192, faults: 0 },
  ],
  [
    'direct-io bufoff=1',
    'direct-io',
    { bufoff: 1 },
    { sys: 1, msSys: 2, msExc: 0, copies: 0, cpuBytes: 0, dma: 0, dmaBytes: 0, faults: 0 },
  ],
  [
    'cow-fork',
    'cow-fork',
    {},
    { sys: 3, msSys: 6, msExc: 6, copies: 2, cpuBytes: 8192, dma: 0, dmaBytes: 0, faults: 3 },
  ],
  [
    'kernel-access',
    'kernel-access',
    {},
    { sys: 0, msSys: 0, msExc: 1, copies: 0, cpuBytes: 0, dma: 0, dmaBytes: 0, faults: 1 },
  ],
];

describe('DESIGN §5 reference totals', () => {
  it.each(REFERENCE)('%s', (_name, scenario, params, want) => {
    const t = simulate(scenario, params).totals;
    expect({
      sys: t.syscalls,
      msSys: t.modeSwitchesBy.syscall,
      msExc: t.modeSwitchesBy.exception,
      copies: t.cpuCopies,
      cpuBytes: t.cpuBytes,
      dma: t.dmaTransfers,
      dmaBytes: t.dmaBytes,
      faults: t.pageFaults,
    }).toEqual(want);
  });

  it('syscall: one getpid is 1 syscall and 2 mode switches on both entry paths', () => {
    for (const arch of ['x86_64', 'i386'] as const) {
      const t = simulate('syscall', { arch }).totals;
      expect([t.syscalls, t.modeSwitches, t.cpuCopies, t.pageFaults]).toEqual([1, 2, 0, 0]);
    }
  });

  it('mmap-write: the fault is taken in kernel mode, so it is not a mode switch', () => {
    const t = simulate('mmap-write').totals;
    expect(t.pageFaults).toBe(1);
    expect(t.modeSwitchesBy.exception).toBe(0);
  });
});
