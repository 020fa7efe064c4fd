/** en messages of the program editor, loaded with it (loadEditorMessages). Keys match zh-CN (tests/i18n). */
export const editorPane: Readonly<Record<string, string>> = {
  'editor.label': 'Program text (scenario language)',
  'editor.problems': 'Problems',
  'editor.noProblems': 'No problems found.',
  'editor.problem': 'Line {line}, column {col}: {message}',
  'editor.runProblem': 'The run on screen was kept — line {line}, column {col}: {message}',
  'editor.edited': 'Edited: press Run to see it on the machine.',
  'editor.onScreen': 'This program is the run on screen; the current line follows playback.',
  'editor.keys': 'Tab leaves the editor; Ctrl+Space completes system calls; Ctrl+Enter runs.',
};
