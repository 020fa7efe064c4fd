import {
  countPages,
  fileCacheOf,
  getStep,
  type FileCache,
  type MachineState,
  type Trace,
} from '../../sim/index';
import type { Tr } from './toLaneViews';

/** How far back the page-cache box looks for the file the run last worked on (a step that names none). */
const LOOK_BACK = 256;

/** The file slot of the step at `i`, or of the last step before it that names a file (issue 14). */
function focusSlot(trace: Trace, fds: readonly number[], i: number): number {
  for (let j = i; j >= 0 && j > i - LOOK_BACK; j--) {
    const fd = getStep(trace, j).params.fileFd;
    if (typeof fd === 'number') return Math.max(0, fds.indexOf(fd));
  }
  return 0;
}

/**
 * The file the page-cache box shows at step `i` — the one the step works on, else the one the run last worked
 * on, else the first — with its pages, its size and a short line for each other file. The machine state names
 * files only when a program reads several (MachineState.fileFds); with one, this is the machine's one file.
 */
export function fileFocus(trace: Trace, m: MachineState, i: number, tr: Tr) {
  const fds = m.fileFds ?? [];
  const slot = fds.length > 1 ? focusSlot(trace, fds, i) : 0;
  const cache: FileCache = fileCacheOf(m, slot);
  const page = trace.params.page;
  const totalOf = (k: number) => Math.max(1, Math.ceil((m.fileSizes?.[k] ?? trace.params.file) / page));
  return {
    fd: fds.length > 1 ? fds[slot] : undefined,
    cache,
    size: m.fileSizes?.[slot] ?? trace.params.file,
    others: fds.flatMap((fd, k) =>
      k === slot
        ? []
        : [
            tr('machine.pc.otherLine', {
              fd,
              cached: countPages(fileCacheOf(m, k).cached),
              total: totalOf(k),
            }),
          ],
    ),
  };
}
