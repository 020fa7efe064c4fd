import { PARAM_NAMES, parseParams, sweepRuns, type Params, type ScenarioId, type Totals } from '../sim/index';

/** One run of a comparison or a sweep: what the JSON prints for it (DESIGN §6, wave 2). */
export interface RunSpec {
  readonly scenario: ScenarioId;
  readonly params: Params;
}

export const COMPARE_FORMATS = ['table', 'json'] as const;
export const SWEEP_FORMATS = ['table', 'json', 'csv'] as const;

export type MultiRunRequest =
  | { readonly kind: 'compare'; readonly a: RunSpec; readonly b: RunSpec; readonly format: 'table' | 'json' }
  | { readonly kind: 'sweep'; readonly runs: readonly RunSpec[]; readonly format: 'table' | 'json' | 'csv' };

type Result =
  { readonly ok: true; readonly request: MultiRunRequest } | { readonly ok: false; readonly error: string };

/** `--name value` / `--name=value` pairs and the positional words, in order. */
function splitArgs(argv: readonly string[]): { words: string[]; flags: [string, string][] } | string {
  const words: string[] = [];
  const flags: [string, string][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) return `flag --${name} needs a value`;
    flags.push([name, value]);
  }
  return { words, flags };
}

function pickFormat<F extends string>(value: string | undefined, allowed: readonly F[]): F | string {
  if (value === undefined) return allowed[0]!;
  return (allowed as readonly string[]).includes(value)
    ? (value as F)
    : `bad value for format: "${value.slice(0, 40)}"; allowed: ${allowed.join(', ')}`;
}

const isParam = (name: string) => (PARAM_NAMES as readonly string[]).includes(name);

/**
 * `compare A B [--flag v]… [--a.flag v] [--b.flag v] [--format table|json]`: flags given once apply to
 * both runs, `--a.<param>` / `--b.<param>` to one (as the link's `a.<param>=`). Pure.
 */
export function parseCompareArgs(argv: readonly string[]): Result {
  const split = splitArgs(argv);
  if (typeof split === 'string') return { ok: false, error: split };
  if (split.words.length !== 2)
    return {
      ok: false,
      error: 'usage: sim compare A B [--flags] [--a.flag v] [--b.flag v] [--format table|json]',
    };
  const shared: Record<string, string> = {};
  const side: { a: Record<string, string>; b: Record<string, string> } = { a: {}, b: {} };
  let format: string | undefined;
  for (const [name, value] of split.flags) {
    if (name === 'format') format = value;
    else if (isParam(name)) shared[name] = value;
    else if (/^[ab]\./.test(name) && isParam(name.slice(2)))
      side[name[0] as 'a' | 'b'][name.slice(2)] = value;
    else
      return {
        ok: false,
        error: `unknown flag --${name.slice(0, 40)}; known: --<param>, --a.<param>, --b.<param>, --format`,
      };
  }
  const f = pickFormat(format, COMPARE_FORMATS);
  if (!(COMPARE_FORMATS as readonly string[]).includes(f)) return { ok: false, error: f };
  const runs: RunSpec[] = [];
  for (const [i, which] of (['a', 'b'] as const).entries()) {
    const scenario = split.words[i]!;
    const parsed = parseParams(scenario, { ...shared, ...side[which] });
    if (!parsed.ok) return { ok: false, error: `${which}: ${parsed.error}` };
    runs.push({ scenario: scenario as ScenarioId, params: parsed.params });
  }
  return { ok: true, request: { kind: 'compare', a: runs[0]!, b: runs[1]!, format: f as 'table' | 'json' } };
}

/**
 * `sweep A[,B…] --file 8m,64m,… [--flags] [--format table|json|csv]`: every scenario at every file size
 * (the one list-valued flag), the other flags shared. Pure.
 */
export function parseSweepArgs(argv: readonly string[]): Result {
  const split = splitArgs(argv);
  if (typeof split === 'string') return { ok: false, error: split };
  if (split.words.length !== 1)
    return {
      ok: false,
      error: 'usage: sim sweep A[,B…] --file 8m,64m,… [--flags] [--format table|json|csv]',
    };
  const raw: Record<string, string> = {};
  let format: string | undefined;
  for (const [name, value] of split.flags) {
    if (name === 'format') format = value;
    else if (isParam(name)) raw[name] = value;
    else return { ok: false, error: `unknown flag --${name.slice(0, 40)}; known: --<param>, --format` };
  }
  const f = pickFormat(format, SWEEP_FORMATS);
  if (!(SWEEP_FORMATS as readonly string[]).includes(f)) return { ok: false, error: f };
  const files = (raw['file'] ?? '4096').split(',');
  if (files.length > 64) return { ok: false, error: `--file lists at most 64 sizes (got ${files.length})` };
  const sweep = sweepRuns(split.words[0]!.split(','), 'file', files, raw);
  if (!sweep.ok) return { ok: false, error: sweep.error };
  const runs = sweep.runs;
  return { ok: true, request: { kind: 'sweep', runs, format: f as 'table' | 'json' | 'csv' } };
}

/** b − a for every counter, nested and ordered as the totals are. */
export function deltaOf(a: Totals, b: Totals): Totals {
  const d = (x: number, y: number) => Math.round((y - x) * 1000) / 1000;
  const sub = (x: object, y: object): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(x).map(([k, v]) => {
        const w = (y as Record<string, unknown>)[k];
        return [k, typeof v === 'number' ? d(v, w as number) : sub(v as object, w as object)];
      }),
    );
  return sub(a, b) as unknown as Totals;
}

/** The totals as flat columns (modeSwitchesBy.syscall, cpuBusyNsBy.user, …), in the totals' own order. */
export function flatTotals(t: Totals): [string, number][] {
  const out: [string, number][] = [];
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'number') out.push([k, v]);
    else for (const [k2, v2] of Object.entries(v as Record<string, number>)) out.push([`${k}.${k2}`, v2]);
  }
  return out;
}
