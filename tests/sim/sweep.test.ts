import { describe, expect, it } from 'vitest';
import { simulate, sweepRuns, sweepTotals } from '../../src/sim/index';

describe('sweepRuns: every scenario at every value of one parameter', () => {
  it('lists scenario × value in order, the other parameters shared', () => {
    const r = sweepRuns(['read-write', 'sendfile'], 'file', ['4k', '1m'], { cache: 'warm' });
    if (!r.ok) throw new Error(r.error);
    expect(r.runs.map((x) => [x.scenario, x.params.file, x.params.cache])).toEqual([
      ['read-write', 4096, 'warm'],
      ['read-write', 1048576, 'warm'],
      ['sendfile', 4096, 'warm'],
      ['sendfile', 1048576, 'warm'],
    ]);
  });

  it('with onlyUsed leaves out what a scenario does not use (sendfile has no buffer)', () => {
    const r = sweepRuns(['read-write', 'sendfile'], 'buf', ['512', '8k'], { file: '64k' }, true);
    if (!r.ok) throw new Error(r.error);
    expect(r.runs.map((x) => [x.scenario, x.params.buf])).toEqual([
      ['read-write', 512],
      ['read-write', 8192],
      ['sendfile', 4096],
      ['sendfile', 4096],
    ]);
  });

  it('refuses a bad value with the parameter named', () => {
    const r = sweepRuns(['read-write'], 'file', ['4k', 'lots'], {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/file/);
  });
});

describe('sweepTotals: a streamed run', () => {
  it.each([
    ['read-write', { file: 3 * 4096 + 17, cache: 'cold' as const }],
    ['sendfile', { file: 1 << 20, cache: 'warm' as const, preset: 'loopback' as const }],
    ['mmap-write', { file: 200_000 }],
  ] as const)('%s has the same totals as simulate', (scenario, params) => {
    const r = sweepRuns([scenario], 'file', [String(params.file)], {
      ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
    });
    if (!r.ok) throw new Error(r.error);
    expect(sweepTotals(r.runs[0]!)).toEqual(simulate(scenario, r.runs[0]!.params).totals);
  });
});
