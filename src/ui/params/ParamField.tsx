import { useId } from 'react';
import { formatProblem, PARAM_SPECS, type ParamName } from '../../sim/index';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { getEditProblem } from './editProblem';
import { problemText, rangeText } from './problemText';
import { programProblemText } from '../program/programProblemText';

/**
 * One parameter: a select for choices, a text field for sizes and counts. Edits are validated on Enter or
 * blur; a refused value stays in the field with the reason beside it and is never applied.
 */
export function ParamField({ name }: { name: ParamName }) {
  const store = useAppStore();
  const text = useApp((s) => s.paramText[name]);
  const error = useApp((s) => s.paramErrors[name]);
  const runProblem = useApp((s) => s.paramProgramProblems[name]);
  const scenario = useApp((s) => (s.program ? null : s.scenario));
  const params = useApp((s) => s.params);
  const t = useT();
  const id = useId();
  const spec = PARAM_SPECS[name];
  const edit = (v: string) => store.getState().editParam(name, v);
  const apply = () => store.getState().applyParam(name);
  // The store keeps the core's English text; say it in the reader's language when the problem is known.
  const problem = error ? getEditProblem(scenario, params, name, text) : undefined;
  // A program of the user's own refused the value when it ran: its problem, said in the reader's words.
  const refusedRun = !problem && runProblem && error === formatProblem(runProblem) ? runProblem : undefined;
  const reason = problem
    ? problemText(t, problem)
    : refusedRun
      ? t('editor.problem', {
          line: refusedRun.line,
          col: refusedRun.col,
          message: programProblemText(t, refusedRun),
        })
      : error;
  return (
    <div className={`param ${error ? 'invalid' : ''}`} data-param={name}>
      <label htmlFor={id}>
        <span className="param-label">{t(`ui.param.${name}`)}</span>{' '}
        <code className="param-name">{name}</code>
      </label>
      {spec.kind === 'choice' ? (
        <select
          id={id}
          value={text}
          onChange={(e) => {
            edit(e.currentTarget.value);
            apply();
          }}
        >
          {spec.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          inputMode="text"
          spellCheck={false}
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          onChange={(e) => edit(e.currentTarget.value)}
          onBlur={apply}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply();
          }}
        />
      )}
      <p id={`${id}-msg`} className={error ? 'param-error' : 'param-hint'} role={error ? 'alert' : undefined}>
        {reason
          ? t('ui.params.refused', { error: reason })
          : spec.kind === 'choice'
            ? ''
            : rangeText(t, name)}
      </p>
    </div>
  );
}
