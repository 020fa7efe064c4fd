import type { Locale } from '../../../i18n/index';
import type { narrate } from '../../../i18n/narrate';
import type { getStep, ProgramTrace } from '../../../sim/index';

/** One system call of a run as the handout tells it: the step it enters the kernel and the step it returns. */
export interface BoundaryRow {
  readonly call: string;
  readonly pid: number;
  readonly entry: { readonly step: number; readonly text: string };
  /** null for a call that never returns (exit_group). */
  readonly exit: { readonly step: number; readonly text: string } | null;
}

/**
 * The narration of every system call's entry and exit step, from the trace's own syscall groups (so it works
 * for every scenario and a program of the user's own), the first `limit` calls. Plain text in `locale`, told by
 * `app.narrate`; `app.sim.getStep` reads the steps (the export kit, or the modules themselves in tests).
 */
export function syscallBoundaries(
  trace: ProgramTrace,
  locale: Locale,
  limit: number,
  app: { readonly narrate: typeof narrate; readonly sim: { readonly getStep: typeof getStep } },
): BoundaryRow[] {
  const { narrate: tell, sim } = app;
  const { syscallStart, syscallEnd } = trace.groups;
  const rows: BoundaryRow[] = [];
  for (let g = 0; g < Math.min(limit, syscallStart.length); g++) {
    const entry = sim.getStep(trace, syscallStart[g]!);
    const end = syscallEnd[g]!;
    const exit = end >= 0 ? sim.getStep(trace, end) : null;
    rows.push({
      call: entry.syscall ?? exit?.syscall ?? '?',
      pid: entry.task,
      entry: { step: entry.index, text: tell(locale, entry.site, entry.params) },
      exit: exit && { step: exit.index, text: tell(locale, exit.site, exit.params) },
    });
  }
  return rows;
}
