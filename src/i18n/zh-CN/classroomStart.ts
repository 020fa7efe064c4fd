/** zh-CN: the classroom tools' buttons. Keys must match the other locale exactly (tests/i18n). */
export const classroomStart: Readonly<Record<string, string>> = {
  'classroom.predict.toggle': '预测',
  'classroom.predict.toggleHint': '在运行播放之前，先回答关于它的问题',
  'classroom.lesson.toggle': '课程',
  'classroom.lesson.prev': '上一站',
  'classroom.lesson.next': '下一站',
};
