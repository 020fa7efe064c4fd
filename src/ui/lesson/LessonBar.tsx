import './lesson.css';
import { textIn } from '../../url/lesson';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/**
 * The lesson being walked: its title, where we are, the stop's note (plain text, in the viewer's language when
 * the lesson has it) and previous / next (PgUp / PgDn in presenter mode).
 */
export function LessonBar() {
  const store = useAppStore();
  const lesson = useApp((s) => s.lesson);
  const stop = useApp((s) => s.stop);
  const locale = useApp((s) => s.locale);
  const t = useT();
  if (!lesson || lesson.stops.length === 0) return null;
  const note = lesson.stops[stop]?.note;
  return (
    <section className="lesson-bar" aria-label={t('classroom.lesson.title')} data-lesson-stop={stop}>
      <p className="lesson-where">
        <strong>{textIn(lesson.title, locale)}</strong>{' '}
        {t('classroom.lesson.stopOf', { n: stop + 1, total: lesson.stops.length })}
      </p>
      <p className="lesson-note" aria-live="polite">
        {note ? textIn(note, locale) : ''}
      </p>
      <div className="lesson-nav">
        <button type="button" disabled={stop === 0} onClick={() => store.getState().goStop(stop - 1)}>
          {t('classroom.lesson.prev')}
        </button>
        <button
          type="button"
          disabled={stop >= lesson.stops.length - 1}
          onClick={() => store.getState().goStop(stop + 1)}
        >
          {t('classroom.lesson.next')}
        </button>
      </div>
    </section>
  );
}
