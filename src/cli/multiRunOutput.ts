import { sweepTotals, type Totals } from '../sim/index';
import { deltaOf, flatTotals, type MultiRunRequest, type RunSpec } from './multiRun';

interface RunResult extends RunSpec {
  readonly totals: Totals;
}

// Streamed (sweepTotals): a sweep of 1 GiB points keeps no trace, only each run's totals.
function run(spec: RunSpec): RunResult {
  return { ...spec, totals: sweepTotals(spec) };
}

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${pad(r, widths)}\n`).join('');
}

/** The output of `sim compare` / `sim sweep`, as text. Runs the simulations one at a time. */
export function multiRunOutput(req: MultiRunRequest): string {
  if (req.kind === 'compare') {
    const a = run(req.a);
    const b = run(req.b);
    const delta = deltaOf(a.totals, b.totals);
    if (req.format === 'json') return `${JSON.stringify({ a, b, delta }, null, 2)}\n`;
    const fa = flatTotals(a.totals);
    const fb = new Map(flatTotals(b.totals));
    const fd = new Map(flatTotals(delta));
    return (
      `# a: ${a.scenario} ${JSON.stringify(a.params)}\n# b: ${b.scenario} ${JSON.stringify(b.params)}\n` +
      table([
        ['counter', 'a', 'b', 'b − a'],
        ...fa.map(([k, v]) => [k, String(v), String(fb.get(k)), String(fd.get(k))]),
      ])
    );
  }
  const points = req.runs.map(run);
  const preset = req.runs[0]!.params.preset;
  if (req.format === 'json') return `${JSON.stringify({ preset, points }, null, 2)}\n`;
  const keys = flatTotals(points[0]!.totals).map(([k]) => k);
  const rows = points.map((p) => [
    p.scenario,
    String(p.params.file),
    ...flatTotals(p.totals).map(([, v]) => String(v)),
  ]);
  if (req.format === 'csv')
    return [['scenario', 'file', ...keys], ...rows].map((r) => `${r.join(',')}\n`).join('');
  const shown = [
    'simTimeNs',
    'cpuBusyNs',
    'syscalls',
    'cpuCopies',
    'cpuBytes',
    'modeSwitches',
    'contextSwitches',
  ];
  return (
    `# preset ${preset}\n` +
    table([
      ['scenario', 'file', ...shown],
      ...points.map((p) => {
        const flat = new Map(flatTotals(p.totals));
        return [p.scenario, String(p.params.file), ...shown.map((k) => String(flat.get(k)))];
      }),
    ])
  );
}
