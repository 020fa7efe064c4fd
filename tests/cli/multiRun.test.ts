import { describe, expect, it } from 'vitest';
import { sim } from '../helpers/runSim';
import { simulate, type Totals } from '../../src/sim/index';
import { parseCompareArgs, parseSweepArgs } from '../../src/cli/multiRun';

interface Side {
  scenario: string;
  params: Record<string, unknown>;
  totals: Totals;
}

describe('sim compare A B', () => {
  const r = sim(
    'compare',
    'read-write',
    'sendfile',
    '--file',
    '100000',
    '--cache',
    'warm',
    '--b.preset',
    'loopback',
    '--format',
    'json',
  );
  const out = JSON.parse(r.out) as { a: Side; b: Side; delta: Totals };

  it('gives each side the totals of its single run, shared flags to both and b.<param> to b only', () => {
    expect(r.code).toBe(0);
    expect(out.a.totals).toEqual(simulate('read-write', { file: 100000, cache: 'warm' }).totals);
    expect(out.b.totals).toEqual(
      simulate('sendfile', { file: 100000, cache: 'warm', preset: 'loopback' }).totals,
    );
    expect(out.a.params).toMatchObject({ file: 100000, cache: 'warm', preset: 'nvme-10gbe' });
    expect(out.b.params).toMatchObject({ file: 100000, cache: 'warm', preset: 'loopback' });
  });

  it('has delta = b − a for every counter, nested as the totals are', () => {
    expect(out.delta.cpuCopies).toBe(out.b.totals.cpuCopies - out.a.totals.cpuCopies);
    expect(out.delta.modeSwitchesBy.syscall).toBe(
      out.b.totals.modeSwitchesBy.syscall - out.a.totals.modeSwitchesBy.syscall,
    );
    expect(out.delta.cpuBusyNsBy.kernel).toBeCloseTo(
      out.b.totals.cpuBusyNsBy.kernel - out.a.totals.cpuBusyNsBy.kernel,
      2,
    );
    expect(Object.keys(out.delta)).toEqual(Object.keys(out.a.totals));
  });

  it('refuses bad input with one line and exit 2', () => {
    const bad = sim('compare', 'read-write', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/b: unknown scenario "nope"/);
    expect(parseCompareArgs(['read-write'])).toMatchObject({ ok: false });
    expect(parseCompareArgs(['read-write', 'sendfile', '--c.file', '1'])).toMatchObject({ ok: false });
    expect(parseCompareArgs(['read-write', 'sendfile', '--a.file', 'x'])).toMatchObject({
      ok: false,
      error: /^a: bad value for file/,
    });
    expect(parseCompareArgs(['read-write', 'sendfile', '--format', 'csv'])).toMatchObject({ ok: false });
  });
});

describe('sim sweep A,B --file list', () => {
  it('runs every scenario at every size; JSON points equal the single runs', () => {
    const r = sim(
      'sweep',
      'read-write,sendfile',
      '--file',
      '8k,64k',
      '--cache',
      'warm',
      '--preset',
      'loopback',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { preset: string; points: Side[] };
    expect(out.preset).toBe('loopback');
    expect(out.points.map((p) => [p.scenario, p.params['file']])).toEqual([
      ['read-write', 8192],
      ['read-write', 65536],
      ['sendfile', 8192],
      ['sendfile', 65536],
    ]);
    for (const p of out.points) {
      expect(p.totals).toEqual(
        simulate(p.scenario as 'read-write', {
          file: p.params['file'] as number,
          cache: 'warm',
          preset: 'loopback',
        }).totals,
      );
    }
  });

  it('prints CSV with one header and one row a point, the totals flattened', () => {
    const r = sim('sweep', 'sendfile', '--file', '4k,8k', '--format', 'csv');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^scenario,file,syscalls,.*modeSwitchesBy\.syscall,.*simTimeNs,cpuBusyNs,cpuBusyNsBy\.user,cpuBusyNsBy\.kernel,cpuBusyNsBy\.irq$/,
    );
    expect(lines[1]!.split(',')).toHaveLength(lines[0]!.split(',').length);
  });

  it('refuses a bad size naming it', () => {
    expect(parseSweepArgs(['sendfile', '--file', '8k,lots'])).toMatchObject({
      ok: false,
      error: /file.*lots/,
    });
    expect(parseSweepArgs(['sendfile', '--bogus', '1'])).toMatchObject({ ok: false });
  });
});
