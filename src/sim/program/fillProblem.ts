import type { ProblemCode } from './problemMessages';

/** A part of a message that an argument carries (what was found, where, a hint): translated like a message. */
export interface ProblemPart {
  readonly code: ProblemCode;
  readonly args?: ProblemArgs;
}

/** What fills a placeholder: a word of the program or a number (shown as they are) or a part; '' for none. */
export type ProblemArg = string | number | ProblemPart;
export type ProblemArgs = Readonly<Record<string, ProblemArg>>;

/**
 * Braces of the language that a message quotes (`'{' is never closed`) are written `{lbrace}` and `{rbrace}`,
 * so a template's only braces are its placeholders (tests/i18n checks catalogues for stray braces).
 */
const BRACES: ProblemArgs = { lbrace: '{', rbrace: '}' };

/**
 * A message from a template and its arguments: `lookup` gives the template of a code (the core's English table,
 * a catalogue in the UI), `leaf` shows a word or a number. Parts are filled the same way, recursively.
 */
export function fillProblem(
  code: ProblemCode,
  args: ProblemArgs,
  lookup: (code: ProblemCode) => string,
  leaf: (value: string | number) => string = String,
): string {
  return lookup(code).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = args[name] ?? BRACES[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? fillProblem(v.code, v.args ?? {}, lookup, leaf) : leaf(v);
  });
}
