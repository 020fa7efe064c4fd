import { isLocale, type Locale } from '../i18n/index';
import { PROGRAM_LIMITS, parseParam, type ParamName } from '../sim/index';
import { THEMES, URL_VERSION, type LinkProgram, type Notice, type Theme } from './fields';
import { MAX_SRC_CHARS, programCodec } from './programCodec';
import { declaredParams, setProgramConstant } from './programConstants';

/**
 * What the single-run link (codec.ts) and the compare link (compareLink.ts) read alike: the query's fields
 * once each, the version, step, language and theme fields, and a program's text with its parameters.
 */

/** Shows a piece of a hostile link in a notice: short, without control characters (rendered as text). */
export function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/**
 * The fields of a link's query as [key, value, name] (name: the key as a notice shows it), each once: a
 * repeated field is dropped, and reading stops after `max` fields, each with a notice.
 */
export function* linkFields(
  query: string,
  max: number,
  notices: Notice[],
): Generator<readonly [key: string, value: string, name: string]> {
  const seen = new Set<string>();
  let count = 0;
  for (const [key, value] of new URLSearchParams(query)) {
    if (++count > max) {
      notices.push({ key: 'ui.notice.tooMany', params: { max } });
      return;
    }
    const name = shown(key);
    if (seen.has(key)) {
      notices.push({ key: 'ui.notice.duplicate', params: { name } });
      continue;
    }
    seen.add(key);
    yield [key, value, name];
  }
}

/** The view fields every link reads alike. */
export interface SharedView {
  locale?: Locale;
  theme?: Theme;
  step?: number;
}

/**
 * Reads `v`, `step` (at most `stepDigits` digits), `lang` and `theme` into `view`, with a notice for a bad
 * value; false for any other key (the caller's own fields).
 */
export function decodeSharedField(
  key: string,
  value: string,
  name: string,
  view: SharedView,
  notices: Notice[],
  stepDigits: number,
): boolean {
  const badView = () => notices.push({ key: 'ui.notice.badView', params: { name, value: shown(value) } });
  switch (key) {
    case 'v':
      if (value !== String(URL_VERSION))
        notices.push({ key: 'ui.notice.badVersion', params: { name, value: shown(value) } });
      return true;
    case 'step':
      if (new RegExp(`^\\d{1,${stepDigits}}$`).test(value)) view.step = Number(value);
      else notices.push({ key: 'ui.notice.badStep', params: { name, value: shown(value) } });
      return true;
    case 'lang':
      if (isLocale(value)) view.locale = value;
      else badView();
      return true;
    case 'theme':
      if ((THEMES as readonly string[]).includes(value)) view.theme = value as Theme;
      else badView();
      return true;
    default:
      return false;
  }
}

/**
 * A program link's text with the link's parameters written into the constants it declares, or null with a
 * notice that says what was wrong. `strict`: a parameter the program does not declare, or a bad value, is
 * reported (a single run's own fields); otherwise it is skipped (a compare link's shared fields may be for
 * the other run). The text is data: the core parses it, the editor shows it as text; nothing evaluates it.
 */
export function readLinkProgram(
  src: string | undefined,
  params: readonly (readonly [ParamName, string])[],
  notices: Notice[],
  strict: boolean,
): LinkProgram | null {
  const codec = programCodec();
  if (!codec) {
    notices.push({ key: 'ui.notice.program.notLoaded', params: {} });
    return null;
  }
  const read =
    src === undefined
      ? ({ ok: false, problem: 'empty' } as const)
      : codec.decodeProgramSrc(src, MAX_SRC_CHARS, PROGRAM_LIMITS.chars);
  if (!read.ok) {
    notices.push({ key: `ui.notice.program.${read.problem}`, params: { max: MAX_SRC_CHARS } });
    return null;
  }
  let text = read.text;
  const declared = declaredParams(text);
  for (const [name, value] of params) {
    if (!declared.includes(name)) {
      if (strict) notices.push({ key: 'ui.notice.program.paramNotDeclared', params: { name } });
      continue;
    }
    const r = parseParam(name, value);
    if (r.ok) text = setProgramConstant(text, name, r.value);
    else if (strict)
      notices.push({ key: 'ui.notice.badParam', params: { ...r.problem, name, error: r.error } });
  }
  return { text };
}
