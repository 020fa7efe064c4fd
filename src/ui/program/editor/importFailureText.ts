import { programProblemText } from '../programProblemText';
import type { ImportFailure } from './useEditorWorker';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Why the import failed, in the reader's language (said again when the language changes). */
export function importFailureText(t: Translate, f: ImportFailure): string {
  switch (f.kind) {
    case 'tooLong':
      return t('editor.strace.tooLong', { max: f.max });
    case 'closed':
      return t('editor.strace.failed', { error: t('editor.strace.closed') });
    case 'noWorker':
      return t('editor.strace.failed', { error: t('editor.strace.noWorker') });
    case 'problem':
      return t('editor.strace.failed', { error: programProblemText(t, f.problem) });
  }
}
