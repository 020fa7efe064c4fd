/** en parameter words of issue 17 (in the first bundle: the parameters panel shows them at start). */
export const kernelCopyUi: Readonly<Record<string, string>> = {
  'ui.param.fs': 'File system',
  'ui.param.rakb': 'read_ahead_kb (ra=linux)',
  'ui.range.countOrWords': 'an integer from {min} to {max}, or {words}',
};
