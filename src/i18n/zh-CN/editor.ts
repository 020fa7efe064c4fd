/** zh-CN messages of a program of the user's own: pane, link notices and the editor. Keys match en (tests/i18n). */
export const editor: Readonly<Record<string, string>> = {
  'ui.program.editCopy': '编辑副本',
  'ui.program.editCopyHint': '在编辑器中打开这个程序；修改后运行（场景保持不变）',
  'ui.program.openDraft': '打开你的草稿',
  'ui.program.custom': '你的程序',
  'ui.program.heading': '你的程序',
  'ui.program.from': '由 {title} 的副本修改而来',
  'ui.notice.program.empty': '链接中的程序是空的；已改为打开该场景自己的程序。',
  'ui.notice.program.tooLong': '链接中的程序超过 {max} 个字符（上限）；已改为打开该场景自己的程序。',
  'ui.notice.program.notBase64':
    '链接中的程序不是 base64url 文本（被截断或改动过）；已改为打开该场景自己的程序。',
  'ui.notice.program.corrupt': '链接中的程序无法解压（被截断或改动过）；已改为打开该场景自己的程序。',
  'ui.notice.program.tooBig':
    '链接中的程序解压后超过 65,536 个字符（语言的上限）；已改为打开该场景自己的程序。',
  'ui.notice.program.notText': '链接中的程序不是纯文本；已改为打开该场景自己的程序。',
  'ui.notice.program.notLoaded': '暂时无法读取链接中的程序；已打开该场景自己的程序。',
  'ui.notice.program.paramNotDeclared': '已忽略“{name}”：链接中的程序没有声明对应的常量。',
  ...editorPane(),
};

/** The editor's own messages (in English they load with the editor: en/editorPane.ts). */
function editorPane(): Record<string, string> {
  return {
    'editor.title': '你的程序',
    'editor.label': '程序文本（场景语言）',
    'editor.run': '运行',
    'editor.runHint': '用这段程序重新模拟（Ctrl+Enter）',
    'editor.close': '关闭编辑器',
    'editor.back': '回到场景自己的程序',
    'editor.problems': '问题',
    'editor.strace.open': '导入 strace 日志…',
    'editor.strace.label': '粘贴 strace -f 的输出（或把文件拖到这里）',
    'editor.strace.import': '导入',
    'editor.strace.cancel': '取消',
    'editor.strace.done': '日志已成为编辑器中的程序（点“运行”在机器上重放）；有 {n} 条无法原样映射的说明：',
    'editor.strace.failed': '无法导入该日志：{error}',
    'editor.strace.closed': '导入完成之前编辑器已关闭。',
    'editor.strace.noWorker': '这个浏览器无法启动编辑器的 worker（Web Worker 已关闭）。',
    'editor.strace.tooLong': '日志超过 {max} 个字符；请只粘贴想要重放的部分。',
    'editor.noProblems': '没有发现问题。',
    'editor.problem': '第 {line} 行，第 {col} 列：{message}',
    'editor.runProblem': '运行未替换屏幕上的运行——第 {line} 行，第 {col} 列：{message}',
    'editor.edited': '已修改：按“运行”后在机器上查看。',
    'editor.onScreen': '屏幕上正在运行这段程序；当前行随播放移动。',
    'editor.keys': 'Tab 键离开编辑器；Ctrl+空格 补全系统调用；Ctrl+Enter 运行。',
    'editor.loading': '正在加载编辑器…',
  };
}
