import { loadNarration } from '../../src/i18n/index';
import { runProgram, simulate, type Trace } from '../../src/sim/index';
import { setSyncTraceBuilder, type SyncTraceBuilder } from '../../src/state/index';
import { ProgramFailed } from '../../src/worker/client';
import { buildLogIndex } from '../../src/worker/logIndex';

/** Statements a small program may run on the spot before it counts as big (a loop without calls). */
const SMALL_OPS = 200_000;

/** simulate and runProgram on the spot, as tools without a worker build traces. */
export const SYNC_BUILDER: SyncTraceBuilder = {
  scenario: (scenario, params) => simulate(scenario, params),
  program(scenario, program, limit) {
    const bounded = limit === undefined ? {} : { maxSteps: limit, maxOps: SMALL_OPS };
    const r = runProgram(program.text, {}, { scenario, ...bounded });
    if (r.ok) return r.trace as Trace;
    // Within a limit, a run that stops is "big": the full run (the worker's) gives the real answer.
    return limit !== undefined && r.phase === 'run' ? 'big' : new ProgramFailed(r.problem);
  },
  log: buildLogIndex,
};

// Tests build traces on the spot; the app gets every trace from its worker.
setSyncTraceBuilder(SYNC_BUILDER);
// The narration loads on demand in the app (loadNarration); tests that narrate need it.
await loadNarration();
