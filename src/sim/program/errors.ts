import type { ParamProblem } from '../params';
import { problemMessage, type ProblemArg, type ProblemArgs, type ProblemCode } from './problemMessages';

/** A place in the program text, 1-based. */
export interface Pos {
  readonly line: number;
  readonly col: number;
}

/**
 * A problem a user can act on: where it is and what was expected, as data (a code of PROBLEM_MESSAGES and its
 * arguments) that a UI says in its reader's language, with the English `message` the CLI prints.
 */
export interface ProgramProblem {
  readonly line: number;
  readonly col: number;
  readonly code: ProblemCode;
  readonly args: ProblemArgs;
  /** The parameter value a world declaration or constant gave that the parameter refuses (code badParamValue). */
  readonly param?: ParamProblem;
  /** In English, for the CLI and logs. */
  readonly message: string;
}

/** Thrown inside the lexer, parser, checker and interpreter; caught at the public entry, never outside. */
export class ProgramError extends Error {
  constructor(
    readonly pos: Pos,
    readonly code: ProblemCode,
    readonly args: ProblemArgs = {},
    readonly param?: ParamProblem,
  ) {
    super(problemMessage(code, args));
  }

  get problem(): ProgramProblem {
    const { line, col } = this.pos;
    const where = { line, col, code: this.code, args: this.args, message: this.message };
    return this.param ? { ...where, param: this.param } : where;
  }
}

/** A problem that is not a ProgramError's (a step cap, a defect of the core), at `pos`. */
export function problemAt(pos: Pos, code: ProblemCode, args: ProblemArgs = {}): ProgramProblem {
  return { line: pos.line, col: pos.col, code, args, message: problemMessage(code, args) };
}

/** A defect of the core, not of the program: still reported as a problem, never thrown at the caller. */
export function internalProblem(e: unknown): ProgramProblem {
  return problemAt({ line: 1, col: 1 }, 'internal', { error: e instanceof Error ? e.message : String(e) });
}

/** `3:9: message` — the form the CLI and the editor show. */
export function formatProblem(p: ProgramProblem): string {
  return `${p.line}:${p.col}: ${p.message}`;
}

/** Edit distance with transpositions ('raed' → 'read' is one edit), for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The hint ` — did you mean 'read'?` when one known name is close, else ''. */
export function suggest(word: string, known: Iterable<string>): ProblemArg {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  const close = bestD <= Math.max(2, Math.floor(word.length / 3)) && bestD < word.length;
  return best && close ? { code: 'hint.didYouMean', args: { name: best } } : '';
}
