import { useState, type FormEvent } from 'react';
import type { Locale } from '../../i18n/index';
import type { Problem } from '../../sim/index';
import { formatParamValue } from '../../url/paramText';
import { problemRunHash } from '../../url/problemsLink';

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * One problem: its run (scenario and the parameters drawn for it, with a link that opens it), a field per
 * question, and — once submitted, or at once on the instructor's copy — each answer, right or wrong, and
 * where it comes from.
 */
export function ProblemCard({
  problem,
  locale,
  t,
  showAnswers,
}: {
  problem: Problem;
  locale: Locale;
  t: T;
  showAnswers: boolean;
}) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const revealed = showAnswers || submitted;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
  };
  const given = (counter: string) => (typed[counter] ?? '').trim();
  const right = problem.questions.filter((q) => given(q.counter) === String(q.answer)).length;
  const params = problem.changed.map((n) => `${n}=${formatParamValue(n, problem.params[n])}`).join(' ');
  return (
    <li className="problem" data-problem={problem.n} data-scenario={problem.scenario}>
      <h2>
        {t('classroom.problems.problem', { n: problem.n, scenario: t(`scenario.${problem.scenario}.title`) })}
      </h2>
      <p className="problem-run">
        <code>{params || t('classroom.problems.defaults')}</code>{' '}
        <a href={problemRunHash(problem, locale)} target="_blank" rel="noopener" data-open-run={problem.n}>
          {t('classroom.problems.open')}
        </a>
      </p>
      <form onSubmit={submit}>
        <ol className="problem-questions">
          {problem.questions.map((q) => {
            const value = given(q.counter);
            const ok = value === String(q.answer);
            return (
              <li key={q.counter} data-question={q.counter}>
                <label>
                  {t('classroom.problems.question', { counter: t(`ui.counter.${q.counter}`) })}{' '}
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    readOnly={submitted}
                    value={typed[q.counter] ?? ''}
                    onChange={(e) => setTyped({ ...typed, [q.counter]: e.target.value })}
                  />
                </label>
                {revealed && (
                  <p className="problem-answer">
                    <strong data-answer={q.answer}>
                      {t('classroom.problems.answer', { answer: q.answer })}
                    </strong>
                    {submitted && (
                      <span data-verdict={ok ? 'right' : 'wrong'}>
                        {' — '}
                        {ok
                          ? t('classroom.problems.right')
                          : value === ''
                            ? t('classroom.problems.blank')
                            : t('classroom.problems.wrong', { value })}
                      </span>
                    )}
                    {/* The core words its reasons in English (kernel function names, mostly). */}
                    {locale === 'en' && (
                      <span className="problem-why">{t('classroom.problems.why', { reason: q.reason })}</span>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {!submitted && !showAnswers && <button type="submit">{t('classroom.problems.submit')}</button>}
        {submitted && (
          <p className="problem-score" data-score={right}>
            {t('classroom.problems.score', { right, total: problem.questions.length })}
          </p>
        )}
      </form>
    </li>
  );
}
