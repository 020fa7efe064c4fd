import { parseLesson, type Lesson } from '../../url/lesson';

/** The lessons that come with the app (issue 19), as the JSON files a lecturer would write; loaded on demand. */
export const SHIPPED_LESSONS = ['traditional-path', 'zero-copy', 'cow-fork'] as const;
export type ShippedLessonId = (typeof SHIPPED_LESSONS)[number];

const FILES: Record<ShippedLessonId, () => Promise<{ default: string }>> = {
  'traditional-path': () => import('./shipped/traditional-path.json?raw'),
  'zero-copy': () => import('./shipped/zero-copy.json?raw'),
  'cow-fork': () => import('./shipped/cow-fork.json?raw'),
};

/** A shipped lesson, read through the same parser as a file a user loads. */
export async function loadShippedLesson(id: ShippedLessonId): Promise<Lesson> {
  const read = parseLesson((await FILES[id]()).default);
  if (!read.ok) throw new Error(`shipped lesson ${id}: ${read.problem}`);
  return read.lesson;
}
