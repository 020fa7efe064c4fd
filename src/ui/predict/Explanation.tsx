import { getStep, type PredictQuestion, type Step, type Trace } from '../../sim/index';
import { useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { valueText, type ScopeKind } from './words';

/** A step's short name: its system call, else the last kernel function of its chain. */
function shortName(step: Step): string {
  if (step.syscall) return `${step.syscall}()`;
  return step.fn.split('→').at(-1)!.trim();
}

/** A step as a button: its number (1-based, as the step indicator shows it) and its kernel function. */
function StepButton({ trace, index }: { trace: Trace; index: number }) {
  const store = useAppStore();
  const t = useT();
  const step = getStep(trace, index);
  return (
    <button
      type="button"
      data-cited-step={index}
      onClick={() => {
        store.getState().pause();
        store.getState().seek(index);
      }}
    >
      {t('classroom.predict.stepButton', {
        step: index + 1,
        fn: shortName(step),
      })}
    </button>
  );
}

/**
 * Why the answer is what it is, from the trace: the steps that raised the counter (the counters panel's
 * list, cut to the first ones), or the one step that shows where the DMA writes or which task runs.
 */
export function Explanation({ trace, q, scope }: { trace: Trace; q: PredictQuestion; scope: ScopeKind }) {
  const t = useT();
  if (q.kind === 'count') {
    const counter = t(`ui.counter.${q.counter}`);
    if (q.answer === 0)
      return (
        <p className="predict-why">
          {t('classroom.predict.why.zero', {
            scope: t(`classroom.predict.scopeName.${scope}`),
            counter,
            step: q.proofStep + 1,
          })}
        </p>
      );
    return (
      <div className="predict-why">
        <p>
          {t('classroom.predict.why.count', { counter })}{' '}
          {q.cited.length < q.answer &&
            t('classroom.predict.why.countMore', { shown: q.cited.length, total: q.answer })}
        </p>
        <ol className="predict-cited">
          {q.cited.map((i) => (
            <li key={i}>
              <StepButton trace={trace} index={i} />
            </li>
          ))}
        </ol>
      </div>
    );
  }
  const step = getStep(trace, q.proofStep);
  const text =
    q.kind === 'dma'
      ? t('classroom.predict.why.dma', {
          step: q.proofStep + 1,
          fn: step.fn,
          from: valueText(t, q, step.data?.from ?? 'none'),
          to: valueText(t, q, q.answer),
        })
      : t('classroom.predict.why.next-task', {
          step: q.proofStep + 1,
          fn: step.fn,
          prev: valueText(t, q, step.params.prev === 'idle' ? 0 : (step.params.prev ?? 0)),
          next: valueText(t, q, q.answer),
        });
  return (
    <div className="predict-why">
      <p>{text}</p>
      <StepButton trace={trace} index={q.proofStep} />
    </div>
  );
}
