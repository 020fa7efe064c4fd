/** A place in the program text, 1-based. */
export interface Pos {
  readonly line: number;
  readonly col: number;
}

/** A problem a user can act on: where it is and what was expected. */
export interface ProgramProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** Thrown inside the lexer, parser, checker and interpreter; caught at the public entry, never outside. */
export class ProgramError extends Error {
  constructor(
    readonly pos: Pos,
    message: string,
  ) {
    super(message);
  }

  get problem(): ProgramProblem {
    return { line: this.pos.line, col: this.pos.col, message: this.message };
  }
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

/** ` — did you mean 'read'?` when one known name is close, else ''. */
export function suggest(word: string, known: Iterable<string>): string {
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
  return best && close ? ` — did you mean '${best}'?` : '';
}
