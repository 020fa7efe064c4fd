import { getMachineAt } from './queries';
import { SITES } from './sites';
import { emptyRaw, readStep } from './stepColumns';
import type { ProgramTrace } from './trace';
import type { Pid } from './units';

/** Who performs step i: a device on its own, or the CPU running a task (pid 0: the idle task). */
export type StepActor =
  { readonly kind: 'device'; readonly device: 'disk' | 'nic' } | { readonly kind: 'cpu'; readonly pid: Pid };

/**
 * Pure: who performs step i. A device's done step happens without the CPU; every other step runs on the CPU
 * in the context of the task it was running when the step began (an interrupt that arrives while the CPU
 * idles runs in the idle task, even when it wakes process 100). The step's own task column names the task
 * the step is about, which is not always the one running.
 */
export function getStepActor(trace: ProgramTrace, i: number): StepActor {
  const r = readStep(trace.columns, i, emptyRaw());
  const def = SITES[r.site]!;
  if (def.kind === 'dma.done' && def.device) return { kind: 'device', device: def.device };
  return { kind: 'cpu', pid: getMachineAt(trace, i - 1).current };
}
