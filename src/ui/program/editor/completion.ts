import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { CALLS, PARAM_CONSTANTS } from '../../../sim/index';

/** Every callable name with its man-page signature (CALLS), and the parameter constants. */
const OPTIONS: readonly Completion[] = [
  ...Object.entries(CALLS).map(([name, spec]) => ({
    label: name,
    type: spec.syscall ? 'function' : 'method',
    detail: spec.syscall ? 'system call' : 'helper',
    info: spec.signature,
    apply: `${name}(`,
  })),
  ...Object.entries(PARAM_CONSTANTS).map(([name, param]) => ({
    label: name,
    type: 'constant',
    detail: `parameter ${param}`,
  })),
];

/**
 * Completes the word before the cursor (or anything, when asked with Ctrl+Space). A number's suffix is not a
 * word: typing `16m` must not offer MSS or METHOD.
 */
export function completeScenario(context: CompletionContext): CompletionResult | null {
  const token = context.matchBefore(/\w+/);
  const word = token && /^[A-Za-z_]/.test(token.text) ? token : null;
  if (!word && !context.explicit) return null;
  if (token && !word) return null;
  return { from: word ? word.from : context.pos, options: OPTIONS, validFor: /^\w*$/ };
}
