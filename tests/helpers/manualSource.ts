import { BuildCancelled, type BuiltTrace, type TraceSource } from '../../src/worker/client';
import type { Params, ScenarioId } from '../../src/sim/index';
import type { ProgramInput } from '../../src/worker/client';

export interface ManualBuild {
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly program?: ProgramInput;
  readonly onProgress: (steps: number) => void;
  readonly resolve: (built: BuiltTrace) => void;
  readonly reject: (e: Error) => void;
  cancelled: boolean;
}

/** A trace source the test finishes by hand, as the worker would later; cancelling rejects. */
export function manualSource(): { source: TraceSource; builds: ManualBuild[] } {
  const builds: ManualBuild[] = [];
  const source: TraceSource = {
    build(scenario, params, onProgress, program) {
      let resolve!: (built: BuiltTrace) => void;
      let reject!: (e: Error) => void;
      const trace = new Promise<BuiltTrace>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const b: ManualBuild = { scenario, params, program, onProgress, resolve, reject, cancelled: false };
      builds.push(b);
      return {
        trace,
        cancel() {
          b.cancelled = true;
          reject(new BuildCancelled());
        },
      };
    },
  };
  return { source, builds };
}
