/** zh-CN messages for building a run off the main thread. Keys must match the other locale exactly (tests/i18n). */
export const build: Readonly<Record<string, string>> = {
  'ui.build.label': '正在构建 {scenario} 运行',
  'ui.build.progress': '已完成 {done} 步，共约 {estimate} 步',
  'ui.build.cancel': '取消',
  'ui.build.cancelHint': '停止构建；屏幕上的运行保持不变',
  'ui.build.waiting': '正在构建运行……',
  'ui.build.retry': '重新构建运行',
  'ui.notice.firstBuildCancelled': '{scenario} 运行的构建已取消。',
  'ui.notice.firstBuildFailed': '{scenario} 运行无法构建（{error}）。',
  'ui.notice.buildCancelled': '{scenario} 运行的构建已取消；保留之前的运行及其链接。',
  'ui.notice.buildFailed': '无法构建 {scenario} 运行（{error}）；保留之前的运行及其链接。',
};
