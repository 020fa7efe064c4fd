/**
 * en messages of a program of the user's own that the app may need at start: the program pane's button and
 * badge, and the notices of a program's link. Keys must match the other locale exactly (tests/i18n).
 */
export const editor: Readonly<Record<string, string>> = {
  'ui.program.editCopy': 'Edit a copy',
  'ui.program.editCopyHint': 'Open this program in an editor; change it and run it (the scenario is kept)',
  'ui.program.openDraft': 'Open your draft',
  'ui.program.custom': 'your program',
  'ui.program.heading': 'Your program',
  'ui.program.from': 'edited from a copy of {title}',
  'editor.title': 'Your program',
  'editor.run': 'Run',
  'editor.runHint': 'Simulate this program again (Ctrl+Enter)',
  'editor.close': 'Close the editor',
  'editor.back': 'Back to the scenario’s program',
  'editor.loading': 'Loading the editor…',
  'ui.notice.program.notLoaded':
    'The link’s program could not be read yet; the scenario’s own program opened.',
};
