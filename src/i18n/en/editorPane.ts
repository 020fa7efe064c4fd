/**
 * en messages of the program editor and of a program's link, loaded with the editor or the link's codec
 * (loadEditorMessages): a notice about a link's program can only arise once the codec is loaded. Keys match
 * zh-CN (tests/i18n).
 */
export const editorPane: Readonly<Record<string, string>> = {
  'editor.label': 'Program text (scenario language)',
  'editor.problems': 'Problems',
  'editor.noProblems': 'No problems found.',
  'editor.problem': 'Line {line}, column {col}: {message}',
  'editor.runProblem': 'The run on screen was kept — line {line}, column {col}: {message}',
  'editor.edited': 'Edited: press Run to see it on the machine.',
  'editor.onScreen': 'This program is the run on screen; the current line follows playback.',
  'editor.keys': 'Tab leaves the editor; Ctrl+Space completes system calls; Ctrl+Enter runs.',
  'ui.notice.program.empty': 'The link’s program is empty; the scenario’s own program opened instead.',
  'ui.notice.program.tooLong':
    'The link’s program is longer than {max} characters (the limit); the scenario’s own program opened instead.',
  'ui.notice.program.notBase64':
    'The link’s program is not base64url text (it was cut or changed); the scenario’s own program opened instead.',
  'ui.notice.program.corrupt':
    'The link’s program could not be decompressed (it was cut or changed); the scenario’s own program opened instead.',
  'ui.notice.program.tooBig':
    'The link’s program unpacks to more than 65,536 characters (the language’s limit); the scenario’s own program opened instead.',
  'ui.notice.program.notText':
    'The link’s program is not plain text; the scenario’s own program opened instead.',
  'ui.notice.program.paramNotDeclared':
    '“{name}” was ignored: the link’s program declares no constant for it.',
  'editor.strace.open': 'Import a strace log…',
  'editor.strace.label': 'Paste the output of strace -f (or drop a file here)',
  'editor.strace.import': 'Import',
  'editor.strace.cancel': 'Cancel',
  'editor.strace.done':
    'The log is now the program in the editor (Run replays it on the machine); {n} notes on what it could not map as it was:',
  'editor.strace.failed': 'The log could not be imported: {error}',
  'editor.strace.closed': 'the editor closed before the import finished.',
  'editor.strace.noWorker': 'this browser cannot start the editor’s worker (Web Workers are off).',
  'editor.strace.tooLong': 'The log is longer than {max} characters; paste the part you want to replay.',
};
