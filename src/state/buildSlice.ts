import type { StateCreator } from 'zustand/vanilla';
import { estimateSteps, expectedSteps, type Params, type ScenarioId } from '../sim/index';
import type { TraceBuild, TraceSource } from '../worker/client';
import { formatParams } from '../url/paramText';
import { canBuildOnTheSpot, hasTrace, installLog, installTrace, relevantParams, sameRun } from './trace';
import type { AppState, BuildSlice } from './types';

/**
 * Where a sync builder is installed (tests, tools), runs estimated at up to this many steps are built on the
 * spot (a few milliseconds); larger ones go to the worker while the run on screen stays usable. The app
 * installs none: all its runs come from the worker.
 */
export const SYNC_STEPS = 20_000;

/**
 * The build slice: which run is being built off the main thread and how far it is, and whether any run is
 * ready yet (the app opens before its first trace arrives). `source` is the worker client; without one every
 * trace is built on the spot by the sync builder (setSyncTraceBuilder).
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

    /**
     * With no run on screen yet, a link's first build that was cancelled or failed gives way to the store's
     * own run (unless that was the one; the page then offers to try again: openRun).
     */
    const openSomeRun = (ended: { readonly scenario: ScenarioId; readonly params: Params }) => {
      const { runReady, scenario, params } = get();
      if (runReady || sameRun(ended.scenario, ended.params, scenario, params)) return;
      void get().whenTraceReady(scenario, params, () => {});
    };

    return {
      build: null,
      runReady: canBuildOnTheSpot(),

      cancelBuild() {
        const build = get().build;
        if (!dropCurrent() || !build) return;
        // The run and its parameters stay as they were; an edit that asked for the cancelled run is undone.
        set({ build: null, paramText: formatParams(get().params), paramErrors: {} });
        // "The previous run is kept" is only true once there is one.
        const key = get().runReady ? 'ui.notice.buildCancelled' : 'ui.notice.firstBuildCancelled';
        get().addNotices([{ key, params: { scenario: build.scenario } }]);
        openSomeRun(build);
      },

      openRun() {
        const { runReady, build, scenario, params } = get();
        if (!runReady && !build) void get().whenTraceReady(scenario, params, () => {});
      },

      whenTraceReady(scenario: ScenarioId, params: Params, applyRun: () => void) {
        const apply = () => {
          applyRun();
          if (!get().runReady) set({ runReady: true });
        };
        const input = relevantParams(scenario, params);
        // The upper bound decides what may block the main thread; the typical count drives the bar.
        const estimate = expectedSteps(scenario, input);
        if (dropCurrent()) set({ build: null });
        const onTheSpot = canBuildOnTheSpot() && (!source || estimateSteps(scenario, input) <= SYNC_STEPS);
        if (hasTrace(scenario, params) || onTheSpot) {
          apply();
          return true;
        }
        if (!source) throw new Error('createAppStore: no trace source and no sync builder');
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
              const key = get().runReady ? 'ui.notice.buildFailed' : 'ui.notice.firstBuildFailed';
              get().addNotices([{ key, params: { scenario, error: message } }]);
              settle(false);
              openSomeRun({ scenario, params });
            },
          );
        });
      },
    };
  };
}
