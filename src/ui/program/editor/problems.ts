import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { ProgramProblem } from '../../../sim/index';

/** The document range of a problem at line:col (1-based): from there to the end of the word, at least 1 char. */
export function problemRange(doc: Text, p: ProgramProblem): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
  const from = Math.min(line.from + Math.max(0, p.col - 1), line.to);
  const word = /^\w+/.exec(doc.sliceString(from, line.to));
  const to = Math.min(from + Math.max(1, word?.[0].length ?? 1), doc.length);
  return { from: Math.min(from, to), to: Math.max(to, from) };
}

/** A problem as a CodeMirror diagnostic: underlined at line:col, `message` (in the reader's language) on hover. */
export function toDiagnostic(doc: Text, p: ProgramProblem, message: string): Diagnostic {
  return { ...problemRange(doc, p), severity: 'error', message: `${p.line}:${p.col}: ${message}` };
}
