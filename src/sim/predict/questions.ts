import type { CounterKey, Totals } from '../counters';
import type { Loc } from '../locations';
import { getCountersAt, getStepsRaising } from '../queries';
import { SITES } from '../sites';
import { emptyRaw, readStep } from '../stepColumns';
import type { ProgramTrace } from '../trace';

/** The counters a prediction asks about: the four the textbook argues over. */
export const PREDICT_COUNTERS = [
  'cpuCopies',
  'modeSwitches',
  'contextSwitches',
  'pageFaults',
] as const satisfies readonly CounterKey[];
export type PredictCounter = (typeof PREDICT_COUNTERS)[number];

/** Steps of a run the questions are about: `from` through `to`, both included. */
export interface PredictScope {
  readonly from: number;
  readonly to: number;
}

interface QuestionBase {
  /** Stable within a scope: 'count.cpuCopies', 'dma', 'next-task'. */
  readonly id: string;
  readonly scope: PredictScope;
  /** The step that settles the answer: the run plays to it once the answer is checked. */
  readonly proofStep: number;
  /** The steps the explanation cites (the first ones that raised the counter, or the one that shows it). */
  readonly cited: readonly number[];
}

/** How many times a counter rises within the scope. */
export interface CountQuestion extends QuestionBase {
  readonly kind: 'count';
  readonly counter: PredictCounter;
  readonly answer: number;
}

/** Where the next DMA transfer in the scope writes to (one of `choices`). */
export interface DmaQuestion extends QuestionBase {
  readonly kind: 'dma';
  readonly answer: Loc;
  readonly choices: readonly Loc[];
}

/** Which task the scheduler runs at the next process context switch (pid; 0 = the idle task). */
export interface NextTaskQuestion extends QuestionBase {
  readonly kind: 'next-task';
  readonly answer: number;
  readonly choices: readonly number[];
}

export type PredictQuestion = CountQuestion | DmaQuestion | NextTaskQuestion;

/** Steps an explanation cites at most (the list is for clicking, not for reading out). */
const CITED_MAX = 12;

/** Every place a DMA transfer of the model can write to, from the sites themselves (never a list by hand). */
export const DMA_TARGETS: readonly Loc[] = [
  ...new Set(SITES.filter((s) => s.kind === 'dma.start' && s.to).map((s) => s.to!)),
];

function countIn(trace: ProgramTrace, key: PredictCounter, scope: PredictScope): number {
  const at = (i: number): Totals => getCountersAt(trace, i);
  return at(scope.to)[key] - at(scope.from - 1)[key];
}

function countQuestion(trace: ProgramTrace, counter: PredictCounter, scope: PredictScope): CountQuestion {
  const answer = countIn(trace, counter, scope);
  return {
    id: `count.${counter}`,
    kind: 'count',
    counter,
    scope,
    answer,
    // Zero is proved only by the end of the scope; a count by the step that completes it.
    proofStep: answer > 0 ? lastRaising(trace, counter, scope, answer) : scope.to,
    cited: getStepsRaising(trace, counter, scope.from, CITED_MAX).filter((i) => i <= scope.to),
  };
}

/** The step of the scope that completes `counter`'s count (the scope may be long: a binary search). */
function lastRaising(
  trace: ProgramTrace,
  counter: PredictCounter,
  scope: PredictScope,
  total: number,
): number {
  let lo = scope.from;
  let hi = scope.to;
  // Binary search on the prefix counts: the first step at which the scope's count is complete.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (countIn(trace, counter, { from: scope.from, to: mid }) >= total) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first step in the scope whose kind is `kind`, read as a raw step; -1 if none. */
function firstOfKind(trace: ProgramTrace, kind: string, scope: PredictScope): number {
  const r = emptyRaw();
  for (let j = Math.max(0, scope.from); j <= scope.to; j++) {
    readStep(trace.columns, j, r);
    if (SITES[r.site]!.kind === kind) return j;
  }
  return -1;
}

function dmaQuestion(trace: ProgramTrace, scope: PredictScope): DmaQuestion | null {
  const j = firstOfKind(trace, 'dma.start', scope);
  if (j < 0) return null;
  const r = readStep(trace.columns, j, emptyRaw());
  const to = SITES[r.site]!.to;
  if (!to) return null;
  return { id: 'dma', kind: 'dma', scope, answer: to, choices: DMA_TARGETS, proofStep: j, cited: [j] };
}

function nextTaskQuestion(trace: ProgramTrace, scope: PredictScope): NextTaskQuestion | null {
  const j = firstOfKind(trace, 'sched.switch', scope);
  if (j < 0) return null;
  const r = readStep(trace.columns, j, emptyRaw());
  // The run's processes and the idle task (pid 0) are the candidates.
  const choices = [...trace.tasks.map((t) => t.pid), 0];
  return { id: 'next-task', kind: 'next-task', scope, answer: r.b, choices, proofStep: j, cited: [j] };
}

/**
 * The questions a student answers before the steps `scope` covers play (DESIGN §8, issue 19): how many CPU
 * copies, mode switches, process context switches and page faults they make; where the first DMA transfer
 * writes to; which task runs at the first process context switch (the last two only when the scope has one).
 * Made from the trace alone, so it works for every scenario, parameter set and program. Ordered by the
 * step that proves each answer. Pure.
 */
export function predictQuestions(trace: ProgramTrace, scope?: PredictScope): PredictQuestion[] {
  const last = trace.length - 1;
  const s: PredictScope = scope
    ? { from: Math.max(0, Math.min(scope.from, last)), to: Math.max(0, Math.min(scope.to, last)) }
    : { from: 0, to: last };
  const out: PredictQuestion[] = PREDICT_COUNTERS.map((c) => countQuestion(trace, c, s));
  const dma = dmaQuestion(trace, s);
  if (dma) out.push(dma);
  const next = nextTaskQuestion(trace, s);
  if (next) out.push(next);
  // In the order the run proves them, so revealing one never shows the answer to an earlier one.
  return out.sort((a, b) => a.proofStep - b.proofStep);
}

/**
 * The scope of the system call that starts at or after step `at` (its entry through its exit; a call that
 * never returns runs to the end), or null when no call is left. For predicting at each system call.
 */
export function nextSyscallScope(trace: ProgramTrace, at: number): PredictScope | null {
  const starts = trace.groups.syscallStart;
  for (let g = 0; g < starts.length; g++) {
    const from = starts[g]!;
    if (from < at) continue;
    const end = trace.groups.syscallEnd[g]!;
    return { from, to: end < 0 ? trace.length - 1 : end };
  }
  return null;
}
