import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_PARAMS, parseParams, SCENARIO_PARAMS, type Params, type ScenarioId } from '../sim/index';
import type { ProgramInput } from '../worker/client';
import { formatParams } from '../url/paramText';
import { getTrace, selectTrace } from './trace';
import type { AppState, ProgramSlice } from './types';

/**
 * The store's inputs once `program`'s run (marked with `scenario`) is ready: its parameters are the values
 * its constants resolved to.
 */
export function programInputs(scenario: ScenarioId, program: ProgramInput) {
  const trace = getTrace(scenario, DEFAULT_PARAMS, program);
  return { scenario, program, params: trace.params, paramText: formatParams(trace.params), paramErrors: {} };
}

/** The scenario's own parameters nearest to `params` (a program may have set values the scenario refuses). */
export function scenarioParams(state: AppState, params: Params): Params {
  const raw: Record<string, string> = {};
  const text = formatParams(params);
  for (const name of SCENARIO_PARAMS[state.scenario]) raw[name] = text[name];
  const r = parseParams(state.scenario, raw);
  return r.ok ? r.params : DEFAULT_PARAMS;
}

export const createProgramSlice: StateCreator<AppState, [], [], ProgramSlice> = (set, get) => ({
  program: null,
  editing: false,
  draft: '',
  programProblem: null,

  editCopy() {
    set({ editing: true, draft: selectTrace(get()).program.join('\n'), programProblem: null });
  },

  openDraft(text, editing) {
    set({ draft: text, editing });
  },

  closeEditor() {
    set({ editing: false });
  },

  setDraft(text) {
    // The last Run's problem was about the text as it was; the editor checks the new text itself.
    if (text !== get().draft) set({ draft: text, programProblem: null });
  },

  runDraft() {
    const { scenario, params, draft } = get();
    const program: ProgramInput = { text: draft };
    set({ programProblem: null });
    return get().whenTraceReady(
      scenario,
      params,
      () => set({ ...programInputs(scenario, program), step: 0, playing: false }),
      program,
    );
  },

  leaveProgram() {
    const state = get();
    if (!state.program) return;
    const params = scenarioParams(state, state.params);
    state.whenTraceReady(state.scenario, params, () =>
      set({
        program: null,
        params,
        paramText: formatParams(params),
        paramErrors: {},
        step: 0,
        playing: false,
      }),
    );
  },
});
