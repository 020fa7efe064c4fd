import type { StateCreator } from 'zustand/vanilla';
import {
  DEFAULT_PARAMS,
  SCENARIO_PARAMS,
  formatProblem,
  parseParam,
  parseParams,
  type ParamName,
  type Params,
  type ScenarioId,
} from '../sim/index';
import { formatParams } from '../url/paramText';
import { setProgramConstant } from '../url/programConstants';
import { programInputs } from './programSlice';
import type { AppState, InputsSlice } from './types';

/** The scenario's own parameters as raw text, for parseParams. */
function rawOf(scenario: ScenarioId, text: Readonly<Record<ParamName, string>>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const name of SCENARIO_PARAMS[scenario]) raw[name] = text[name];
  return raw;
}

export function initialInputs(scenario: ScenarioId = 'read-write', params: Params = DEFAULT_PARAMS) {
  return { scenario, params, paramText: formatParams(params), paramErrors: {}, paramProgramProblems: {} };
}

export const createInputsSlice: StateCreator<AppState, [], [], InputsSlice> = (set, get) => {
  /**
   * A parameter of a program of the user's own is its constant: the edit rewrites `const <C> = …;` in the
   * program (and in the editor's text) and runs it; the run refuses values the world cannot take
   * (a file size out of range), and the error shows under the parameter.
   */
  function applyProgramParam(name: ParamName, text: string): boolean {
    const { scenario, params, paramErrors, program, draft } = get();
    const one = parseParam(name, text);
    if (!one.ok) {
      set({ paramErrors: { ...paramErrors, [name]: one.error } });
      return false;
    }
    const next = { text: setProgramConstant(program!.text, name, one.value) };
    const ran = get().whenTraceReady(
      scenario,
      params,
      () =>
        set({
          ...programInputs(scenario, next),
          draft: setProgramConstant(draft, name, one.value),
          step: 0,
          playing: false,
        }),
      next,
    );
    const problem = get().programProblem;
    if (ran === false && problem) {
      set({
        paramErrors: { ...get().paramErrors, [name]: formatProblem(problem) },
        paramProgramProblems: { ...get().paramProgramProblems, [name]: problem },
        programProblem: null,
      });
      return false;
    }
    return true;
  }

  return {
    ...initialInputs(),

    setScenario(id) {
      const { scenario, params, program } = get();
      if (id === scenario && !program) return;
      // Keep the parameters the user chose when the new scenario can run with them (compare read-write and
      // sendfile on the same file); otherwise start from the defaults.
      const kept = parseParams(id, rawOf(id, formatParams(params)));
      const next = kept.ok ? kept.params : DEFAULT_PARAMS;
      get().whenTraceReady(id, next, () =>
        set({ ...initialInputs(id, next), program: null, step: 0, playing: false }),
      );
    },

    editParam(name, text) {
      const { paramText, paramErrors } = get();
      const errors = { ...paramErrors };
      delete errors[name];
      set({ paramText: { ...paramText, [name]: text }, paramErrors: errors });
    },

    applyParam(name) {
      const { scenario, params, paramText, paramErrors, program } = get();
      const text = paramText[name].trim();
      if (program) return applyProgramParam(name, text);
      const one = parseParam(name, text);
      const all = one.ok
        ? parseParams(scenario, { ...rawOf(scenario, formatParams(params)), [name]: text })
        : one;
      if (!all.ok) {
        set({ paramErrors: { ...paramErrors, [name]: all.error } });
        return false;
      }
      const errors = { ...paramErrors };
      delete errors[name];
      if (all.params[name] === params[name]) {
        set({ paramText: { ...paramText, [name]: formatParams(params)[name] }, paramErrors: errors });
        return true;
      }
      set({ paramErrors: errors });
      // Applied when the run's trace is ready (at once for a small run); the edit shows until then.
      get().whenTraceReady(scenario, all.params, () =>
        set({
          params: all.params,
          paramText: { ...get().paramText, [name]: formatParams(all.params)[name] },
          step: 0,
          playing: false,
        }),
      );
      return true;
    },
  };
};
