import type { ParamName } from './params';
import { PARAM_CONSTANTS } from './program/constants';
import { MAX_PROGRAM_CHARS, MAX_PROGRAM_LINES } from './program/limits';
import type { Program } from './program/ast';
import { parse } from './program/parser';

/** How large a program may be (docs/language.md, "Text"): characters and lines. */
export const PROGRAM_LIMITS = { chars: MAX_PROGRAM_CHARS, lines: MAX_PROGRAM_LINES } as const;

/**
 * Pure: the scenario parameters a program names as constants (`const F = …;` → 'file'), in the order they
 * appear: the ones a link or the parameters panel can override. [] for a program that does not parse.
 */
export function getProgramParams(text: string): ParamName[] {
  try {
    return programConstants(parse(text));
  } catch {
    return [];
  }
}

/** The scenario parameters a parsed program names as constants, in order (a trace carries them). */
export function programConstants(program: Program): ParamName[] {
  const out: ParamName[] = [];
  for (const s of program.body) {
    const param = s.k === 'const' ? PARAM_CONSTANTS[s.name] : undefined;
    if (param && !out.includes(param)) out.push(param);
  }
  return out;
}
