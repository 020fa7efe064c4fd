import { createStore, type StoreApi } from 'zustand/vanilla';
import { expectedSteps, estimateSteps, type Trace } from '../sim/index';
import type { CompareLink, CompareRun, Side, SyncUnit } from '../url/compareLink';
import type { Notice } from '../url/fields';
import { BuildCancelled, type TraceBuild, type TraceSource } from '../worker/client';
import { SYNC_STEPS } from './buildSlice';
import { neighbourPosition, positionOfStep, sharedEnd, stepAtPosition } from './compareSync';
import { buildOnTheSpot, canBuildOnTheSpot, relevantParams } from './trace';

/** One of the two runs: what it is, its trace once built, and how far its build is. */
export interface CompareSideState {
  readonly run: CompareRun;
  readonly trace: Trace | null;
  /** Steps built so far and the expected total while the worker builds it; null otherwise. */
  readonly build: { readonly steps: number; readonly estimate: number } | null;
  /** Why there is no trace (the build failed or was cancelled), as plain text; null otherwise. */
  readonly problem: string | null;
}

export interface CompareState {
  readonly a: CompareSideState;
  readonly b: CompareSideState;
  /** The sync unit and the shared position in it (syscall number, iteration number, or ns). */
  readonly by: SyncUnit;
  readonly position: number;
  readonly playing: boolean;
  readonly present: boolean;
  readonly embed: boolean;
  /** Opens a link's pair of runs: both are built (on the spot or in the worker), then the position is set. */
  open(link: CompareLink): Promise<void>;
  setBy(by: SyncUnit): void;
  stepBy(dir: 1 | -1): void;
  seek(position: number): void;
  toStart(): void;
  toEnd(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Stops both builds under way; the runs that were built stay. */
  cancel(): void;
}

export type CompareStore = StoreApi<CompareState>;

/** Both traces, once both are built. */
export function readyTraces(s: Pick<CompareState, 'a' | 'b'>): [Trace, Trace] | null {
  return s.a.trace && s.b.trace ? [s.a.trace, s.b.trace] : null;
}

/** Each run's step at the shared position (0 while its trace is not there). */
export function sideStep(s: CompareState, side: Side): number {
  const trace = s[side].trace;
  return trace ? stepAtPosition(trace, s.by, s.position) : 0;
}

/** The link of the state on screen (view fields other than the modes are the app's: the caller adds them). */
export function compareLinkOf(s: CompareState): CompareLink {
  return { a: s.a.run, b: s.b.run, by: s.by, step: s.position, present: s.present, embed: s.embed };
}

const emptySide = (run: CompareRun): CompareSideState => ({ run, trace: null, build: null, problem: null });

/**
 * Compare mode's own small store: two runs, each built like the app's (on the spot where a sync builder is
 * installed and the run is small, else in `sources[side]`, the worker client — one per side, so both build
 * at once and each can be cancelled), and one position that moves both. The app's store keeps its own run.
 */
export function createCompareStore(
  initial: CompareLink,
  sources?: Readonly<Record<Side, TraceSource>>,
  /** Where notices go (the app's banner): a build that failed, a step past the end. */
  report: (notices: readonly Notice[]) => void = () => {},
): CompareStore {
  const builds: Partial<Record<Side, TraceBuild>> = {};
  let generation = 0;
  return createStore<CompareState>()((set, get) => {
    const end = () => {
      const t = readyTraces(get());
      return t ? sharedEnd(t, get().by) : 0;
    };
    const clamp = (p: number) => Math.min(Math.max(0, Math.trunc(p) || 0), end());

    /** One side's trace: at once when it can be, else a build in the worker (null when it ended without one). */
    const buildSide = (side: Side, run: CompareRun, gen: number): Promise<Trace | null> | Trace | null => {
      const input = relevantParams(run.scenario, run.params);
      const small = run.program ? false : estimateSteps(run.scenario, input) <= SYNC_STEPS;
      if (canBuildOnTheSpot() && (!sources || small)) {
        try {
          return buildOnTheSpot(run.scenario, run.params, run.program) ?? null;
        } catch (e) {
          set({ [side]: { ...get()[side], problem: e instanceof Error ? e.message : String(e) } });
          return null;
        }
      }
      if (!sources) throw new Error('createCompareStore: no trace source and no sync builder');
      const estimate = run.program ? 0 : expectedSteps(run.scenario, input);
      const live = () => gen === generation;
      const handle = sources[side].build(
        run.scenario,
        input,
        (steps) => {
          const cur = get()[side];
          if (live() && cur.build) set({ [side]: { ...cur, build: { ...cur.build, steps } } });
        },
        run.program ?? undefined,
      );
      builds[side] = handle;
      set({ [side]: { ...get()[side], build: { steps: 0, estimate } } });
      return handle.trace.then(
        (built) => (live() ? built.trace : null),
        (error: unknown) => {
          if (!live()) return null;
          const cancelled = error instanceof BuildCancelled;
          const problem = error instanceof Error ? error.message : String(error);
          set({ [side]: { ...get()[side], build: null, problem } });
          if (!cancelled)
            report([
              { key: 'compare.notice.buildFailed', params: { side: side.toUpperCase(), error: problem } },
            ]);
          return null;
        },
      );
    };

    return {
      a: emptySide(initial.a),
      b: emptySide(initial.b),
      by: initial.by,
      position: 0,
      playing: false,
      present: initial.present,
      embed: initial.embed,

      async open(link) {
        get().cancel();
        const gen = ++generation;
        set({
          a: emptySide(link.a),
          b: emptySide(link.b),
          by: link.by,
          position: 0,
          playing: false,
          present: link.present,
          embed: link.embed,
        });
        const [ta, tb] = await Promise.all([buildSide('a', link.a, gen), buildSide('b', link.b, gen)]);
        if (gen !== generation) return;
        delete builds.a;
        delete builds.b;
        set({
          a: { ...get().a, trace: ta, build: null },
          b: { ...get().b, trace: tb, build: null },
        });
        const clamped = clamp(link.step);
        if (clamped !== link.step && readyTraces(get()))
          report([{ key: 'compare.notice.stepClamped', params: { step: link.step, last: end() } }]);
        set({ position: clamped });
      },

      setBy(by) {
        const s = get();
        if (by === s.by) return;
        const traces = readyTraces(s);
        if (!traces) return set({ by });
        // The new position is where run A is now (or B, once A has ended and waits at its last step).
        const side: Side = sideStep(s, 'a') < traces[0].length - 1 ? 'a' : 'b';
        const trace = side === 'a' ? traces[0] : traces[1];
        set({ by, position: positionOfStep(trace, by, sideStep(s, side)) });
        set({ position: clamp(get().position) });
      },

      stepBy(dir) {
        const traces = readyTraces(get());
        if (!traces) return;
        set({ position: neighbourPosition(traces, get().by, get().position, dir) });
      },
      seek(position) {
        set({ position: clamp(position) });
      },
      toStart() {
        set({ position: 0, playing: false });
      },
      toEnd() {
        set({ position: end(), playing: false });
      },
      play() {
        if (!readyTraces(get())) return;
        // At the end, playing starts again from the start.
        if (get().position >= end()) set({ position: 0 });
        set({ playing: true });
      },
      pause() {
        set({ playing: false });
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      cancel() {
        for (const side of ['a', 'b'] as const) {
          builds[side]?.cancel();
          delete builds[side];
        }
      },
    };
  });
}
