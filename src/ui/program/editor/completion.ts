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

/** Completes the word before the cursor (or anything, when asked with Ctrl+Space). */
export function completeScenario(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[A-Za-z_]\w*/);
  if (!word && !context.explicit) return null;
  return { from: word ? word.from : context.pos, options: OPTIONS, validFor: /^\w*$/ };
}
