import { isLocale, type Locale } from '../i18n/index';
import {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  SCENARIO_PARAMS,
  isScenarioId,
  parseParam,
  parseSize,
  type ParamName,
  type ScenarioId,
  type SweepRun,
} from '../sim/index';
import { MAX_HASH_LENGTH, shown } from './codec';
import { THEMES, URL_VERSION, type Notice, type Theme } from './fields';
import { formatParamValue } from './paramText';
import { GROWTH_ENTRY_SCENARIOS } from './growthRoute';

/** The growth charts' route: `#/growth?s=read-write,sendfile&y=cpuBusyNs&file=4k..1g&preset=loopback`. */
export const GROWTH_ROUTE = 'growth';

/** The counters a growth chart can show (keys of the totals, DESIGN §6). */
export const GROWTH_COUNTERS = [
  'simTimeNs',
  'cpuBusyNs',
  'cpuCopies',
  'cpuBytes',
  'modeSwitches',
  'contextSwitches',
  'pageFaults',
  'interrupts',
] as const;
export type GrowthCounter = (typeof GROWTH_COUNTERS)[number];

/** What can be on the x axis: the file size or the buffer size. */
export const GROWTH_AXES = ['file', 'buf'] as const;
export type GrowthAxis = (typeof GROWTH_AXES)[number];

/** The scenarios that move a file (the others have no size to grow). */
export const GROWTH_SCENARIOS = GROWTH_ENTRY_SCENARIOS as readonly ScenarioId[];
export const MAX_GROWTH_SCENARIOS = 6;
/** Points per curve at most (`n=`), and the x range's bounds per axis. */
export const MAX_GROWTH_POINTS = 32;
export const GROWTH_X_LIMITS: { readonly [A in GrowthAxis]: readonly [number, number] } = {
  file: [1, 1024 ** 3],
  buf: [1, 64 * 1024 ** 2],
};

export interface GrowthState {
  readonly scenarios: readonly ScenarioId[];
  readonly y: GrowthCounter;
  readonly x: GrowthAxis;
  readonly from: number;
  readonly to: number;
  /** Points per curve; null = one per power of two. */
  readonly count: number | null;
  /** The other parameters, as the link wrote them (checked by parseParam), e.g. cache, preset, file under x=buf. */
  readonly fixed: Readonly<Partial<Record<ParamName, string>>>;
  readonly locale?: Locale;
  readonly theme?: Theme;
}

export const DEFAULT_GROWTH: GrowthState = {
  scenarios: ['read-write', 'sendfile'],
  y: 'simTimeNs',
  x: 'file',
  from: 4096,
  to: 1024 ** 3,
  count: null,
  fixed: {},
};
/** The x range a buffer sweep starts with (and the file it reads). */
export const DEFAULT_BUF_RANGE = { from: 512, to: 1024 ** 2, file: '64m' } as const;

/** `4k..1g` (or one size, a range of one point) within the axis' bounds, or undefined. */
function parseRange(text: string, axis: GrowthAxis): [number, number] | undefined {
  const parts = text.split('..');
  if (parts.length > 2) return undefined;
  const lo = parseSize(parts[0]!);
  const hi = parseSize(parts[parts.length - 1]!);
  const [min, max] = GROWTH_X_LIMITS[axis];
  if (lo === undefined || hi === undefined || lo < min || hi > max || lo > hi) return undefined;
  return [lo, hi];
}

/** Sizes as a link writes them: 4k, 64m, 1g when exact, else bytes. */
export function sizeText(n: number): string {
  for (const [unit, suffix] of [
    [1024 ** 3, 'g'],
    [1024 ** 2, 'm'],
    [1024, 'k'],
  ] as const)
    if (n >= unit && n % unit === 0) return `${n / unit}${suffix}`;
  return String(n);
}

export interface DecodedGrowth {
  readonly state: GrowthState;
  readonly notices: readonly Notice[];
}

const MAX_FIELDS = 32;

/**
 * Reads a growth link into the nearest valid chart. Never throws; anything unknown, malformed, repeated or
 * out of range is dropped with a notice (plain text, as the other links' notices). Pure.
 */
