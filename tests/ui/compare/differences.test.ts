import { describe, expect, it } from 'vitest';
import { loadCompareMessages, loadLocale } from '../../../src/i18n/index';
import { getPreset, parseParams, simulate, type Totals } from '../../../src/sim/index';
import {
  biggestDifference,
  differenceRows,
  differenceWords,
  type RunSummary,
} from '../../../src/ui/compare/differences';

await Promise.all([loadCompareMessages(), loadLocale('zh-CN')]);

const summary = (
  scenario: 'read-write' | 'sendfile' | 'mmap-write',
  raw: Record<string, string>,
): RunSummary => {
  const r = parseParams(scenario, raw);
  if (!r.ok) throw new Error(r.error);
  const trace = simulate(scenario, r.params);
  return { name: scenario, totals: trace.totals, params: trace.params, cost: trace.cost, sends: true };
};

describe('compare mode: differences in words', () => {
  it('says counts as fewer/more with the singular for one, times and sizes as less/more', () => {
    expect(differenceWords('en', 'cpuCopies', 4, 2)).toBe('2 fewer CPU copies');
    expect(differenceWords('en', 'cpuCopies', 3, 2)).toBe('1 fewer CPU copy');
    expect(differenceWords('en', 'pageFaults', 0, 1)).toBe('1 more page fault');
    expect(differenceWords('en', 'cpuBusyNs', 1_000_000, 690_000)).toBe('310 µs less CPU time');
    expect(differenceWords('en', 'cpuBusyNs', 690_000, 1_000_000)).toBe('310 µs more CPU time');
    expect(differenceWords('en', 'cpuBusyNs', 2_000_000, 1_690_000)).toBe('310 µs less CPU time');
    expect(differenceWords('en', 'simTimeNs', 20_000_000, 19_690_000)).toBe('310 µs less elapsed time');
    expect(differenceWords('en', 'cpuBytes', 2 * 1024 * 1024, 1024 * 1024)).toBe(
      '1 MiB less copied by the CPU',
    );
    expect(differenceWords('en', 'syscalls', 5, 5)).toBe('the same');
    expect(differenceWords('zh-CN', 'cpuCopies', 4, 2)).toBe('CPU 拷贝少 2 次');
  });

  it('has one row per counter, with b − a', () => {
    const a = summary('read-write', { file: '64k', cache: 'warm' }).totals;
    const b = summary('sendfile', { file: '64k', cache: 'warm' }).totals;
    const rows = differenceRows('en', a, b);
    const copies = rows.find((r) => r.key === 'cpuCopies')!;
    expect(copies.delta).toBe(b.cpuCopies - a.cpuCopies);
    expect(copies.delta).toBeLessThan(0);
    expect(copies.words).toBe(`${-copies.delta} fewer CPU copies`);
    expect(rows.map((r) => r.key)).toContain('cpuBusyNsBy.kernel');
  });

  it('issue 15 must-show: real runs at 256 MiB on nvme-10gbe are explained as wire-limited', () => {
    const rw = summary('read-write', { file: '256m', cache: 'warm' });
    const sf = summary('sendfile', { file: '256m', cache: 'warm' });
    const en = biggestDifference('en', rw, sf, 'nvme-10gbe');
    expect(en).toMatch(
      /^On nvme-10gbe the wire is the limit \(sending 256 MiB takes 214.7 ms at line rate\)/,
    );
    expect(en).toContain('sendfile uses');
    expect(en).toContain('less CPU time than read-write');
    expect(en).toContain('frees the CPU rather than shortening the transfer');
    expect(biggestDifference('zh-CN', rw, sf, 'nvme-10gbe')).toContain('瓶颈是网线');
  });

  it('explains a wire-limited pair: the cheaper path frees the CPU rather than shortening the transfer', () => {
    // Two runs with the same elapsed time (the wire) and CPU times far apart, from the preset's own numbers.
    const base = summary('sendfile', { file: '8m', cache: 'warm' });
    const wire = base.params.file / base.cost.nicBytesPerNs;
    const totals = (cpu: number): Totals => ({ ...base.totals, simTimeNs: wire * 1.05, cpuBusyNs: cpu });
    const heavy = { ...base, name: 'read-write', totals: { ...totals(wire * 0.8), cpuCopies: 4096 } };
    const lean = { ...base, name: 'sendfile', totals: totals(wire * 0.1) };
    const en = biggestDifference('en', heavy, lean, 'nvme-10gbe');
    expect(en).toMatch(/^On nvme-10gbe the wire is the limit/);
    expect(en).toContain('sendfile uses 8.0× less CPU time than read-write');
    expect(en).toContain('frees the CPU rather than shortening the transfer');
    expect(biggestDifference('zh-CN', heavy, lean, 'nvme-10gbe')).toContain('瓶颈是网线');
  });

  it('explains a pair where one finishes much sooner, naming what it saves', () => {
    const rw = summary('read-write', { file: '8m', cache: 'warm', preset: 'loopback' });
    const sf = summary('sendfile', { file: '8m', cache: 'warm', preset: 'loopback' });
    expect(getPreset('loopback').id).toBe('loopback');
    const text = biggestDifference('en', rw, sf, 'loopback');
    expect(rw.totals.simTimeNs / sf.totals.simTimeNs).toBeGreaterThan(1.3);
    expect(text).toMatch(/^On loopback sendfile finishes [\d.]+× sooner than read-write/);
    expect(text).toContain('fewer CPU copies');
  });

  it('falls back to the counter that differs most, and says when nothing differs', () => {
    const rw = summary('read-write', { file: '64k', cache: 'warm' });
    expect(biggestDifference('en', rw, rw, 'nvme-10gbe')).toBe(
      'The two runs count the same on nvme-10gbe: every counter is equal.',
    );
    const more = { ...rw, name: 'B', totals: { ...rw.totals, pageFaults: rw.totals.pageFaults + 3 } };
    expect(biggestDifference('en', { ...rw, name: 'A' }, more, 'nvme-10gbe')).toContain(
      'they differ most in Page faults: B has 3 more page faults than A',
    );
  });
});
