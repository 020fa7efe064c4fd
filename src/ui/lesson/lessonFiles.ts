import type { AppStore } from '../../state/index';
import { LESSON_LIMITS, parseLesson, serializeLesson, type Lesson } from '../../url/lesson';

/** Opens a lesson file the user chose; a file that is not one gives a notice saying why. */
export async function readLessonFile(file: Blob, store: AppStore): Promise<void> {
  // Bigger than any lesson: not read at all.
  const text = file.size > LESSON_LIMITS.fileChars * 4 ? '' : await file.text();
  const read = text === '' ? ({ ok: false, problem: 'tooBig' } as const) : parseLesson(text);
  if (!read.ok) {
    store.getState().addNotices([{ key: `classroom.lesson.problem.${read.problem}`, params: {} }]);
    return;
  }
  store.getState().addNotices(read.notices);
  await store.getState().openLesson(read.lesson, 0);
}

/** Saves a lesson as a JSON file (a download; nothing leaves the machine). */
export function downloadLesson(lesson: Lesson, name: string): void {
  const url = URL.createObjectURL(new Blob([serializeLesson(lesson)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'lesson'}.json`;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