export function decodeGrowthHash(hash: string): DecodedGrowth {
  const notices: Notice[] = [];
  let text = String(hash ?? '').replace(/^#/, '');
  if (text.length > MAX_HASH_LENGTH) {
    notices.push({ key: 'ui.notice.tooLong', params: { max: MAX_HASH_LENGTH } });
    text = text.slice(0, MAX_HASH_LENGTH);
  }
  const q = text.indexOf('?');
  const query = q >= 0 ? text.slice(q + 1) : '';
  const fields = new Map<string, string>();
  let count = 0;
  for (const [key, value] of new URLSearchParams(query)) {
    if (++count > MAX_FIELDS) {
      notices.push({ key: 'ui.notice.tooMany', params: { max: MAX_FIELDS } });
      break;
    }
    if (fields.has(key)) notices.push({ key: 'ui.notice.duplicate', params: { name: shown(key) } });
    else fields.set(key, value);
  }
  const take = (key: string) => {
    const v = fields.get(key);
    fields.delete(key);
    return v;
  };
  const badView = (name: string, value: string) =>
    notices.push({ key: 'ui.notice.badView', params: { name, value: shown(value) } });

  let scenarios = DEFAULT_GROWTH.scenarios;
  const s = take('s');
  if (s !== undefined) {
    const wanted: ScenarioId[] = [];
    for (const id of s.split(',')) {
      if (isScenarioId(id) && GROWTH_SCENARIOS.includes(id)) {
        if (!wanted.includes(id) && wanted.length < MAX_GROWTH_SCENARIOS) wanted.push(id);
      } else notices.push({ key: 'growth.notice.scenario', params: { value: shown(id) } });
    }
    if (wanted.length > 0) scenarios = wanted;
  }

  let y = DEFAULT_GROWTH.y;
  const yText = take('y');
  if (yText !== undefined) {
    const found = GROWTH_COUNTERS.find((c) => c === yText);
    if (found) y = found;
    else badView('y', yText);
  }

  let x: GrowthAxis = 'file';
  const xText = take('x');
  if (xText !== undefined) {
    const found = GROWTH_AXES.find((a) => a === xText);
    if (found) x = found;
    else badView('x', xText);
  }
  let [from, to] =
    x === 'file' ? [DEFAULT_GROWTH.from, DEFAULT_GROWTH.to] : [DEFAULT_BUF_RANGE.from, DEFAULT_BUF_RANGE.to];
  const rangeText = take(x);
  if (rangeText !== undefined) {
    const range = parseRange(rangeText, x);
    if (range) [from, to] = range;
    else {
      const [min, max] = GROWTH_X_LIMITS[x];
      notices.push({
        key: 'growth.notice.range',
        params: { name: x, value: shown(rangeText), min: sizeText(min), max: sizeText(max) },
      });
    }
  }

  let pointCount: number | null = null;
  const n = take('n');
  if (n !== undefined) {
    if (/^\d{1,3}$/.test(n) && Number(n) >= 2 && Number(n) <= MAX_GROWTH_POINTS) pointCount = Number(n);
    else notices.push({ key: 'growth.notice.count', params: { value: shown(n), max: MAX_GROWTH_POINTS } });
  }

  const view: { locale?: Locale; theme?: Theme } = {};
  const lang = take('lang');
  if (lang !== undefined) {
    if (isLocale(lang)) view.locale = lang;
    else badView('lang', lang);
  }
  const theme = take('theme');
  if (theme !== undefined) {
    const found = THEMES.find((t) => t === theme);
    if (found) view.theme = found;
    else badView('theme', theme);
  }
  const v = take('v');
  if (v !== undefined && v !== String(URL_VERSION))
    notices.push({ key: 'ui.notice.badVersion', params: { name: 'v', value: shown(v) } });

  // A buffer sweep reads a file of DEFAULT_BUF_RANGE.file unless the link names one.
  const fixed: Partial<Record<ParamName, string>> = x === 'buf' ? { file: DEFAULT_BUF_RANGE.file } : {};
  for (const [key, value] of fields) {
    const name = shown(key);
    if (!(PARAM_NAMES as readonly string[]).includes(key)) {
      notices.push({ key: 'ui.notice.unknownField', params: { name } });
      continue;
    }
    const r = parseParam(key as ParamName, value);
    if (r.ok) fixed[key as ParamName] = value;
    else notices.push({ key: 'ui.notice.badParam', params: { ...r.problem, name, error: r.error } });
  }
  return {
    state: { scenarios, y, x, from, to, count: pointCount, fixed, ...view },
    notices,
  };
}

/** The link of a chart: only what differs from the defaults, the language always. Pure. */
export function encodeGrowthHash(s: GrowthState): string {
  const q: string[] = [`s=${s.scenarios.join(',')}`];
  if (s.y !== DEFAULT_GROWTH.y) q.push(`y=${s.y}`);
  if (s.x !== 'file') q.push(`x=${s.x}`);
  q.push(`${s.x}=${s.from === s.to ? sizeText(s.from) : `${sizeText(s.from)}..${sizeText(s.to)}`}`);
  if (s.count !== null) q.push(`n=${s.count}`);
  for (const name of PARAM_NAMES) {
    const value = s.fixed[name];
    if (value === undefined || name === s.x) continue;
    const r = parseParam(name, value);
    if (r.ok) q.push(`${name}=${encodeURIComponent(formatParamValue(name, r.value))}`);
  }
  if (s.locale) q.push(`lang=${s.locale}`);
  if (s.theme) q.push(`theme=${s.theme}`);
  q.push(`v=${URL_VERSION}`);
  return `#/${GROWTH_ROUTE}?${q.join('&')}`;
}

/** The link of one point's run (what clicking it opens): its scenario and non-default parameters. Pure. */
export function runHash(run: SweepRun, locale: Locale): string {
  const q: string[] = [];
  for (const name of SCENARIO_PARAMS[run.scenario]) {
    const value = run.params[name];
    if (value !== DEFAULT_PARAMS[name])
      q.push(`${name}=${encodeURIComponent(formatParamValue(name, value))}`);
  }
  q.push(`lang=${locale}`, `v=${URL_VERSION}`);
  return `#/${run.scenario}?${q.join('&')}`;
}
