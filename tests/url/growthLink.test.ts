import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GROWTH,
  decodeGrowthHash,
  encodeGrowthHash,
  runHash,
  type GrowthState,
} from '../../src/url/growthLink';
import { decodeHash } from '../../src/url/codec';
import { sweepRuns } from '../../src/sim/index';
import { isGrowthHash } from '../../src/url/growthRoute';
import { growthXValues } from '../../src/url/growthPoints';

const GiB = 1024 ** 3;

describe('growth links', () => {
  it('reads the issue example', () => {
    const d = decodeGrowthHash('#/growth?s=read-write,sendfile&y=cpuBusyNs&file=4k..1g&preset=loopback');
    expect(d.notices).toEqual([]);
    expect(d.state).toEqual({
      scenarios: ['read-write', 'sendfile'],
      y: 'cpuBusyNs',
      x: 'file',
      from: 4096,
      to: GiB,
      count: null,
      fixed: { preset: 'loopback' },
    });
  });

  it('reads a buffer sweep, with the file it reads by default', () => {
    const d = decodeGrowthHash('#/growth?s=read-write&x=buf&buf=512..1m&cache=warm&n=6');
    expect(d.notices).toEqual([]);
    expect(d.state).toMatchObject({ x: 'buf', from: 512, to: 1024 ** 2, count: 6 });
    expect(d.state.fixed).toEqual({ file: '64m', cache: 'warm' });
  });

  it.each<GrowthState>([
    DEFAULT_GROWTH,
    {
      ...DEFAULT_GROWTH,
      y: 'pageFaults',
      count: 8,
      fixed: { cache: 'warm', preset: 'loopback' },
      locale: 'zh-CN',
    },
    {
      scenarios: ['mmap-write', 'splice', 'direct-io'],
      y: 'contextSwitches',
      x: 'buf',
      from: 4096,
      to: 4096,
      count: null,
      fixed: { file: '8m', ra: '64' },
      theme: 'projector',
    },
  ])('round-trips %#', (state) => {
    const hash = encodeGrowthHash(state);
    expect(isGrowthHash(hash)).toBe(true);
    const back = decodeGrowthHash(hash);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('opens the nearest valid chart from a hostile link, saying what was dropped, never throwing', () => {
    const d = decodeGrowthHash(
      '#/growth?s=<img src=x onerror=alert(1)>,sendfile,syscall&y=__proto__&file=1g..4k&n=9999&cache=lukewarm&evil=1&s=x&theme=<b>',
    );
    expect(d.state).toEqual({ ...DEFAULT_GROWTH, scenarios: ['sendfile'] });
    const keys = d.notices.map((n) => n.key);
    expect(keys).toEqual([
      'ui.notice.duplicate',
      'growth.notice.scenario',
      'growth.notice.scenario',
      'ui.notice.badView',
      'growth.notice.range',
      'growth.notice.count',
      'ui.notice.badView',
      'ui.notice.badParam',
      'ui.notice.unknownField',
    ]);
    // What is quoted back is cut short and stays text (rendered as such).
    for (const n of d.notices)
      for (const v of Object.values(n.params)) expect(String(v).length).toBeLessThanOrEqual(400);
  });

  it('refuses ranges past 1 GiB and cuts a very long link', () => {
    expect(decodeGrowthHash('#/growth?file=4k..2g').state.to).toBe(GiB);
    const long = decodeGrowthHash(`#/growth?s=sendfile&cache=warm&${'x'.repeat(5000)}`);
    expect(long.notices[0]!.key).toBe('ui.notice.tooLong');
    expect(long.state.scenarios).toEqual(['sendfile']);
  });

  it('knows its route', () => {
    expect(isGrowthHash('#/growth')).toBe(true);
    expect(isGrowthHash('#/growth?s=splice')).toBe(true);
    expect(isGrowthHash('#/growthy')).toBe(false);
    expect(isGrowthHash('#/read-write?file=4k')).toBe(false);
  });
});

describe('growth point list', () => {
  it('one point per power of two, 4 KiB to 1 GiB', () => {
    const xs = growthXValues(4096, GiB, null);
    expect(xs).toHaveLength(19);
    expect(xs[0]).toBe(4096);
    expect(xs.at(-1)).toBe(GiB);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBe(xs[i - 1]! * 2);
  });

  it('8 MiB to 1 GiB is 8 points', () => {
    expect(growthXValues(8 * 1024 ** 2, GiB, null)).toHaveLength(8);
  });

  it('keeps ends that are not powers of two', () => {
    expect(growthXValues(3000, 10_000, null)).toEqual([3000, 4096, 8192, 10_000]);
  });

  it('a chosen count spreads evenly on the log axis', () => {
    expect(growthXValues(1000, 1_000_000, 4)).toEqual([1000, 10_000, 100_000, 1_000_000]);
    expect(growthXValues(4096, 4096, 5)).toEqual([4096]);
    expect(growthXValues(1, 4, 10)).toEqual([1, 2, 3, 4]);
  });
});

describe('a point opens its run', () => {
  it('as the workspace link of its scenario and non-default parameters', () => {
    const r = sweepRuns(['read-write'], 'file', ['64m'], { cache: 'warm', preset: 'loopback', buf: '8k' });
    if (!r.ok) throw new Error(r.error);
    const hash = runHash(r.runs[0]!, 'zh-CN');
    expect(hash).toBe('#/read-write?file=64m&buf=8k&cache=warm&preset=loopback&lang=zh-CN&v=1');
    const d = decodeHash(hash);
    expect(d.notices).toEqual([]);
    expect(d.params).toEqual(r.runs[0]!.params);
  });
});
