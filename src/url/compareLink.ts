import type { Locale } from '../i18n/index';
import {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  SCENARIO_PARAMS,
  isScenarioId,
  parseParam,
  type ParamName,
  type Params,
  type ScenarioId,
} from '../sim/index';
import {
  decodeSharedField,
  linkFields,
  MAX_HASH_LENGTH,
  PROGRAM_ROUTE,
  readLinkProgram,
  shown,
  type SharedView,
} from './codec';
import { URL_VERSION, type LinkProgram, type Notice, type Theme } from './fields';
import { formatParamValue } from './paramText';
import { MAX_SRC_CHARS, programCodec } from './programCodec';
import { declaredParams } from './programConstants';
import { repairParams } from './repairParams';

import { COMPARE_ROUTE } from './routes';

export { COMPARE_ROUTE, isCompareHash } from './routes';

/** How the two runs move together: by system call number, loop iteration number, or simulated time (ns). */
export const SYNC_UNITS = ['syscall', 'iteration', 'time'] as const;
export type SyncUnit = (typeof SYNC_UNITS)[number];

export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

/** One run of the two: a scenario with its parameters, or a program of the user's own drawn on `scenario`. */
export interface CompareRun {
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly program: LinkProgram | null;
}

/** What a compare link carries. `step` is the position in `by`'s unit (syscall number, iteration, or ns). */
export interface CompareLink {
  readonly a: CompareRun;
  readonly b: CompareRun;
  readonly by: SyncUnit;
  readonly step: number;
  readonly locale?: Locale;
  readonly theme?: Theme;
  readonly present: boolean;
  readonly embed: boolean;
}

export interface DecodedCompare {
  readonly link: CompareLink;
  /** What was ignored or repaired, and why (the same notice keys as the single-run link's). */
  readonly notices: readonly Notice[];
}

export const DEFAULT_COMPARE: CompareLink = {
  a: { scenario: 'read-write', params: DEFAULT_PARAMS, program: null },
  b: { scenario: 'sendfile', params: DEFAULT_PARAMS, program: null },
  by: 'syscall',
  step: 0,
  present: false,
  embed: false,
};

/** Two sides' fields and the shared ones: more than a single run's link may carry. */
const MAX_FIELDS = 48;
/** A compare link holds at most two programs. */
const MAX_COMPARE_HASH = MAX_HASH_LENGTH + 2 * (MAX_SRC_CHARS + 8);

/** One side's raw fields while decoding. */
interface RawSide {
  run?: string;
  base?: string;
  src?: string;
  own: [ParamName, string][];
}

function isParamName(key: string): key is ParamName {
  return (PARAM_NAMES as readonly string[]).includes(key);
}

/** One side from its raw fields and the shared parameters (a side's own value wins). */
function decodeSide(
  side: Side,
  raw: RawSide,
  shared: readonly [ParamName, string][],
  fallback: CompareRun,
  notices: Notice[],
): CompareRun {
  const isProgram = raw.run === PROGRAM_ROUTE;
  let scenario = fallback.scenario;
  const scenarioField = isProgram ? raw.base : raw.run;
  if (scenarioField !== undefined && isScenarioId(scenarioField)) scenario = scenarioField;
  else if (scenarioField !== undefined)
    notices.push({
      key: 'ui.notice.unknownScenario',
      params: { value: shown(scenarioField), fallback: scenario },
    });
  // A program's fields on a side that is a scenario were not used.
  if (!isProgram)
    for (const [field, value] of [
      ['base', raw.base],
      ['src', raw.src],
    ] as const)
      if (value !== undefined)
        notices.push({ key: 'ui.notice.unknownField', params: { name: `${side}.${field}` } });
  const ownNames = new Set(raw.own.map(([n]) => n));
  const all = [...shared.filter(([n]) => !ownNames.has(n)), ...raw.own];
  if (isProgram) {
    const program = readLinkProgram(raw.src, all, notices, false);
    if (program) return { scenario, params: DEFAULT_PARAMS, program };
  }
  const accepted: Partial<Record<ParamName, string>> = {};
  for (const [name, value] of all) {
    if (!SCENARIO_PARAMS[scenario].includes(name)) {
      // A shared parameter the other side uses is not a mistake; the caller reports those used by neither.
      if (ownNames.has(name))
        notices.push({ key: 'ui.notice.paramNotUsed', params: { name: `${side}.${name}`, scenario } });
      continue;
    }
    const r = parseParam(name, value);
    if (r.ok) accepted[name] = value;
    else
      notices.push({
        key: 'ui.notice.badParam',
        params: { ...r.problem, name: ownNames.has(name) ? `${side}.${name}` : name, error: r.error },
      });
  }
  const repaired = repairParams(scenario, accepted);
  notices.push(...repaired.notices);
  return { scenario, params: repaired.params, program: null };
}

/**
 * Reads a compare link into the nearest valid state, like decodeHash: never throws, anything unknown,
 * malformed, repeated or out of range is dropped with a notice (plain text; nothing here is markup). Pure.
 */
