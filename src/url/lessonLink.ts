import { decodeProgramSrc, encodeProgramSrc } from './programLink';
import { LESSON_LIMITS, parseLesson, serializeLesson, type Lesson, type LessonRead } from './lesson';

/** The longest `src=` a lesson link may carry (base64url characters): a long lesson belongs in a file. */
export const MAX_LESSON_SRC = 24_000;

/** A lesson's link: its JSON deflated (fflate, as programs travel), `#/lesson?src=…`. Pure. */
export function encodeLessonLink(lesson: Lesson, options: { present?: boolean } = {}): string {
  const src = encodeProgramSrc(JSON.stringify(JSON.parse(serializeLesson(lesson))));
  return `#/lesson?src=${src}${options.present ? '&present=1' : ''}`;
}

export interface LessonLinkRead {
  readonly read: LessonRead;
  /** The stop the link opens at (0-based; `stop=` is 1-based), and whether in presenter mode. */
  readonly stop: number;
  readonly present: boolean;
}

/** A lesson link back to its lesson, or why not (a deflate bomb stops at the lesson's size limit). Never throws. */
export function decodeLessonLink(hash: string): LessonLinkRead {
  const text = String(hash ?? '');
  const q = text.indexOf('?');
  const query = new URLSearchParams(q >= 0 ? text.slice(q + 1, q + 1 + MAX_LESSON_SRC + 64) : '');
  const stopText = query.get('stop') ?? '1';
  const stop = /^\d{1,3}$/.test(stopText) ? Math.max(Number(stopText) - 1, 0) : 0;
  const present = query.get('present') === '1';
  const src = query.get('src') ?? '';
  const decoded = decodeProgramSrc(src, MAX_LESSON_SRC, LESSON_LIMITS.fileChars);
  if (!decoded.ok)
    return {
      read: {
        ok: false,
        problem: decoded.problem === 'tooBig' || decoded.problem === 'tooLong' ? 'tooBig' : 'notJson',
      },
      stop,
      present,
    };
  return { read: parseLesson(decoded.text), stop, present };
}
