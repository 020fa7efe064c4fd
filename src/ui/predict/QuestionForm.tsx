import { useId, useState, type FormEvent } from 'react';
import type { PredictQuestion } from '../../sim/index';
import { useT } from '../useT';
import { questionText, readAnswer, valueText, type ScopeKind } from './words';

/**
 * One question: a number to type, or a place or task to pick (radio buttons: arrow keys move, Enter checks).
 * Check says right or wrong; a wrong answer may be tried again, or the answer shown.
 */
export function QuestionForm(props: {
  q: PredictQuestion;
  scope: ScopeKind;
  onRight(): void;
  onWrong(): void;
  onReveal(): void;
}) {
  const { q, scope } = props;
  const t = useT();
  const id = useId();
  const [raw, setRaw] = useState('');
  const [message, setMessage] = useState<{ text: string; verdict?: 'wrong' } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = readAnswer(q, raw);
    if (value === null) {
      setMessage({ text: t(q.kind === 'count' ? 'classroom.predict.notNumber' : 'classroom.predict.pick') });
      return;
    }
    if (value === q.answer) {
      props.onRight();
      return;
    }
    setMessage({ text: t('classroom.predict.wrong', { value: valueText(t, q, value) }), verdict: 'wrong' });
    props.onWrong();
  };
  const choices: readonly (string | number)[] = q.kind === 'count' ? [] : q.choices;
  return (
    <form className="predict-form" data-predict-question={q.id} onSubmit={submit}>
      <p className="predict-question" id={`${id}-q`}>
        {questionText(t, q, scope)}
      </p>
      {q.kind === 'count' ? (
        <label className="predict-number">
          {t('classroom.predict.answer')}{' '}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            // The question is the point of the panel: its field takes the focus when it appears.
            autoFocus
            aria-describedby={`${id}-q`}
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
          />
        </label>
      ) : (
        <fieldset
          className="predict-choices"
          aria-labelledby={`${id}-q`}
          // Arrow keys move between the choices here; they must not also step the run (useKeyboard).
          onKeyDown={(e) => {
            if (e.key.startsWith('Arrow')) e.stopPropagation();
          }}
        >
          {choices.map((c) => (
            <label key={String(c)}>
              <input
                type="radio"
                name={`${id}-choice`}
                value={String(c)}
                checked={raw === String(c)}
                onChange={() => setRaw(String(c))}
              />{' '}
              {valueText(t, q, c)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="predict-actions">
        <button type="submit">{t('classroom.predict.check')}</button>
        <button type="button" onClick={props.onReveal}>
          {t('classroom.predict.reveal')}
        </button>
      </div>
      <p className="predict-message" role="status" data-verdict={message?.verdict}>
        {message?.text}
      </p>
    </form>
  );
}