export function decodeCompareHash(hash: string): DecodedCompare {
  const notices: Notice[] = [];
  let text = String(hash ?? '').replace(/^#/, '');
  if (text.length > MAX_COMPARE_HASH) {
    notices.push({ key: 'ui.notice.tooLong', params: { max: MAX_COMPARE_HASH } });
    text = text.slice(0, MAX_COMPARE_HASH);
  }
  const q = text.indexOf('?');
  const query = q >= 0 ? text.slice(q + 1) : '';
  const sides: Record<Side, RawSide> = { a: { own: [] }, b: { own: [] } };
  const shared: [ParamName, string][] = [];
  let by: SyncUnit = DEFAULT_COMPARE.by;
  const view: SharedView = {};
  let present = false;
  let embed = false;
  for (const [key, value, name] of linkFields(query, MAX_FIELDS, notices)) {
    // The step is a position in the sync unit: by time, ns (up to 15 digits).
    if (decodeSharedField(key, value, name, view, notices, 15)) continue;
    const badView = () => notices.push({ key: 'ui.notice.badView', params: { name, value: shown(value) } });
    const flag = (set: (on: boolean) => void) =>
      value === '1' || value === '0' ? set(value === '1') : badView();
    const sideKey = /^([ab])\.(.+)$/.exec(key);
    if (sideKey) {
      const raw = sides[sideKey[1] as Side];
      const field = sideKey[2]!;
      if (field === 'base') raw.base = value;
      else if (field === 'src') raw.src = value;
      else if (isParamName(field)) raw.own.push([field, value]);
      else notices.push({ key: 'ui.notice.unknownField', params: { name } });
      continue;
    }
    switch (key) {
      case 'a':
      case 'b':
        sides[key].run = value;
        continue;
      case 'by':
        if ((SYNC_UNITS as readonly string[]).includes(value)) by = value as SyncUnit;
        else badView();
        continue;
      case 'present':
        flag((on) => (present = on));
        continue;
      case 'embed':
        flag((on) => (embed = on));
        continue;
    }
    if (isParamName(key)) shared.push([key, value]);
    else notices.push({ key: 'ui.notice.unknownField', params: { name } });
  }
  const a = decodeSide('a', sides.a, shared, DEFAULT_COMPARE.a, notices);
  const b = decodeSide('b', sides.b, shared, DEFAULT_COMPARE.b, notices);
  // A shared parameter neither run uses (or that no program declares) was ignored: say so once.
  for (const [name] of shared) {
    const usedBy = (run: CompareRun) =>
      run.program
        ? declaredParams(run.program.text).includes(name)
        : SCENARIO_PARAMS[run.scenario].includes(name);
    if (!usedBy(a) && !usedBy(b))
      notices.push({
        key: 'ui.notice.paramNotUsed',
        params: { name, scenario: `${a.scenario}, ${b.scenario}` },
      });
  }
  const link: CompareLink = { a, b, by, step: view.step ?? 0, present, embed };
  const { locale, theme } = view;
  return {
    link: { ...link, ...(locale ? { locale } : {}), ...(theme ? { theme } : {}) },
    notices,
  };
}

/** The non-default parameters a run's link writes, as `name=value` pairs. */
function ownParams(run: CompareRun): Map<ParamName, string> {
  const out = new Map<ParamName, string>();
  if (run.program) return out;
  for (const name of SCENARIO_PARAMS[run.scenario]) {
    const value = run.params[name];
    if (value !== DEFAULT_PARAMS[name]) out.set(name, encodeURIComponent(formatParamValue(name, value)));
  }
  return out;
}

/**
 * The hash of a compare state: both runs, the parameters they share written once, each side's own with its
 * prefix (`a.buf=64k`), then the sync unit, the step and the view. Pure; decodeCompareHash reads it back.
 */
export function encodeCompareHash(link: CompareLink): string {
  const q: string[] = [];
  const codec = programCodec();
  const runField = (side: Side, run: CompareRun) => {
    if (run.program && codec)
      q.push(
        `${side}=${PROGRAM_ROUTE}`,
        `${side}.base=${run.scenario}`,
        `${side}.src=${codec.encodeProgramSrc(run.program.text)}`,
      );
    else q.push(`${side}=${run.scenario}`);
  };
  runField('a', link.a);
  runField('b', link.b);
  const pa = ownParams(link.a);
  const pb = ownParams(link.b);
  // A parameter is shared when both scenarios use it and both set it to the same value.
  const sharedNames = [...pa.keys()].filter((n) => pb.get(n) === pa.get(n));
  for (const n of sharedNames) q.push(`${n}=${pa.get(n)}`);
  for (const [side, own] of [
    ['a', pa],
    ['b', pb],
  ] as const)
    for (const [n, v] of own) if (!sharedNames.includes(n)) q.push(`${side}.${n}=${v}`);
  q.push(`by=${link.by}`);
  const step = Math.round(link.step);
  if (step > 0) q.push(`step=${step}`);
  if (link.locale) q.push(`lang=${link.locale}`);
  if (link.theme) q.push(`theme=${link.theme}`);
  if (link.present) q.push('present=1');
  if (link.embed) q.push('embed=1');
  q.push(`v=${URL_VERSION}`);
  return `#/${COMPARE_ROUTE}?${q.join('&')}`;
}
