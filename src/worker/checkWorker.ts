/**
 * The program editor's checker: parses and checks the text as it is typed, off the main thread, so the page
 * never holds the parser (the editor's chunk starts this worker when it opens).
 */
import { checkProgram, type ProgramProblem } from '../sim/index';

export interface CheckRequest {
  readonly id: number;
  readonly text: string;
}
export interface CheckReply {
  readonly id: number;
  readonly problem: ProgramProblem | null;
}

interface CheckScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}
const scope = self as unknown as CheckScope;

scope.onmessage = ({ data }) => {
  let problem: ProgramProblem | null;
  try {
    problem = checkProgram(data.text);
  } catch (e) {
    problem = { line: 1, col: 1, message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  scope.postMessage({ id: data.id, problem });
};
