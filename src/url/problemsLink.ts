import { isLocale, type Locale } from '../i18n/index';
import {
  PROBLEM_LIMITS,
  isScenarioId,
  type Problem,
  type ProblemSetOptions,
  type ScenarioId,
} from '../sim/index';
import { shown } from './codec';
import type { Notice } from './fields';
import { formatParamValue } from './paramText';

/** The route of a problem set: `#/problems?seed=42[&count=10][&questions=3][&scenarios=a,b][&answers=1]`. */
export const PROBLEMS_ROUTE = 'problems';

/** The same defaults as `sim problems` (src/cli/problemsArgs.ts), so a link and the CLI name the same set. */
export const PROBLEMS_DEFAULTS = { seed: 1, count: 10, questions: 3 } as const;

export interface ProblemsLink {
  readonly options: Required<Pick<ProblemSetOptions, 'seed' | 'count' | 'questions'>> & {
    readonly scenarios: readonly ScenarioId[];
  };
  /** The instructor's link: answers shown from the start (`answers=1` or `key=instructor`). */
  readonly answers: boolean;
  readonly locale?: Locale;
  readonly notices: readonly Notice[];
}

export { isProblemsHash } from './routes';

function whole(text: string, min: number, max: number): number | undefined {
  const n = Number(text);
  return /^\d{1,10}$/.test(text) && n >= min && n <= max ? n : undefined;
}

/**
 * Reads a problem set's link. Never throws: a field that is unknown, repeated or out of range is dropped and
 * its default kept, and a notice says what and why (the page shows it as text). Pure.
 */
export function decodeProblemsHash(hash: string): ProblemsLink {
  const text = String(hash ?? '').slice(0, 512);
  const q = text.indexOf('?');
  const notices: Notice[] = [];
  let seed: number = PROBLEMS_DEFAULTS.seed;
  let count: number = PROBLEMS_DEFAULTS.count;
  let questions: number = PROBLEMS_DEFAULTS.questions;
  let scenarios: ScenarioId[] = [];
  let answers = false;
  let locale: Locale | undefined;
  let seedGiven = false;
  const seen = new Set<string>();
  const bad = (name: string, value: string) =>
    notices.push({
      key: 'classroom.problems.notice.bad',
      params: { name: shown(name), value: shown(value) },
    });
  let fields = 0;
  for (const [key, value] of new URLSearchParams(q >= 0 ? text.slice(q + 1) : '')) {
    if (++fields > 16) break;
    if (seen.has(key)) {
      bad(key, value);
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'seed': {
        const n = whole(value, 0, 2 ** 32 - 1);
        if (n === undefined) bad(key, value);
        else [seed, seedGiven] = [n, true];
        break;
      }
      case 'count': {
        const n = whole(value, PROBLEM_LIMITS.count.min, PROBLEM_LIMITS.count.max);
        if (n === undefined) bad(key, value);
        else count = n;
        break;
      }
      case 'questions': {
        const n = whole(value, PROBLEM_LIMITS.questions.min, PROBLEM_LIMITS.questions.max);
        if (n === undefined) bad(key, value);
        else questions = n;
        break;
      }
      case 'scenarios': {
        const ids = value.split(',').filter((s) => s !== '');
        if (ids.length > 0 && ids.every(isScenarioId)) scenarios = ids;
        else bad(key, value);
        break;
      }
      case 'answers':
        if (value === '1') answers = true;
        else if (value !== '0') bad(key, value);
        break;
      case 'key':
        if (value === 'instructor') answers = true;
        else bad(key, value);
        break;
      case 'lang':
        if (isLocale(value)) locale = value;
        else bad(key, value);
        break;
      case 'v':
        break;
      default:
        bad(key, value);
    }
  }
  if (!seedGiven) notices.push({ key: 'classroom.problems.notice.noSeed', params: { seed } });
  return { options: { seed, count, questions, scenarios }, answers, locale, notices };
}

/** A problem set's link; `answers` makes the instructor's. Pure. */
export function encodeProblemsHash(link: Omit<ProblemsLink, 'notices'>): string {
  const { seed, count, questions, scenarios } = link.options;
  const q = [`seed=${seed}`];
  if (count !== PROBLEMS_DEFAULTS.count) q.push(`count=${count}`);
  if (questions !== PROBLEMS_DEFAULTS.questions) q.push(`questions=${questions}`);
  if (scenarios.length > 0) q.push(`scenarios=${scenarios.join(',')}`);
  if (link.answers) q.push('key=instructor');
  if (link.locale) q.push(`lang=${link.locale}`);
  return `#/${PROBLEMS_ROUTE}?${q.join('&')}`;
}

/** The link that opens a problem's run: its scenario with the parameters drawn away from their defaults. */
export function problemRunHash(problem: Problem, locale: Locale): string {
  const q = problem.changed.map(
    (name) => `${name}=${encodeURIComponent(formatParamValue(name, problem.params[name]))}`,
  );
  return `#/${problem.scenario}?${[...q, `lang=${locale}`, 'v=1'].join('&')}`;
}
