import type { Notice } from './fields';

/** A named bookmark at a step (0-based), kept in the link as `ch=12:Copy,30:DMA`. */
export interface Chapter {
  readonly step: number;
  readonly name: string;
}

/** At most this many chapters, each name at most this many characters: a link stays readable. */
export const MAX_CHAPTERS = 20;
export const MAX_CHAPTER_NAME = 40;

// Control characters, markup and the field's own separators (`,` between chapters) are not allowed in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029<>"`,]/;

/**
 * A chapter name as typed, made fit for the link: trimmed, inner runs of spaces and the separator `,`
 * become one space, cut to MAX_CHAPTER_NAME characters; '' when nothing is left. Pure.
 */
export function cleanChapterName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029<>"`,\s]+/g, ' ').trim();
  return [...clean].slice(0, MAX_CHAPTER_NAME).join('').trim();
}

/** Adds (or renames) the chapter at `step`, kept in step order; at most MAX_CHAPTERS. Pure. */
export function withChapter(chapters: readonly Chapter[], step: number, name: string): Chapter[] {
  const others = chapters.filter((c) => c.step !== step);
  if (others.length >= MAX_CHAPTERS) return [...chapters];
  return [...others, { step, name }].sort((a, b) => a.step - b.step);
}

/** The link field's value: `12:Copy,30:DMA` (names percent-encoded only where a URL needs it). Pure. */
export function encodeChapters(chapters: readonly Chapter[]): string {
  const readable = (name: string) =>
    encodeURIComponent(name).replace(/%20/g, '+').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return chapters.map((c) => `${c.step}:${readable(c.name)}`).join(',');
}

/**
 * Reads a decoded `ch` value. Each chapter is `<step>:<name>`; a malformed one, a name with markup or
 * control characters, a repeated step or one past MAX_CHAPTERS is dropped, and a notice says which and
 * why. Never throws. Pure.
 */
export function decodeChapters(value: string, notices: Notice[], shown: (text: string) => string): Chapter[] {
  const out: Chapter[] = [];
  for (const part of value.split(',')) {
    if (part === '') continue;
    const m = /^(\d{1,12}):(.+)$/s.exec(part);
    const name = m?.[2]?.trim() ?? '';
    if (!m || name === '' || FORBIDDEN.test(name) || [...name].length > MAX_CHAPTER_NAME) {
      notices.push({
        key: 'playback.notice.badChapter',
        params: { name: 'ch', value: shown(part), max: MAX_CHAPTER_NAME },
      });
      continue;
    }
    const step = Number(m[1]);
    if (out.some((c) => c.step === step)) {
      notices.push({ key: 'playback.notice.chapterTwice', params: { name: 'ch', step: String(step) } });
      continue;
    }
    if (out.length >= MAX_CHAPTERS) {
      notices.push({ key: 'playback.notice.tooManyChapters', params: { name: 'ch', max: MAX_CHAPTERS } });
      break;
    }
    out.push({ step, name });
  }
  return out.sort((a, b) => a.step - b.step);
}
