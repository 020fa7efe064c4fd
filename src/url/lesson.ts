import { isLocale, LOCALES, type Locale } from '../i18n/index';
import { decodeHash, MAX_HASH_LENGTH, shown } from './codec';
import { DEFAULT_MODES, type LinkState, type Notice } from './fields';

/** A note in one or both languages (at least one). */
export type LessonText = Readonly<Partial<Record<Locale, string>>>;

/** One stop of a guided lesson: a link state (the app's own link, `#/read-write?step=3&v=1`) and a note. */
export interface LessonStop {
  readonly link: string;
  readonly note: LessonText;
}

/** A guided lesson (issue 19): an ordered list of stops, walked with PgDn/PgUp in presenter mode. */
export interface Lesson {
  readonly title: LessonText;
  readonly stops: readonly LessonStop[];
}

/** The file format's version: `{ "lesson": 1, "title": {…}, "stops": [ … ] }`. */
export const LESSON_FORMAT = 1;
export const LESSON_LIMITS = { stops: 60, note: 800, title: 120, fileChars: 64_000 } as const;

/** Why a lesson file or link could not be read (each has a message: classroom.lesson.problem.*). */
export type LessonProblem = 'notJson' | 'notLesson' | 'badVersion' | 'noStops' | 'tooMany' | 'tooBig';

export type LessonRead =
  | { readonly ok: true; readonly lesson: Lesson; readonly notices: readonly Notice[] }
  | { readonly ok: false; readonly problem: LessonProblem };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A text of at most `max` characters in each language it has, or undefined (plain text, never markup). */
function readText(raw: unknown, max: number): LessonText | undefined {
  if (typeof raw === 'string') raw = { en: raw };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Partial<Record<Locale, string>> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!isLocale(k) || typeof v !== 'string') continue;
    const text = v.trim();
    if (text !== '' && text.length <= max && !CONTROL.test(text)) out[k] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A lesson from its JSON text (a file or a link). Never throws. Stops whose link is not the app's or whose note
 * is missing or too long are dropped, each with a notice; a lesson left without stops is refused. Pure.
 */
export function parseLesson(text: string): LessonRead {
  if (text.length > LESSON_LIMITS.fileChars) return { ok: false, problem: 'tooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { stops?: unknown }).stops))
    return { ok: false, problem: 'notLesson' };
  const r = raw as { lesson?: unknown; title?: unknown; stops: unknown[] };
  if (r.lesson !== LESSON_FORMAT) return { ok: false, problem: 'badVersion' };
  if (r.stops.length > LESSON_LIMITS.stops) return { ok: false, problem: 'tooMany' };
  const notices: Notice[] = [];
  const stops: LessonStop[] = [];
  r.stops.forEach((s, i) => {
    const stop = s as { link?: unknown; note?: unknown } | null;
    const link = typeof stop?.link === 'string' ? stop.link.trim() : '';
    const note = readText(stop?.note, LESSON_LIMITS.note);
    if (!/^#\/[a-z0-9-]+(\?|$)/.test(link) || link.length > MAX_HASH_LENGTH || !note) {
      notices.push({ key: 'classroom.lesson.notice.badStop', params: { n: i + 1, link: shown(link) } });
      return;
    }
    stops.push({ link, note });
  });
  if (stops.length === 0) return { ok: false, problem: 'noStops' };
  const title = readText(r.title, LESSON_LIMITS.title) ?? { en: 'Lesson' };
  return { ok: true, lesson: { title, stops }, notices };
}

/** A lesson as the JSON file the app writes and reads back (parseLesson). Pure. */
export function serializeLesson(lesson: Lesson): string {
  return JSON.stringify({ lesson: LESSON_FORMAT, title: lesson.title, stops: lesson.stops }, null, 2);
}

/** A text in `locale`, else in the other language (a lesson may be written in one only). */
export function textIn(text: LessonText, locale: Locale): string {
  return text[locale] ?? LOCALES.map((l) => text[l]).find((t) => t !== undefined) ?? '';
}

/** What a stop's link shows, kept in the viewer's language, theme and mode (presenter mode stays on). */
export interface StopView {
  readonly locale: Locale;
  readonly theme: LinkState['theme'];
  readonly present: boolean;
  readonly scale: number;
}

/**
 * The state a stop opens: its link read by the app's own decoder (so a stop is exactly what its link would
 * open, and a hostile one is repaired the same way, with notices), in the viewer's language, theme and mode.
 * Pure.
 */
export function stopState(
  stop: LessonStop,
  view: StopView,
): { state: LinkState; notices: readonly Notice[] } {
  const d = decodeHash(stop.link);
  const state: LinkState = {
    ...DEFAULT_MODES,
    ...d.modes,
    present: view.present || (d.modes.present ?? false),
    scale: d.modes.scale ?? view.scale,
    embed: false,
    scenario: d.scenario,
    params: d.params,
    program: d.program,
    step: d.step,
    locale: view.locale,
    theme: view.present ? view.theme : (d.view.theme ?? view.theme),
    speed: d.view.speed ?? 1,
    unit: d.view.unit ?? 'event',
    pane: d.view.pane ?? 'machine',
  };
  return { state, notices: d.notices };
}

export { isLessonHash } from './routes';
