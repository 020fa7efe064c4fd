import { countPages, rangesBytes, type MachineState } from './machineState';
import { getMachineAt } from './queries';
import type { ProgramTrace } from './trace';

/** What the file a run writes holds at a step (issue 16): its size and how much is still only in memory. */
export interface WrittenFile {
  /** Bytes written to it so far (its size). */
  readonly bytes: number;
  /** Its pages in the page cache, those dirty (written since their last writeback), those under writeback. */
  readonly cachedPages: number;
  readonly dirtyPages: number;
  readonly writebackPages: number;
  /** Bytes only in memory: the dirty pages' share of the file (a crash now would lose them). */
  readonly dirtyBytes: number;
}

/** The written file at `step` (default: the end of the run), or null when the run writes no file. Pure. */
export function getWrittenFile(trace: ProgramTrace, step = trace.length - 1): WrittenFile | null {
  return writtenFileOf(getMachineAt(trace, step), trace.params.page);
}

/** The written file in machine state `m` (a streamed run's live machine), or null when nothing was written. */
export function writtenFileOf(m: MachineState, page: number): WrittenFile | null {
  const out = m.out;
  if (out.size === 0 && out.cached.length === 0) return null;
  return {
    bytes: out.size,
    cachedPages: countPages(out.cached),
    dirtyPages: countPages(out.dirty),
    writebackPages: countPages(out.writeback),
    dirtyBytes: rangesBytes(out.dirty, page, out.size),
  };
}
