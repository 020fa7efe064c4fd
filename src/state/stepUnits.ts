import type { StepUnit, Trace } from '../sim/index';

/**
 * Whether a run has anything to step by in `unit`: every run has events; a run without system calls or
 * without a loop has no such unit (stepping by it would only jump to the end). Pure.
 */
export function hasStepUnit(trace: Trace, unit: StepUnit): boolean {
  if (unit === 'event') return true;
  return (unit === 'syscall' ? trace.groups.syscallStart : trace.groups.iterationStart).length > 0;
}
