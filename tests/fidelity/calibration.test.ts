import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/index';
import type { Measurement, Measurements } from '../../scripts/calibrate/measure';

/** What `npm run calibrate` measured on real Linux (committed): see README, "Model and measurement". */
const measured = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'calibration/this-machine.json'), 'utf8'),
) as Measurements;

const warm = (method: Measurement['method']) =>
  measured.points.filter((p) => p.cache === 'warm' && p.method === method && p.buf === 4096);
const sizes = warm('rw')
  .map((p) => p.size)
  .filter((s) => warm('sendfile').some((q) => q.size === s))
  .sort((a, b) => a - b);
const ratioMeasured = (size: number) =>
  warm('rw').find((p) => p.size === size)!.elapsedNs /
  warm('sendfile').find((p) => p.size === size)!.elapsedNs;

describe('the loopback preset against real Linux (warm cache, 4 KiB chunks, TCP loopback)', () => {
  it('has measurements from 8 MiB to 1 GiB', () => {
    expect(sizes[0]).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(sizes[sizes.length - 1]).toBeGreaterThanOrEqual(1024 * 1024 * 1024);
  });

  const band = sizes.map(ratioMeasured);
  const [lo, hi] = [Math.min(...band), Math.max(...band)];

  it.each(sizes.map((s) => [`${s / 1024 / 1024} MiB`, s] as const))(
    '%s: read-write/sendfile elapsed ratio inside the measured band and within 25 % of the measured point',
    (_name, size) => {
      const rw = simulate('read-write', { file: size, cache: 'warm', preset: 'loopback' }).totals;
      const sf = simulate('sendfile', { file: size, cache: 'warm', preset: 'loopback' }).totals;
      const model = rw.simTimeNs / sf.simTimeNs;
      expect(model).toBeGreaterThanOrEqual(lo);
      expect(model).toBeLessThanOrEqual(hi);
      expect(Math.abs(model / ratioMeasured(size) - 1)).toBeLessThanOrEqual(0.25);
    },
    60_000,
  );
});
