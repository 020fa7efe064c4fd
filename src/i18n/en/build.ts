/** en messages for building a run off the main thread. Keys must match the other locale exactly (tests/i18n). */
export const build: Readonly<Record<string, string>> = {
  'ui.build.label': 'Building the {scenario} run',
  'ui.build.progress': '{done} of about {estimate} steps',
  'ui.build.cancel': 'Cancel',
  'ui.build.cancelHint': 'Stop building; the run on screen stays',
  'ui.build.waiting': 'Building the run…',
  'ui.build.retry': 'Build the run again',
  'ui.notice.firstBuildCancelled': 'Building the {scenario} run was cancelled.',
  'ui.notice.firstBuildFailed': 'The {scenario} run could not be built ({error}).',
  'ui.notice.buildCancelled':
    'Building the {scenario} run was cancelled; the previous run and its link are kept.',
  'ui.notice.buildFailed':
    'The {scenario} run could not be built ({error}); the previous run and its link are kept.',
};
