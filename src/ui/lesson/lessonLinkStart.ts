import { loadClassroomMessages } from '../../i18n/index';
import type { AppStore } from '../../state/index';
import type { LessonLinkRead } from '../../url/lessonLink';
import { loadProgramCodec } from '../../url/programCodec';

/**
 * Reads a `#/lesson?src=…` link (its codec, fflate, loads only then) and puts its first stop's link in the
 * address bar, so the URL adapter opens that stop; a link that is not a lesson leaves a plain visit. Call
 * before startUrlSync; hand the result to openLessonFromLink after.
 */
export async function readLessonLink(win: Window): Promise<LessonLinkRead> {
  const [{ decodeLessonLink }] = await Promise.all([
    import('../../url/lessonLink'),
    // A stop may be a program of the user's own; the lesson's words (its notices) come along.
    loadProgramCodec(),
    loadClassroomMessages(),
  ]);
  const read = decodeLessonLink(win.location.hash);
  const first = read.read.ok
    ? read.read.lesson.stops[Math.min(read.stop, read.read.lesson.stops.length - 1)]
    : null;
  win.history.replaceState(null, '', first ? first.link : '#');
  return read;
}

/** Opens the lesson a link carried (in presenter mode if it asked), or says why it could not. */
export function openLessonFromLink(store: AppStore, link: LessonLinkRead): void {
  const s = store.getState();
  if (!link.read.ok) {
    s.addNotices([{ key: `classroom.lesson.problem.${link.read.problem}`, params: {} }]);
    return;
  }
  s.addNotices(link.read.notices);
  if (link.present) s.enterPresenter();
  void s.openLesson(link.read.lesson, link.stop);
}
