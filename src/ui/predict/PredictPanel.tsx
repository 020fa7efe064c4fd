import './predict.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  nextSyscallScope,
  predictQuestions,
  type PredictQuestion,
  type PredictScope,
  type Trace,
} from '../../sim/index';
import { Panel } from '../Panel';
import { useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { Explanation } from './Explanation';
import { QuestionForm } from './QuestionForm';
import { usePlayTo } from './usePlayTo';
import { valueText, type ScopeKind } from './words';

interface Score {
  readonly right: number;
  readonly asked: number;
}

/** What the student has done with the question on screen. */
type Stage =
  | { readonly tries: number; readonly revealed: false }
  | { readonly tries: number; readonly revealed: true; readonly right: boolean };

/** A number per trace object, so a new run (even one with the same scope) starts its questions over. */
const traceIds = new WeakMap<Trace, number>();
let lastTraceId = 0;
function traceId(trace: Trace): number {
  const known = traceIds.get(trace);
  if (known !== undefined) return known;
  traceIds.set(trace, ++lastTraceId);
  return lastTraceId;
}

/**
 * Predict, then reveal (issue 19): questions made from the run's own trace (predictQuestions), asked before
 * the run — or the next system call — plays. A checked answer plays the run to the step that proves it and
 * cites the steps behind it. The score counts answers right at the first try; it lasts while the panel is open.
 */
export function PredictPanel() {
  const store = useAppStore();
  const trace = useTrace();
  const t = useT();
  const [scopeKind, setScopeKind] = useState<ScopeKind>('run');
  // The step the questions start from: the run's start, or where "next system call" was asked.
  const [askedAt, setAskedAt] = useState(0);
  const scope: PredictScope | null = useMemo(
    () => (scopeKind === 'run' ? { from: 0, to: trace.length - 1 } : nextSyscallScope(trace, askedAt)),
    [trace, scopeKind, askedAt],
  );
  const questions = useMemo(() => (scope ? predictQuestions(trace, scope) : []), [trace, scope]);
  const [score, setScore] = useState<Score>({ right: 0, asked: 0 });
  const askSyscall = (at: number) => {
    setScopeKind('syscall');
    setAskedAt(at);
  };
  return (
    <Panel title={t('classroom.predict.title')} className="predict-panel">
      <p className="predict-intro">{t('classroom.predict.intro')}</p>
      <div className="predict-scope" role="group" aria-label={t('classroom.predict.scope.label')}>
        <button type="button" aria-pressed={scopeKind === 'run'} onClick={() => setScopeKind('run')}>
          {t('classroom.predict.scope.run')}
        </button>
        <button
          type="button"
          aria-pressed={scopeKind === 'syscall'}
          onClick={() => askSyscall(store.getState().step)}
        >
          {t('classroom.predict.scope.syscall')}
        </button>
      </div>
      <p className="predict-score" data-score-right={score.right} data-score-asked={score.asked}>
        {t('classroom.predict.score', { ...score })}
      </p>
      {scopeKind === 'syscall' && scope && (
        <p className="predict-scope-note">
          {t('classroom.predict.scopeSyscall', { from: scope.from + 1, to: scope.to + 1 })}
        </p>
      )}
      {scope ? (
        <QuestionRun
          key={`${traceId(trace)}:${scopeKind}:${scope.from}:${scope.to}`}
          trace={trace}
          scope={scope}
          scopeKind={scopeKind}
          questions={questions}
          score={score}
          onScore={setScore}
          onMore={() => askSyscall(scope.to + 1)}
        />
      ) : (
        <p>{t('classroom.predict.noSyscall')}</p>
      )}
    </Panel>
  );
}

/** The questions of one scope, one at a time; it starts at the scope's first step (nothing of it shown yet). */
function QuestionRun(props: {
  trace: Trace;
  scope: PredictScope;
  scopeKind: ScopeKind;
  questions: readonly PredictQuestion[];
  score: Score;
  onScore(score: Score): void;
  onMore(): void;
}) {
  const { trace, scope, scopeKind, questions, score } = props;
  const store = useAppStore();
  const t = useT();
  const [index, setIndex] = useState(0);
  const [stage, setStage] = useState<Stage>({ tries: 0, revealed: false });
  const { target, playTo, goNow } = usePlayTo(store);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    store.getState().pause();
    store.getState().seek(Math.max(scope.from - 1, 0));
  }, [store, scope]);
  const q = questions[index];
  if (!q)
    return (
      <div className="predict-done">
        <p>{t('classroom.predict.done', { ...score })}</p>
        <button type="button" onClick={props.onMore}>
          {t('classroom.predict.moreSyscall')}
        </button>
      </div>
    );
  const reveal = (right: boolean) => {
    setStage({ tries: stage.tries + 1, revealed: true, right });
    props.onScore({ right: score.right + (right && stage.tries === 0 ? 1 : 0), asked: score.asked + 1 });
    playTo(q.proofStep);
  };
  return (
    <div className="predict-current">
      <p className="predict-progress">
        {t('classroom.predict.progress', { n: index + 1, total: questions.length })}
      </p>
      {stage.revealed ? (
        <div data-predict-question={q.id} data-verdict={stage.right ? 'right' : 'revealed'}>
          <p className="predict-verdict" role="status">
            {t(stage.right ? 'classroom.predict.right' : 'classroom.predict.revealed', {
              answer: valueText(t, q, q.answer),
            })}
          </p>
          <Explanation trace={trace} q={q} scope={scopeKind} />
          {target !== null && (
            <p className="predict-playing">
              {t('classroom.predict.playing', { step: target + 1 })}{' '}
              <button
                type="button"
                onClick={() => {
                  goNow();
                  // This button goes away: the focus goes on to the next question's button.
                  nextRef.current?.focus();
                }}
              >
                {t('classroom.predict.showNow', { step: target + 1 })}
              </button>
            </p>
          )}
          <button
            type="button"
            className="predict-next"
            ref={nextRef}
            autoFocus
            onClick={() => {
              setIndex(index + 1);
              setStage({ tries: 0, revealed: false });
            }}
          >
            {t('classroom.predict.next')}
          </button>
        </div>
      ) : (
        <QuestionForm
          key={q.id}
          q={q}
          scope={scopeKind}
          onRight={() => reveal(true)}
          onWrong={() => setStage({ tries: stage.tries + 1, revealed: false })}
          onReveal={() => reveal(false)}
        />
      )}
    </div>
  );
}
