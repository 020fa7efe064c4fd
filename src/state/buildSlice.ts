import type { StateCreator } from 'zustand/vanilla';
import {
  estimateSteps,
  expectedSteps,
  runProgram,
  type Params,
  type ScenarioId,
  type Trace,
} from '../sim/index';
import { ProgramFailed, type ProgramInput, type TraceBuild, type TraceSource } from '../worker/client';
import { formatParams } from '../url/paramText';
import { getTrace, hasTrace, installLog, installTrace, relevantParams } from './trace';
import type { AppState, BuildSlice } from './types';

/**
 * Runs estimated at up to this many steps are built on the main thread at once (a few milliseconds), so the
 * default runs appear immediately; larger ones go to the worker while the run on screen stays usable.
 */
export const SYNC_STEPS = 20_000;

/** Statements a program may run on the main thread before it goes to the worker (a loop without calls). */
const SYNC_OPS = 200_000;

/**
 * A program's trace when it is small: run on the spot within SYNC_STEPS (a program's size is unknown until it
 * runs). 'big' when it needs more (or fails while running: the worker gives the full run's answer); a
 * ProgramFailed for a program that does not parse or check.
 */
function trySmallProgram(scenario: ScenarioId, program: ProgramInput): Trace | 'big' | ProgramFailed {
  const r = runProgram(program.text, {}, { scenario, maxSteps: SYNC_STEPS, maxOps: SYNC_OPS });
  if (r.ok) return r.trace as Trace;
  return r.phase === 'run' ? 'big' : new ProgramFailed(r.problem);
}

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

      whenTraceReady(scenario: ScenarioId, params: Params, apply: () => void, program?: ProgramInput | null) {
        const input = relevantParams(scenario, params);
        // The upper bound decides what may block the main thread; the typical count drives the bar.
        // A program's size is unknown before it runs: its bar counts the steps built.
        const estimate = program ? 0 : expectedSteps(scenario, input);
        if (dropCurrent()) set({ build: null });
        const failed = (e: ProgramFailed) => {
          set({ programProblem: e.problem });
          return false;
        };
        if (program && !hasTrace(scenario, params, program)) {
          const small = trySmallProgram(scenario, program);
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
        if (
          !source ||
          hasTrace(scenario, params, program) ||
          (!program && estimateSteps(scenario, input) <= SYNC_STEPS)
        ) {
          if (program) set({ programProblem: null });
          apply();
          return true;
        }
        const onProgress = (steps: number) => {
          const build = get().build;
          if (current?.handle === handle && build) set({ build: { ...build, steps } });
        };
        const handle = source.build(scenario, input, onProgress, program ?? undefined);
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
                return;
              }
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
