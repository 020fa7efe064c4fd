/** zh-CN messages for working offline (the service worker). Keys must match the other locale exactly (tests/i18n). */
export const offline: Readonly<Record<string, string>> = {
  'ui.offline.update': '数据通路实验室有新版本可用。',
  'ui.offline.reload': '立即重新加载',
  'ui.offline.later': '稍后',
};
