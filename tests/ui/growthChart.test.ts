import { describe, expect, it } from 'vitest';
import { xTicks, yTicks } from '../../src/ui/growth/chartScales';
import { measuredCurves } from '../../src/ui/growth/measuredCurves';
import { DEFAULT_GROWTH } from '../../src/url/growthLink';

describe('growth chart axes', () => {
  it('labels at most about nine powers of two along x', () => {
    expect(xTicks(4096, 1024 ** 3).length).toBeLessThanOrEqual(10);
    expect(xTicks(8 * 1024 ** 2, 1024 ** 3)).toEqual(
      [8, 16, 32, 64, 128, 256, 512, 1024].map((m) => m * 1024 ** 2),
    );
  });

  it('labels powers of ten along y, with 2× and 5× steps over a short range', () => {
    expect(yTicks(5, 1300)).toEqual([5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(yTicks(3, 3e6)).toEqual([10, 100, 1000, 1e4, 1e5, 1e6]);
  });

  it('labels whole counts from 0 on the symmetric axis (some value is 0)', () => {
    expect(yTicks(0, 1.2)).toEqual([0, 1]);
    expect(yTicks(0, 12)).toEqual([0, 1, 2, 5, 10]);
  });
});

describe('measured curves beside the model', () => {
  const chart = { ...DEFAULT_GROWTH, fixed: { preset: 'loopback', cache: 'warm' } } as const;

  it('are drawn for elapsed and CPU time with loopback or this-machine, along the file, 4 KiB buffers', () => {
    const elapsed = measuredCurves(chart);
    expect(elapsed.map((c) => c.scenario)).toEqual(['read-write', 'sendfile']);
    for (const c of elapsed) {
      expect(c.points.length).toBeGreaterThanOrEqual(5);
      expect(c.points.every((p) => p.value > 0)).toBe(true);
    }
    expect(
      measuredCurves({
        ...chart,
        y: 'cpuBusyNs',
        fixed: { preset: 'this-machine', cache: 'warm', buf: '4k' },
      }),
    ).not.toEqual([]);
  });

  it('are not drawn for other counters, presets, axes or buffer sizes', () => {
    expect(measuredCurves({ ...chart, y: 'cpuCopies' })).toEqual([]);
    expect(measuredCurves({ ...chart, fixed: { cache: 'warm' } })).toEqual([]);
    expect(measuredCurves({ ...chart, fixed: { ...chart.fixed, buf: '8k' } })).toEqual([]);
    expect(measuredCurves({ ...chart, x: 'buf', from: 512, to: 1024 ** 2 })).toEqual([]);
  });
});
