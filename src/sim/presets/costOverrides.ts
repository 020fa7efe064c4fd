import { DEFAULT_COSTS, type CostModel } from '../costModel';

const NAMES = Object.keys(DEFAULT_COSTS) as (keyof CostModel)[];
/** Larger than any cost the model could sensibly use (a day in ns), so a typo cannot stall a run forever. */
const MAX = 86_400e9;

/**
 * Pure: parses the `costs` parameter, "name:value,name:value" (e.g. "refMove:5000,irqEntry:300"): single
 * costs set on top of the preset. Names are the cost model's fields; values non-negative decimal numbers.
 * Returns the overrides in canonical text (the cost model's order, one entry per name) or null if refused.
 */
export function parseCostOverrides(
  text: string,
): { readonly text: string; readonly costs: Partial<CostModel> } | null {
  const costs: Partial<Record<keyof CostModel, number>> = {};
  const trimmed = text.trim();
  if (trimmed !== '') {
    for (const part of trimmed.split(',')) {
      const m = /^\s*([A-Za-z0-9]{1,20})\s*:\s*(\d{1,15}(?:\.\d{1,6})?)\s*$/.exec(part);
      if (!m || !(NAMES as string[]).includes(m[1]!)) return null;
      const v = Number(m[2]);
      if (!Number.isFinite(v) || v > MAX) return null;
      // Bandwidths divide: zero bytes per ns would never finish.
      if (v === 0 && m[1]!.endsWith('BytesPerNs')) return null;
      costs[m[1] as keyof CostModel] = v;
    }
  }
  return { text: formatCostOverrides(costs), costs };
}

/** The canonical text of a set of overrides: the cost model's field order, "" for none. */
export function formatCostOverrides(costs: Partial<CostModel>): string {
  return NAMES.filter((n) => costs[n] !== undefined)
    .map((n) => `${n}:${costs[n]}`)
    .join(',');
}
