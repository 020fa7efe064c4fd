import calibration from '../../../tests/fidelity/calibration/this-machine.json' with { type: 'json' };
import { parseSize, type ScenarioId } from '../../sim/index';
import type { GrowthState } from '../../url/growthLink';

/** Where the measurements were taken (shown beside the measured curves). */
export interface MeasuredMachine {
  readonly cpu: string;
  readonly cores: number;
  readonly kernel: string;
  readonly date: string;
}

export interface MeasuredCurve {
  readonly scenario: ScenarioId;
  readonly points: readonly { readonly x: number; readonly value: number }[];
}

/** The C program's methods, as the scenarios that model them. */
const METHOD_SCENARIO: Readonly<Record<string, ScenarioId>> = {
  rw: 'read-write',
  mmap: 'mmap-write',
  sendfile: 'sendfile',
  splice: 'splice',
};

interface Row {
  method: string;
  cache: string;
  size: number;
  buf: number;
  elapsedNs: number;
  userNs: number;
  sysNs: number;
}

/** The committed measurements, read defensively (a hand-edited file only loses its bad rows). */
function rows(): Row[] {
  const points = (calibration as { points?: unknown }).points;
  if (!Array.isArray(points)) return [];
  return points.filter(
    (p): p is Row =>
      typeof p === 'object' &&
      p !== null &&
      ['size', 'buf', 'elapsedNs', 'userNs', 'sysNs'].every((k) => Number.isFinite(p[k])) &&
      typeof p.method === 'string' &&
      typeof p.cache === 'string',
  );
}

export function measuredMachine(): MeasuredMachine {
  const m = (calibration as { machine?: Record<string, unknown> }).machine ?? {};
  return {
    cpu: String(m['cpu'] ?? '?'),
    cores: Number(m['cores'] ?? 0),
    kernel: String(m['kernel'] ?? '?'),
    date: String((calibration as { date?: unknown }).date ?? '?'),
  };
}

/**
 * What `npm run calibrate` measured on real Linux for this chart, when the chart is one it measured: elapsed
 * or CPU time (user + system) along the file size, with the loopback or this-machine cost model, 4 KiB
 * buffers, and the chart's cache state. Empty otherwise.
 */
export function measuredCurves(s: GrowthState): MeasuredCurve[] {
  const preset = s.fixed.preset;
  if (preset !== 'loopback' && preset !== 'this-machine') return [];
  if (s.x !== 'file' || (s.y !== 'simTimeNs' && s.y !== 'cpuBusyNs')) return [];
  if (s.fixed.buf !== undefined && parseSize(s.fixed.buf) !== 4096) return [];
  const cache = s.fixed.cache ?? 'cold';
  const all = rows().filter((r) => r.cache === cache && r.buf === 4096 && r.size >= s.from && r.size <= s.to);
  return s.scenarios.flatMap((scenario) => {
    const points = all
      .filter((r) => METHOD_SCENARIO[r.method] === scenario)
      .map((r) => ({ x: r.size, value: s.y === 'simTimeNs' ? r.elapsedNs : r.userNs + r.sysNs }))
      // getrusage counts CPU time in clock ticks: a short run can read 0, which says "below one tick", not
      // "no CPU time"; such points are left out rather than drawn as zero.
      .filter((p) => p.value > 0)
      .sort((a, b) => a.x - b.x);
    return points.length > 0 ? [{ scenario, points }] : [];
  });
}
