import { useMemo } from 'react';
import { getStep, type Step, type Trace } from '../sim/index';
import { useApp, useTrace } from './StoreContext';

/** The current step of the current trace, decoded once per (trace, step). */
export function useCurrentStep(): { readonly trace: Trace; readonly index: number; readonly step: Step } {
  const trace = useTrace();
  const index = useApp((s) => s.step);
  const step = useMemo(() => getStep(trace, Math.min(index, trace.length - 1)), [trace, index]);
  return { trace, index, step };
}
