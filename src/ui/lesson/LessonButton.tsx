import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** Opens and closes the lesson panel (shipped lessons, a file, recording), loaded on demand. */
export function LessonButton() {
  const store = useAppStore();
  const open = useApp((s) => s.panels.lesson);
  const t = useT();
  return (
    <button
      type="button"
      data-share="lesson"
      aria-pressed={open}
      onClick={() => store.getState().togglePanel('lesson')}
    >
      {t('classroom.lesson.toggle')}
    </button>
  );
}
