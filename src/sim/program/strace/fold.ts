import type { ImportedStmt } from './types';

/** Program lines for a run of statements, and how many statements they cover. */
export interface FoldedUnit {
  readonly lines: readonly string[];
  readonly stmts: number;
}

const MAX_PERIOD = 4;

/**
 * Folds repeats into loops so a long log fits the language's 255 lines: k copies of a block of up to four
 * statements become `for (i = 0; i < k; i++) { … }` when that saves lines. Greedy, in order; the calls
 * the loop makes are exactly the calls of the copies, in the same order.
 */
export function fold(stmts: readonly ImportedStmt[], indent: string): FoldedUnit[] {
  const out: FoldedUnit[] = [];
  let i = 0;
  while (i < stmts.length) {
    let best = { p: 1, k: 1 };
    for (let p = 1; p <= MAX_PERIOD && i + 2 * p <= stmts.length; p++) {
      let k = 1;
      while (i + (k + 1) * p <= stmts.length && sameBlock(stmts, i, i + k * p, p)) k++;
      const saved = k * p - (p === 1 ? 1 : p + 2);
      const bestSaved = best.k * best.p - (best.p === 1 ? 1 : best.p + 2);
      if (k >= 2 && saved > bestSaved && saved > 0) best = { p, k };
    }
    const { p, k } = best;
    if (k < 2) {
      out.push({ lines: [indent + stmts[i]!.text], stmts: 1 });
      i++;
      continue;
    }
    const head = `${indent}for (i = 0; i < ${k}; i += 1)`;
    const body = stmts.slice(i, i + p).map((s) => s.text);
    out.push({
      lines:
        p === 1 ? [`${head} ${body[0]}`] : [`${head} {`, ...body.map((t) => `${indent}  ${t}`), `${indent}}`],
      stmts: k * p,
    });
    i += k * p;
  }
  return out;
}

function sameBlock(s: readonly ImportedStmt[], a: number, b: number, p: number): boolean {
  for (let j = 0; j < p; j++) if (s[a + j]!.text !== s[b + j]!.text) return false;
  return true;
}
