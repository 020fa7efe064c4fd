import { lazy, Suspense } from 'react';
import { loadClassroomMessages } from '../../i18n/index';
import { useApp } from '../StoreContext';

// The lesson bar and panel load when first needed, with their words (issue 19; initial JavaScript budget).
const LessonBarView = lazy(() =>
  Promise.all([import('./LessonBar'), loadClassroomMessages()]).then(([m]) => ({ default: m.LessonBar })),
);
const LessonPanelView = lazy(() =>
  Promise.all([import('./LessonPanel'), loadClassroomMessages()]).then(([m]) => ({ default: m.LessonPanel })),
);

/** The stop's note and the lesson's previous / next, while a lesson with stops is open. */
export function LessonBarSlot() {
  const walking = useApp((s) => (s.lesson?.stops.length ?? 0) > 0);
  if (!walking) return null;
  return (
    <Suspense fallback={null}>
      <LessonBarView />
    </Suspense>
  );
}

/** The lesson panel, while it is open. */
export function LessonPanelSlot() {
  const open = useApp((s) => s.panels.lesson);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LessonPanelView />
    </Suspense>
  );
}
