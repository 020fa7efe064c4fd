import type { PredictQuestion } from '../../sim/index';

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;
export type ScopeKind = 'run' | 'syscall';

/** The question in the reader's language ("How many CPU copies will this run make?"). */
export function questionText(t: T, q: PredictQuestion, scope: ScopeKind): string {
  const key = q.kind === 'count' ? `classroom.predict.q.count.${q.counter}` : `classroom.predict.q.${q.kind}`;
  return t(key, { scope: t(`classroom.predict.scopeName.${scope}`) });
}

/** A choice or an answer as words: a place for DMA, a task for the scheduler, a number for a count. */
export function valueText(t: T, q: PredictQuestion, value: string | number): string {
  if (q.kind === 'dma') return t(`classroom.loc.${value}`);
  if (q.kind === 'next-task')
    return Number(value) === 0
      ? t('classroom.predict.task.idle')
      : t('classroom.predict.task.pid', { pid: value });
  return String(value);
}

/** Reads what the student typed or picked into the question's answer type; null when it is not one. */
export function readAnswer(q: PredictQuestion, raw: string): string | number | null {
  const text = raw.trim();
  if (q.kind === 'dma') return (q.choices as readonly string[]).includes(text) ? text : null;
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  if (q.kind === 'next-task') return q.choices.includes(n) ? n : null;
  return n;
}
