import './lesson.css';
import { useEffect, useState } from 'react';
import { textIn, type Lesson } from '../../url/lesson';
import { Panel } from '../Panel';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { LessonRecorder } from './LessonRecorder';
import { loadShippedLesson, SHIPPED_LESSONS, type ShippedLessonId } from './shippedLessons';
import { readLessonFile } from './lessonFiles';
import { requestFullscreen } from '../presenter/fullscreen';

/**
 * Guided lessons (issue 19): open one that comes with the app or a file, present it (PgDn/PgUp walk its
 * stops), or record one from the steps on screen and share it as a file or a link.
 */
export function LessonPanel() {
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const t = useT();
  const [shipped, setShipped] = useState<readonly (readonly [ShippedLessonId, Lesson])[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(SHIPPED_LESSONS.map(async (id) => [id, await loadShippedLesson(id)] as const)).then(
      (all) => live && setShipped(all),
    );
    return () => {
      live = false;
    };
  }, []);
  const present = (lesson: Lesson) => {
    store.getState().enterPresenter();
    requestFullscreen();
    void store.getState().openLesson(lesson, 0);
  };
  return (
    <Panel title={t('classroom.lesson.title')} className="lesson-panel">
      <h3>{t('classroom.lesson.shipped')}</h3>
      <ul className="lesson-shipped">
        {shipped.map(([id, lesson]) => (
          <li key={id} data-lesson={id}>
            <span>{textIn(lesson.title, locale)}</span>{' '}
            <button type="button" onClick={() => void store.getState().openLesson(lesson, 0)}>
              {t('classroom.lesson.open')}
            </button>{' '}
            <button type="button" data-present-lesson={id} onClick={() => present(lesson)}>
              {t('classroom.lesson.present')}
            </button>
          </li>
        ))}
      </ul>
      <label className="lesson-file">
        {t('classroom.lesson.loadFile')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readLessonFile(file, store);
            e.target.value = '';
          }}
        />
      </label>
      <LessonRecorder onPresent={present} />
    </Panel>
  );
}
