import { useState } from 'react';
import { textIn, type Lesson } from '../../url/lesson';
import { useApp, useAppStore } from '../StoreContext';
import { useLinkSource } from '../share/LinkSourceContext';
import { copyText } from '../share/copyText';
import { useT } from '../useT';
import { downloadLesson } from './lessonFiles';
import { encodeLessonLink, MAX_LESSON_SRC } from '../../url/lessonLink';

const LOCALE_NAMES = { en: 'English', 'zh-CN': '简体中文' } as const;

/** Recording a lesson: a title, then "add this step as a stop" with a note; its stops; save or share it. */
export function LessonRecorder({ onPresent }: { onPresent(lesson: Lesson): void }) {
  const store = useAppStore();
  const lesson = useApp((s) => s.lesson);
  const stop = useApp((s) => s.stop);
  const locale = useApp((s) => s.locale);
  const links = useLinkSource();
  const t = useT();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  if (!lesson)
    return (
      <form
        className="lesson-new"
        onSubmit={(e) => {
          e.preventDefault();
          store.getState().newLesson(title);
        }}
      >
        <h3>{t('classroom.lesson.new')}</h3>
        <label>
          {t('classroom.lesson.newTitle')}{' '}
          <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('classroom.lesson.start')}</button>
      </form>
    );
  const copyLink = async () => {
    const hash = encodeLessonLink(lesson);
    if (hash.length > MAX_LESSON_SRC) {
      setMessage(t('classroom.lesson.tooLongForLink'));
      return;
    }
    const ok = await copyText(links.baseUrl() + hash);
    setMessage(ok ? t('classroom.lesson.copied') : links.baseUrl() + hash);
  };
  return (
    <div className="lesson-recorder">
      <h3>
        {textIn(lesson.title, locale)} — {t('classroom.lesson.stops')}
      </h3>
      {lesson.stops.length === 0 ? (
        <p>{t('classroom.lesson.noStops')}</p>
      ) : (
        <ol className="lesson-stops">
          {lesson.stops.map((s, i) => (
            <li key={i} aria-current={i === stop ? 'step' : undefined}>
              <button type="button" className="lesson-stop-go" onClick={() => store.getState().goStop(i)}>
                {textIn(s.note, locale)}
              </button>{' '}
              <button
                type="button"
                aria-label={t('classroom.lesson.remove', { n: i + 1 })}
                onClick={() => store.getState().removeStop(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim() === '') return;
          store.getState().addStop(note.slice(0, 800));
          setNote('');
        }}
      >
        <label className="lesson-note-field">
          {t('classroom.lesson.note', { lang: LOCALE_NAMES[locale] })}
          <textarea value={note} maxLength={800} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" data-add-stop>
          {t('classroom.lesson.addStop')}
        </button>
      </form>
      <div className="lesson-actions">
        <button
          type="button"
          disabled={lesson.stops.length === 0}
          onClick={() => downloadLesson(lesson, textIn(lesson.title, locale))}
        >
          {t('classroom.lesson.download')}
        </button>
        <button type="button" disabled={lesson.stops.length === 0} onClick={() => void copyLink()}>
          {t('classroom.lesson.copyLink')}
        </button>
        <button type="button" disabled={lesson.stops.length === 0} onClick={() => onPresent(lesson)}>
          {t('classroom.lesson.present')}
        </button>
        <button type="button" onClick={() => store.getState().closeLesson()}>
          {t('classroom.lesson.close')}
        </button>
      </div>
      {message && (
        <p role="status" className="lesson-message">
          {message}
        </p>
      )}
    </div>
  );
}
