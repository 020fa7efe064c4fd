/** issue 17 的参数文案（与 en/kernelCopyUi.ts 对应）。 */
export const kernelCopyUi: Readonly<Record<string, string>> = {
  'ui.param.fs': '文件系统',
  'ui.param.rakb': 'read_ahead_kb（ra=linux 时）',
  'ui.range.countOrWords': '{min} 到 {max} 之间的整数，或 {words}',
};
