import { fillProblem, type ProgramProblem } from '../../sim/index';
import { problemText } from '../params/problemText';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A program's problem in the reader's language: the core gives a code and its arguments, the catalogue the
 * words (`problem.<code>`, loaded with the editor), parts such as what the parser found are said the same way;
 * a parameter value a declaration refused is said as the parameter panel says it.
 */
export function programProblemText(t: Translate, p: ProgramProblem): string {
  const args = p.param ? { ...p.args, error: problemText(t, p.param) } : p.args;
  return fillProblem(p.code, args, (code) => t(`problem.${code}`));
}
