/**
 * The program editor's worker: checks the text as it is typed (parse and check) and turns a pasted `strace -f`
 * log into a program, off the main thread, so the page never holds the parser or the importer (the editor's
 * chunk starts this worker when it opens).
 */
import {
  checkProgram,
  importStrace,
  internalProblem,
  type ProgramProblem,
  type StraceNotice,
} from '../sim/index';

export type EditorRequest =
  | { readonly kind: 'check'; readonly id: number; readonly text: string }
  | { readonly kind: 'import'; readonly id: number; readonly log: string };
export type EditorReply =
  | { readonly kind: 'check'; readonly id: number; readonly problem: ProgramProblem | null }
  | {
      readonly kind: 'import';
      readonly id: number;
      readonly program: string;
      readonly notices: readonly StraceNotice[];
      /** Set only if the importer failed (a bug: it is fuzzed never to throw): a problem the UI translates. */
      readonly problem?: ProgramProblem;
    };

interface EditorScope {
  onmessage: ((event: MessageEvent<EditorRequest>) => void) | null;
  postMessage(message: EditorReply): void;
}
const scope = self as unknown as EditorScope;

scope.onmessage = ({ data }) => {
  if (data.kind === 'import') {
    // importStrace never throws on any text (fuzzed); a failure here would be a bug, reported as such.
    try {
      const r = importStrace(data.log);
      scope.postMessage({ kind: 'import', id: data.id, program: r.program, notices: r.notices });
    } catch (e) {
      scope.postMessage({
        kind: 'import',
        id: data.id,
        program: '',
        notices: [],
        problem: internalProblem(e),
      });
    }
    return;
  }
  let problem: ProgramProblem | null;
  try {
    problem = checkProgram(data.text);
  } catch (e) {
    problem = internalProblem(e);
  }
  scope.postMessage({ kind: 'check', id: data.id, problem });
};
