import { isScenarioId, PROBLEM_LIMITS, type ScenarioId } from '../sim/index';

export const PROBLEM_FORMATS = ['text', 'json', 'md'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

export interface ProblemsRequest {
  readonly seed: number;
  readonly count: number;
  readonly questions: number;
  readonly scenarios: readonly ScenarioId[];
  readonly answers: boolean;
  readonly format: ProblemFormat;
}

export type ProblemsArgs =
  { readonly ok: true; readonly request: ProblemsRequest } | { readonly ok: false; readonly error: string };

function wholeIn(name: string, text: string, min: number, max: number): number | string {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
    return `--${name} must be a whole number from ${min} to ${max}, not "${text}"`;
  return n;
}

/**
 * `problems --seed N [--count K] [--questions Q] [--scenarios a,b] [--answers] [--format text|json|md]`:
 * one clear error line for anything else. The seed is required: a set is named by it.
 */
export function parseProblemsArgs(argv: readonly string[]): ProblemsArgs {
  let seed: number | undefined;
  let count = 10;
  let questions = 3;
  let scenarios: ScenarioId[] = [];
  let answers = false;
  let format: ProblemFormat = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--answers') {
      answers = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : '';
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (!name) return { ok: false, error: `problems: unexpected "${arg}" (flags start with --)` };
    if (value === undefined || value.startsWith('--'))
      return { ok: false, error: `flag --${name} needs a value` };
    if (name === 'seed') {
      const n = wholeIn('seed', value, 0, 2 ** 32 - 1);
      if (typeof n === 'string') return { ok: false, error: n };
      seed = n;
    } else if (name === 'count') {
      const n = wholeIn('count', value, PROBLEM_LIMITS.count.min, PROBLEM_LIMITS.count.max);
      if (typeof n === 'string') return { ok: false, error: n };
      count = n;
    } else if (name === 'questions') {
      const n = wholeIn('questions', value, PROBLEM_LIMITS.questions.min, PROBLEM_LIMITS.questions.max);
      if (typeof n === 'string') return { ok: false, error: n };
      questions = n;
    } else if (name === 'scenarios') {
      const ids = value.split(',').filter((s) => s !== '');
      const bad = ids.find((s) => !isScenarioId(s));
      if (bad !== undefined || ids.length === 0)
        return { ok: false, error: `--scenarios: unknown scenario "${bad ?? value}"` };
      scenarios = ids as ScenarioId[];
    } else if (name === 'format') {
      if (!(PROBLEM_FORMATS as readonly string[]).includes(value))
        return { ok: false, error: `--format must be one of ${PROBLEM_FORMATS.join(', ')}, not "${value}"` };
      format = value as ProblemFormat;
    } else return { ok: false, error: `problems: unknown flag --${name}` };
  }
  if (seed === undefined) return { ok: false, error: 'problems: --seed N is required (it names the set)' };
  return { ok: true, request: { seed, count, questions, scenarios, answers, format } };
}
