import type { ParamName } from './params';
import { PARAM_CONSTANTS } from './program/constants';
import { MAX_PROGRAM_CHARS } from './program/lexer';
import { MAX_PROGRAM_LINES, parse } from './program/parser';

/** How large a program may be (docs/language.md, "Text"): characters and lines. */
export const PROGRAM_LIMITS = { chars: MAX_PROGRAM_CHARS, lines: MAX_PROGRAM_LINES } as const;

/**
 * Pure: the scenario parameters a program names as constants (`const F = …;` → 'file'), in the order they
 * appear: the ones a link or the parameters panel can override. [] for a program that does not parse.
 */
export function getProgramParams(text: string): ParamName[] {
  try {
    const out: ParamName[] = [];
    for (const s of parse(text).body) {
      const param = s.k === 'const' ? PARAM_CONSTANTS[s.name] : undefined;
      if (param && !out.includes(param)) out.push(param);
    }
    return out;
  } catch {
    return [];
  }
}
