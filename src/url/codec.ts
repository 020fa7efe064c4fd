import { isLocale, type Locale } from '../i18n/index';
import {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  PROGRAM_LIMITS,
  SCENARIO_PARAMS,
  isScenarioId,
  parseParam,
  type ParamName,
  type Params,
  type ScenarioId,
  type StepUnit,
} from '../sim/index';
import {
  PANES,
  SPEEDS,
  THEMES,
  UNITS,
  URL_VERSION,
  type LinkState,
  type Notice,
  type Pane,
  type Speed,
  type LinkProgram,
  type Theme,
} from './fields';
import { isProgramHash, MAX_SRC_CHARS, programCodec } from './programCodec';
import { declaredParams, setProgramConstant } from './programConstants';
import { checkModeConflict, checkRange, decodeModeField, encodeModes, type LinkModes } from './modeFields';
import { repairParams } from './repairParams';
import { formatParamValue } from './paramText';

/** Longer hashes are cut here; no honest link is this long. */
export const MAX_HASH_LENGTH = 2048;

/** Fields read from one link at most. */
const MAX_FIELDS = 32;
const FALLBACK_SCENARIO: ScenarioId = 'read-write';
/** The route of a program of the user's own: `#/program?base=<scenario>&src=<deflated text>&…`. */
export const PROGRAM_ROUTE = 'program';

/** The theme a link means when it names none. */
export function defaultTheme(present: boolean): Theme {
  return present ? 'projector' : 'light';
}

/**
 * The URL hash of a state: `#/<scenario>?<non-default params>&step=…&lang=…&theme=…&speed=…&unit=…&pane=…&v=1`.
 * Only the scenario's own non-default parameters are written; view fields only when not the default
 * (the language always, so a shared link opens in the sender's language). Pure.
 */
export function encodeHash(s: LinkState): string {
  const q: string[] = [];
  // A program carries its parameters in its text (its constants); `base` is the scenario it was copied from.
  // (The codec is loaded before any program can be on screen: by the link that opened it or by the editor.)
  const codec = s.program ? programCodec() : undefined;
  if (s.program && codec) q.push(`base=${s.scenario}`, `src=${codec.encodeProgramSrc(s.program.text)}`);
  else {
    for (const name of SCENARIO_PARAMS[s.scenario]) {
      const value = s.params[name];
      if (value !== DEFAULT_PARAMS[name])
        q.push(`${name}=${encodeURIComponent(formatParamValue(name, value))}`);
    }
  }
  if (s.step > 0) q.push(`step=${s.step}`);
  q.push(`lang=${s.locale}`);
  // Presenter mode defaults to the projector theme, so there the light theme is the one worth writing.
  if (s.theme !== defaultTheme(s.present)) q.push(`theme=${s.theme}`);
  if (s.speed !== 1) q.push(`speed=${s.speed}`);
  if (s.unit !== 'event') q.push(`unit=${s.unit}`);
  if (s.pane !== 'machine') q.push(`pane=${s.pane}`);
  q.push(...encodeModes(s));
  q.push(`v=${URL_VERSION}`);
  return `#/${s.program && codec ? PROGRAM_ROUTE : s.scenario}?${q.join('&')}`;
}

/** The view fields a link set explicitly; absent ones fall back to the saved or browser preference. */
export interface LinkView {
  readonly locale?: Locale;
  readonly theme?: Theme;
  readonly speed?: Speed;
  readonly unit?: StepUnit;
  readonly pane?: Pane;
}

