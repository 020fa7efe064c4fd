import { ProgramError, type Pos } from './errors';

export type TokenKind = 'num' | 'str' | 'name' | 'punct' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** The value of a number or string literal. */
  readonly value: number | string;
  readonly pos: Pos;
}

/** Longest first, so `+=` wins over `+`. */
const PUNCT = ['+=', '-=', '==', '!=', '<=', '>=', '&&', '||', '++', '--', ...'+-*/%<>=!&|(){}[],;:?.'];

/** Largest program the core accepts (characters): a lecture demo is a few hundred. */
import { MAX_PROGRAM_CHARS } from './limits';

export { MAX_PROGRAM_CHARS };

/** Turns program text into tokens; comments and whitespace are dropped. Throws ProgramError (caught by the parser's caller). */
export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (): Pos => ({ line, col: i - lineStart + 1 });
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const start = at();
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new ProgramError(start, 'commentNotClosed');
      for (; i < end + 2; i++) {
        if (text[i] === '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      continue;
    }
    const pos = at();
    const num = /^(0[xX][0-9a-fA-F]+|\d+)([kKmMgG]?)/.exec(text.slice(i, i + 40));
    if (num && /[0-9]/.test(ch)) {
      const after = text[i + num[0].length];
      if (after !== undefined && /[A-Za-z_0-9]/.test(after)) {
        const word = /^[A-Za-z_0-9]+/.exec(text.slice(i, i + 40))![0];
        throw new ProgramError(pos, 'notANumber', { word });
      }
      const base = Number(num[1]);
      const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[num[2]!.toLowerCase()] ?? 1;
      tokens.push({ kind: 'num', text: num[0], value: base * unit, pos });
      i += num[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z_0-9]/.test(text[j]!)) j++;
      const word = text.slice(i, j);
      tokens.push({ kind: 'name', text: word, value: word, pos });
      i = j;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') {
        if (text[j] === '\\' && j + 1 < text.length) {
          const esc = text[j + 1]!;
          value += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc;
          j += 2;
        } else value += text[j++];
      }
      if (text[j] !== '"') throw new ProgramError(pos, 'stringNotClosed');
      tokens.push({ kind: 'str', text: text.slice(i, j + 1), value, pos });
      i = j + 1;
      continue;
    }
    const p = PUNCT.find((x) => text.startsWith(x, i));
    if (!p) throw new ProgramError(pos, 'unexpectedChar', { char: ch });
    tokens.push({ kind: 'punct', text: p, value: p, pos });
    i += p.length;
  }
  tokens.push({ kind: 'eof', text: 'end of program', value: '', pos: at() });
  return tokens;
}
