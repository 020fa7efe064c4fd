/** The classroom tools' buttons, in the initial JavaScript (their views and words load on demand). */
export const classroomStart: Readonly<Record<string, string>> = {
  'classroom.predict.toggle': 'Predict',
  'classroom.predict.toggleHint': 'Answer questions about this run before it plays',
  'classroom.lesson.toggle': 'Lesson',
  'classroom.lesson.prev': 'Previous stop',
  'classroom.lesson.next': 'Next stop',
};
