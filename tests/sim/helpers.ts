import { getStep, type Step, type Trace } from '../../src/sim/index';

/** Every step of a (small) trace, decoded. */
export function allSteps(trace: Trace): Step[] {
  return Array.from({ length: trace.length }, (_, i) => getStep(trace, i));
}

export function stepsOf(trace: Trace, site: string): Step[] {
  return allSteps(trace).filter((s) => s.site === site);
}
