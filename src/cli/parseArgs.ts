import { PARAM_NAMES, parseParams, type Params, type ScenarioId } from '../sim/index';

export const FORMATS = ['table', 'strace', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliRequest {
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly format: Format;
}

export type ArgsResult =
  { readonly ok: true; readonly request: CliRequest } | { readonly ok: false; readonly error: string };

/**
 * Parses `<scenario> [--name value | --name=value]… [--format f]` (DESIGN §6). Pure: returns one clear
 * error line for an unknown scenario, an unknown flag, a missing value or a bad value.
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  let scenario: string | undefined;
  let format: Format = 'table';
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (scenario !== undefined)
        return { ok: false, error: `unexpected argument "${arg}" (one scenario only)` };
      scenario = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) i++;
    if (name !== 'format' && !(PARAM_NAMES as string[]).includes(name)) {
      return {
        ok: false,
        error: `unknown flag --${name}; known: ${[...PARAM_NAMES, 'format'].map((n) => `--${n}`).join(' ')}`,
      };
    }
    if (value === undefined || value.startsWith('--'))
      return { ok: false, error: `flag --${name} needs a value` };
    if (name === 'format') {
      if (!(FORMATS as readonly string[]).includes(value)) {
        return { ok: false, error: `bad value for format: "${value}"; allowed: ${FORMATS.join(', ')}` };
      }
      format = value as Format;
    } else raw[name] = value;
  }
  if (scenario === undefined)
    return {
      ok: false,
      error: 'missing scenario; usage: sim <scenario> [--flags] [--format table|strace|json]',
    };
  const parsed = parseParams(scenario, raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, request: { scenario: scenario as ScenarioId, params: parsed.params, format } };
}
