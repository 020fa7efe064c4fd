import type { StateCreator } from 'zustand/vanilla';
import { estimateSteps, expectedSteps, type Params, type ScenarioId } from '../sim/index';
import type { TraceBuild, TraceSource } from '../worker/client';
import { formatParams } from '../url/paramText';
import { hasTrace, installLog, installTrace, relevantParams } from './trace';
import type { AppState, BuildSlice } from './types';

/**
 * Runs estimated at up to this many steps are built on the main thread at once (a few milliseconds), so the
 * default runs appear immediately; larger ones go to the worker while the run on screen stays usable.
 */
export const SYNC_STEPS = 20_000;

/**
 * The build slice: which run is being built off the main thread and how far it is. `source` is the worker
 * client; without one (tests, Node) every trace is built on the spot, as before.
 */
export function createBuildSlice(source?: TraceSource): StateCreator<AppState, [], [], BuildSlice> {
  return (set, get) => {
    /** The build under way and how to tell its caller how it ended. */
    let current: { readonly handle: TraceBuild; readonly settle: (applied: boolean) => void } | undefined;

    /** Ends the build under way without applying it (a newer request or Cancel took its place). */
    const dropCurrent = (): boolean => {
      const c = current;
      if (!c) return false;
      current = undefined;
      c.handle.cancel();
      c.settle(false);
      return true;
    };

    return {
      build: null,

      cancelBuild() {
        const build = get().build;
        if (!dropCurrent() || !build) return;
        // The run and its parameters stay as they were; an edit that asked for the cancelled run is undone.
        set({ build: null, paramText: formatParams(get().params), paramErrors: {} });
        get().addNotices([{ key: 'ui.notice.buildCancelled', params: { scenario: build.scenario } }]);
      },

      whenTraceReady(scenario: ScenarioId, params: Params, apply: () => void) {
        const input = relevantParams(scenario, params);
        // The upper bound decides what may block the main thread; the typical count drives the bar.
        const estimate = expectedSteps(scenario, input);
        if (dropCurrent()) set({ build: null });
        if (!source || hasTrace(scenario, params) || estimateSteps(scenario, input) <= SYNC_STEPS) {
          apply();
          return true;
        }
        const handle = source.build(scenario, input, (steps) => {
          const build = get().build;
          if (current?.handle === handle && build) set({ build: { ...build, steps } });
        });
        set({ build: { scenario, params, steps: 0, estimate } });
        const started = globalThis.performance?.now() ?? 0;
        return new Promise<boolean>((settle) => {
          current = { handle, settle };
          handle.trace.then(
            (built) => {
              if (current?.handle !== handle) return;
              current = undefined;
              // The build is over; what follows is the run opening (benchmarks and tests tell the two apart).
              const perf = globalThis.performance;
              const detail = { steps: built.trace.length, worker: true };
              perf?.mark?.('dpl:build-ready', { detail });
              // Like getTrace's, so the UI benchmark reads worker builds too (request to trace in hand).
              perf?.measure?.('dpl:simulate', { start: started, end: perf.now(), detail });
              installTrace(scenario, params, built.trace);
              if (built.log) installLog(built.trace, built.log);
              apply();
              set({ build: null });
              settle(true);
            },
            (error: unknown) => {
              if (current?.handle !== handle) return;
              current = undefined;
              set({ build: null, paramText: formatParams(get().params) });
              const message = error instanceof Error ? error.message : String(error);
              get().addNotices([{ key: 'ui.notice.buildFailed', params: { scenario, error: message } }]);
              settle(false);
            },
          );
        });
      },
    };
  };
}
