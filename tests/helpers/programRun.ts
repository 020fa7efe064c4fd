import { formatProblem, runProgram, type ProgramTrace } from '../../src/sim/index';

/** The trace of a program that must run; a problem fails the test with its line:column message. */
export function traceOf(text: string): ProgramTrace {
  const r = runProgram(text);
  if (!r.ok) throw new Error(formatProblem(r.problem));
  return r.trace;
}

/** The line:column message of a program that must not run. */
export function problemOf(text: string): string {
  const r = runProgram(text);
  if (r.ok) throw new Error('expected a problem');
  return formatProblem(r.problem);
}
