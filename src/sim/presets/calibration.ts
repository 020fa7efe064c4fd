import { DEFAULT_COSTS, type CostModel } from '../costModel';

/** What `npm run calibrate` writes to thisMachine.json: the fitted costs and where they were measured. */
export interface Calibration {
  readonly machine: { readonly cpu: string; readonly cores: number; readonly kernel: string };
  readonly date: string;
  readonly costs: Partial<CostModel>;
}

const COST_NAMES = Object.keys(DEFAULT_COSTS) as (keyof CostModel)[];

/**
 * Validates the calibration file's content (written by a script, but still input): a non-negative finite
 * number for each cost it names, nothing else. Anything unusable is treated as no calibration (null).
 */
export function readCalibration(json: unknown): Calibration | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  const m = o['machine'] as Record<string, unknown> | undefined;
  const c = o['costs'] as Record<string, unknown> | undefined;
  if (!m || !c || typeof o['date'] !== 'string') return null;
  const costs: Partial<Record<keyof CostModel, number>> = {};
  for (const name of COST_NAMES) {
    const v = c[name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
    costs[name] = v;
  }
  return {
    machine: {
      cpu: String(m['cpu'] ?? '?'),
      cores: Number(m['cores'] ?? 0),
      kernel: String(m['kernel'] ?? '?'),
    },
    date: o['date'],
    costs,
  };
}
