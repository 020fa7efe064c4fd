import type { StateCreator } from 'zustand/vanilla';
import { estimateSteps, expectedSteps, type Params, type ScenarioId } from '../sim/index';
import { ProgramFailed, type ProgramInput, type TraceBuild, type TraceSource } from '../worker/client';
import { formatParams } from '../url/paramText';
import {
  canBuildOnTheSpot,
  getTrace,
  hasTrace,
  installLog,
  installTrace,
  relevantParams,
  sameRun,
  trySmallProgram,
} from './trace';
import type { AppState, BuildSlice } from './types';

/**
 * Where a sync builder is installed (tests, tools), runs estimated at up to this many steps are built on the
 * spot (a few milliseconds); larger ones go to the worker while the run on screen stays usable. The app
 * installs none: all its runs, programs included, come from the worker.
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

    /** The run the build under way is for (BuildState has no program). */
    let building: ProgramInput | null = null;

    /**
     * With no run on screen yet, a link's first build that was cancelled or failed gives way to the store's
     * own run (the scenario's, when it was the link's program that failed), unless that was the one; the page
     * then offers to try again (openRun).
     */
    const openSomeRun = (ended: { scenario: ScenarioId; params: Params }, program: ProgramInput | null) => {
      const { runReady, scenario, params } = get();
      if (runReady) return;
      const own = get().program;
      const next = own && own !== program ? own : null;
      if (sameRun(ended.scenario, ended.params, scenario, params, program, next)) return;
      void get().whenTraceReady(scenario, params, () => {}, next);
    };

    return {
      build: null,
      runReady: canBuildOnTheSpot(),

      cancelBuild() {
        const build = get().build;
        const program = building;
        if (!dropCurrent() || !build) return;
        // The run and its parameters stay as they were; an edit that asked for the cancelled run is undone.
        set({ build: null, paramText: formatParams(get().params), paramErrors: {} });
        // "The previous run is kept" is only true once there is one.
        const key = get().runReady ? 'ui.notice.buildCancelled' : 'ui.notice.firstBuildCancelled';
        get().addNotices([{ key, params: { scenario: build.scenario } }]);
        openSomeRun(build, program);
      },

      openRun() {
        const { runReady, build, scenario, params, program } = get();
        if (!runReady && !build) void get().whenTraceReady(scenario, params, () => {}, program);
      },

      whenTraceReady(
        scenario: ScenarioId,
        params: Params,
        applyRun: () => void,
        program?: ProgramInput | null,
      ) {
        const apply = () => {
          applyRun();
          if (!get().runReady) set({ runReady: true });
        };
        const input = relevantParams(scenario, params);
        // The upper bound decides what may block the main thread; the typical count drives the bar.
        // A program's size is unknown before it runs: its bar counts the steps built.
        const estimate = program ? 0 : expectedSteps(scenario, input);
        if (dropCurrent()) set({ build: null });
        const failed = (e: ProgramFailed) => {
          set({ programProblem: e.problem });
          openSomeRun({ scenario, params }, program ?? null);
          return false;
        };
        // With a sync builder (tests, tools) a small program runs on the spot; in the app it goes to the worker.
        if (program && !hasTrace(scenario, params, program) && canBuildOnTheSpot()) {
          const small = trySmallProgram(scenario, program, SYNC_STEPS);
          if (small instanceof ProgramFailed) return failed(small);
          if (small !== 'big') installTrace(scenario, params, small, program);
          else if (!source) {
            try {
              getTrace(scenario, params, program);
            } catch (e) {
              if (e instanceof ProgramFailed) return failed(e);
              throw e;
            }
          }
        }
        const onTheSpot =
          canBuildOnTheSpot() && (!source || (!program && estimateSteps(scenario, input) <= SYNC_STEPS));
        if (hasTrace(scenario, params, program) || onTheSpot) {
          if (program) set({ programProblem: null });
          apply();
          return true;
        }
        if (!source) throw new Error('createAppStore: no trace source and no sync builder');
        const onProgress = (steps: number) => {
          const build = get().build;
          if (current?.handle === handle && build) set({ build: { ...build, steps } });
        };
        const handle = source.build(scenario, input, onProgress, program ?? undefined);
        building = program ?? null;
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
              installTrace(scenario, params, built.trace, program);
              if (built.log) installLog(built.trace, built.log);
              if (program) set({ programProblem: null });
              apply();
              set({ build: null });
              settle(true);
            },
            (error: unknown) => {
              if (current?.handle !== handle) return;
              current = undefined;
              set({ build: null, paramText: formatParams(get().params) });
              if (error instanceof ProgramFailed) {
                set({ programProblem: error.problem });
                settle(false);
                openSomeRun({ scenario, params }, program ?? null);
                return;
              }
              const message = error instanceof Error ? error.message : String(error);
              const key = get().runReady ? 'ui.notice.buildFailed' : 'ui.notice.firstBuildFailed';
              get().addNotices([{ key, params: { scenario, error: message } }]);
              settle(false);
              openSomeRun({ scenario, params }, program ?? null);
            },
          );
        });
      },
    };
  };
}