export interface Decoded {
  /** False for a plain visit (no scenario route in the hash): the saved state should be restored. */
  readonly route: boolean;
  readonly scenario: ScenarioId;
  readonly params: Params;
  /** The link's own program (`#/program?src=…`), its parameters already written into its constants. */
  readonly program: LinkProgram | null;
  readonly step: number;
  readonly view: LinkView;
  /** Playback range, embed and presenter fields the link set (they belong to the link, not to preferences). */
  readonly modes: LinkModes;
  /** What was ignored or repaired, and why. */
  readonly notices: readonly Notice[];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function pick<T extends string | number>(values: readonly T[], raw: string): T | undefined {
  return values.find((v) => String(v) === raw);
}

/**
 * Reads a URL hash into the nearest valid state. Never throws: every field is validated (parseParam,
 * parseParams, the view's value lists); anything unknown, malformed, repeated, out of range or not used
 * by the scenario is dropped, and a notice says what and why. Pure.
 */
export function decodeHash(hash: string): Decoded {
  const notices: Notice[] = [];
  let text = String(hash ?? '').replace(/^#/, '');
  // A program link may be longer by its program (whose own cap decodeProgramSrc applies, refusing, not cutting).
  const max = isProgramHash(text) ? MAX_HASH_LENGTH + MAX_SRC_CHARS + 8 : MAX_HASH_LENGTH;
  if (text.length > max) {
    notices.push({ key: 'ui.notice.tooLong', params: { max } });
    text = text.slice(0, max);
  }
  const q = text.indexOf('?');
  const path = safeDecode(q >= 0 ? text.slice(0, q) : text).replace(/^\/+|\/+$/g, '');
  const query = q >= 0 ? text.slice(q + 1) : '';
  if (path === '' && query.trim() === '') {
    return {
      route: false,
      scenario: FALLBACK_SCENARIO,
      params: DEFAULT_PARAMS,
      program: null,
      step: 0,
      view: {},
      modes: {},
      notices,
    };
  }
  const isProgram = path === PROGRAM_ROUTE;
  let scenario = FALLBACK_SCENARIO;
  if (isScenarioId(path)) scenario = path;
  else if (!isProgram)
    notices.push({ key: 'ui.notice.unknownScenario', params: { value: shown(path), fallback: scenario } });
  /** A program link's own fields: the scenario it was copied from, its text, and parameters to set in it. */
  let base: string | undefined;
  let src: string | undefined;
  const programParams: [ParamName, string][] = [];

  const accepted: Partial<Record<ParamName, string>> = {};
  const view: { -readonly [K in keyof LinkView]: LinkView[K] } = {};
  const modes: LinkModes = {};
  const shared: SharedView = {};
  for (const [key, value, name] of linkFields(query, MAX_FIELDS, notices)) {
    if (decodeSharedField(key, value, name, shared, notices, 12)) continue;
    const badView = () => notices.push({ key: 'ui.notice.badView', params: { name, value: shown(value) } });
    switch (key) {
      case 'speed':
        view.speed = pick(SPEEDS, value) ?? (badView(), undefined);
        continue;
      case 'unit':
        view.unit = pick(UNITS, value) ?? (badView(), undefined);
        continue;
      case 'pane':
        view.pane = pick(PANES, value) ?? (badView(), undefined);
        continue;
      case 'base':
      case 'src':
        if (!isProgram) break;
        if (key === 'base') base = value;
        else src = value;
        continue;
    }
    if (decodeModeField(key, value, modes, notices, shown)) continue;
    if (!(PARAM_NAMES as readonly string[]).includes(key)) {
      notices.push({ key: 'ui.notice.unknownField', params: { name } });
      continue;
    }
    const param = key as ParamName;
    if (isProgram) {
      // Checked against the program once it is read (after the loop): it must declare the constant.
      programParams.push([param, value]);
      continue;
    }
    if (!SCENARIO_PARAMS[scenario].includes(param)) {
      notices.push({ key: 'ui.notice.paramNotUsed', params: { name, scenario } });
      continue;
    }
    const r = parseParam(param, value);
    if (r.ok) accepted[param] = value;
    // The problem's code and values travel flat beside the English text, so the UI can say it in any language.
    else notices.push({ key: 'ui.notice.badParam', params: { ...r.problem, name, error: r.error } });
  }
  if (shared.locale) view.locale = shared.locale;
  if (shared.theme) view.theme = shared.theme;
  const step = shared.step ?? 0;
  for (const k of Object.keys(view) as (keyof LinkView)[]) if (view[k] === undefined) delete view[k];
  checkRange(modes, notices);
  checkModeConflict(modes, notices);
  if (isProgram) {
    if (base !== undefined && isScenarioId(base)) scenario = base;
    else if (base !== undefined)
      notices.push({ key: 'ui.notice.unknownScenario', params: { value: shown(base), fallback: scenario } });
    const program = readLinkProgram(src, programParams, notices, true);
    return { route: true, scenario, params: DEFAULT_PARAMS, program, step, view, modes, notices };
  }
  const repaired = repairParams(scenario, accepted);
  notices.push(...repaired.notices);
  return { route: true, scenario, params: repaired.params, program: null, step, view, modes, notices };
}

/*
 * What the single-run link and the compare link (compareLink.ts) read alike: the query's fields once each,
 * the version, step, language and theme fields, and a program's text with its parameters. They live here,
 * not in a module of their own, so they load in the codec's chunk (a shared module would be a chunk more).
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
