import {
  PARAM_NAMES,
  parseParam,
  parseParams,
  type ParamName,
  type Params,
  type ScenarioId,
} from '../sim/index';

export const FORMATS = ['table', 'strace', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliRequest {
  /** The scenario to run or print; null with `--program FILE`. */
  readonly scenario: ScenarioId | null;
  /** `--program FILE`: the program text's file. */
  readonly programFile: string | null;
  /** `--strace FILE`: a `strace -f` log to replay. */
  readonly straceFile: string | null;
  /** `--print-program`: print the scenario's program instead of running it. */
  readonly printProgram: boolean;
  /** Resolved parameters (a scenario) or just the flags given (a program: they override its constants). */
  readonly params: Partial<Params>;
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
  let programFile: string | null = null;
  let straceFile: string | null = null;
  let printProgram = false;
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--print-program') {
      printProgram = true;
      continue;
    }
    if (arg === '--program' || arg.startsWith('--program=')) {
      const file = arg === '--program' ? argv[++i] : arg.slice('--program='.length);
      if (!file || file.startsWith('--')) return { ok: false, error: 'flag --program needs a file' };
      programFile = file;
      continue;
    }
    if (arg === '--strace' || arg.startsWith('--strace=')) {
      const file = arg === '--strace' ? argv[++i] : arg.slice('--strace='.length);
      if (!file || file.startsWith('--')) return { ok: false, error: 'flag --strace needs a file' };
      straceFile = file;
      continue;
    }
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
        error: `unknown flag --${name}; known: ${[...PARAM_NAMES, 'format', 'program', 'strace', 'print-program'].map((n) => `--${n}`).join(' ')}`,
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
  if (programFile !== null && straceFile !== null)
    return { ok: false, error: 'give --program FILE or --strace FILE, not both' };
  const file = programFile ?? straceFile;
  if (file !== null) {
    const flag = programFile !== null ? '--program' : '--strace';
    if (scenario !== undefined) return { ok: false, error: `give a scenario or ${flag} FILE, not both` };
    if (printProgram)
      return { ok: false, error: `--print-program prints a scenario's program; ${flag} runs one` };
    // The flags override the program's constants; each is checked on its own (no scenario to check against).
    const params: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(raw)) {
      const r = parseParam(name as ParamName, value);
      if (!r.ok) return { ok: false, error: r.error };
      params[name] = r.value;
    }
    return {
      ok: true,
      request: { scenario: null, programFile, straceFile, printProgram, params, format },
    };
  }
  if (scenario === undefined)
    return {
      ok: false,
      error:
        'missing scenario; usage: sim <scenario> [--flags] [--print-program] [--format table|strace|json] | sim --program FILE [--flags] | sim --strace FILE [--cache cold|warm] [--sg on|off]',
    };
  const parsed = parseParams(scenario, raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    request: {
      scenario: scenario as ScenarioId,
      programFile,
      straceFile,
      printProgram,
      params: parsed.params,
      format,
    },
  };
}
