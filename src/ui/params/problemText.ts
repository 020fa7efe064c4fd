import { PARAM_PROBLEM_CODES, PARAM_SPECS, type ParamName, type ParamProblem } from '../../sim/index';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

function isParamName(name: unknown): name is ParamName {
  return typeof name === 'string' && Object.hasOwn(PARAM_SPECS, name);
}

/** A parameter's allowed values in the reader's language (the core's describeRange is English, for the CLI). */
export function rangeText(t: Translate, name: ParamName): string {
  const spec = PARAM_SPECS[name];
  if (spec.kind === 'choice') return t('ui.range.choice', { values: spec.values.join(', ') });
  if (spec.kind === 'costs') return t('ui.range.costs');
  if (spec.oneOf) return t('ui.range.choice', { values: spec.oneOf.join(', ') });
  if (spec.words)
    return t('ui.range.countOrWords', { min: spec.min, max: spec.max, words: spec.words.join(', ') });
  const key = `ui.range.${spec.kind}${spec.pow2 ? 'PowerOfTwo' : ''}`;
  return t(key, { min: spec.min, max: spec.max });
}

/** Why a value was refused, in the reader's language, from the core's structured problem. */
export function problemText(t: Translate, problem: ParamProblem): string {
  const range = 'name' in problem && isParamName(problem.name) ? rangeText(t, problem.name) : '';
  return t(`ui.paramError.${problem.code}`, { ...problem, range });
}

/**
 * The problem a notice carries flat among its params (src/url puts the core's `problem` fields there), or
 * undefined for notices about something else.
 */
export function problemOf(params: Readonly<Record<string, string | number>>): ParamProblem | undefined {
  const code = params.code;
  const known = (PARAM_PROBLEM_CODES as readonly unknown[]).includes(code);
  return known ? (params as unknown as ParamProblem) : undefined;
}
