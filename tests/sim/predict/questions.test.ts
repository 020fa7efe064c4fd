import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  DMA_TARGETS,
  PREDICT_COUNTERS,
  SCENARIO_IDS,
  generateProblems,
  getCountersAt,
  getStep,
  getStepsRaising,
  nextSyscallScope,
  predictQuestions,
  runProgram,
  scenarioProgram,
  simulate,
  type Params,
  type ProgramTrace,
  type ScenarioId,
} from '../../../src/sim/index';

/** Checks every question of the whole run against the trace's own counts and steps, found another way. */
function checkWholeRun(label: string, trace: ProgramTrace, totals = trace.totals) {
  const questions = predictQuestions(trace);
  for (const c of PREDICT_COUNTERS) {
    const q = questions.find((x) => x.kind === 'count' && x.counter === c);
    if (q?.kind !== 'count') throw new Error(`${label}: no ${c} question`);
    // The answer is the run's own total, the CLI's number, and the number of steps that raise it.
    expect(q.answer, `${label} ${c}`).toBe(totals[c]);
    expect(getStepsRaising(trace, c, 0, 1e9).length, `${label} ${c} steps`).toBe(q.answer);
    // The proof step completes the count: at it the total is reached, one step before it is not.
    expect(getCountersAt(trace, q.proofStep)[c]).toBe(q.answer);
    if (q.answer > 0) expect(getCountersAt(trace, q.proofStep - 1)[c]).toBe(q.answer - 1);
    else expect(q.proofStep).toBe(trace.length - 1);
    for (const i of q.cited) expect(getStepsRaising(trace, c, i, 1)[0]).toBe(i);
  }
  let firstDma = -1;
  let firstSwitch = -1;
  for (let i = 0; i < trace.length && (firstDma < 0 || firstSwitch < 0); i++) {
    const kind = getStep(trace, i).kind;
    if (firstDma < 0 && kind === 'dma.start') firstDma = i;
    if (firstSwitch < 0 && kind === 'sched.switch') firstSwitch = i;
  }
  const dma = questions.find((x) => x.kind === 'dma');
  if (firstDma < 0) expect(dma, label).toBeUndefined();
  else {
    if (dma?.kind !== 'dma') throw new Error(`${label}: no DMA question`);
    expect(dma.proofStep).toBe(firstDma);
    expect(dma.answer).toBe(getStep(trace, firstDma).data?.to);
    expect(dma.choices).toContain(dma.answer);
  }
  const next = questions.find((x) => x.kind === 'next-task');
  if (firstSwitch < 0) expect(next, label).toBeUndefined();
  else {
    if (next?.kind !== 'next-task') throw new Error(`${label}: no next-task question`);
    expect(next.proofStep).toBe(firstSwitch);
    const shown = getStep(trace, firstSwitch).params.next;
    expect(next.answer).toBe(shown === 'idle' ? 0 : shown);
    expect(next.choices).toContain(next.answer);
  }
}

describe('predict questions are made from the trace', () => {
  it.each(SCENARIO_IDS)('%s at its defaults: every answer is the trace’s own count', (id) => {
    checkWholeRun(id, simulate(id, DEFAULT_PARAMS));
  });

  it('24 drawn parameter sets: every answer equals a fresh run’s totals (what `sim --format json` prints)', () => {
    const sets = generateProblems({ seed: 19, count: 24, questions: 1 });
    expect(sets).toHaveLength(24);
    for (const p of sets) {
      const trace = simulate(p.scenario, p.params);
      const fresh = simulate(p.scenario, { ...p.params } as Params).totals;
      checkWholeRun(`${p.scenario} ${JSON.stringify(p.changed.map((n) => [n, p.params[n]]))}`, trace, fresh);
    }
  });

  it('a program (not a scenario) gets the same questions', () => {
    const text = scenarioProgram('cow-fork' satisfies ScenarioId, DEFAULT_PARAMS);
    const result = runProgram(text);
    if (!result.ok) throw new Error('program failed');
    checkWholeRun('cow-fork as a program', result.trace);
  });

  it('the textbook read-write, cold: 2 copies, 4 syscall mode switches, the idle task next, first DMA into the page cache', () => {
    const trace = simulate('read-write', DEFAULT_PARAMS);
    const q = predictQuestions(trace);
    const answers = Object.fromEntries(q.map((x) => [x.id, x.answer]));
    expect(answers).toMatchObject({
      'count.cpuCopies': 2,
      // The textbook's four are the system calls'; the disk's and NIC's interrupts in user mode add theirs.
      'count.modeSwitches': 4 + trace.totals.modeSwitchesBy.interrupt,
      'count.pageFaults': 0,
      dma: 'pagecache',
      'next-task': 0,
    });
    expect(DMA_TARGETS).toEqual(expect.arrayContaining(['pagecache', 'user', 'nic']));
  });

  it('at each system call: the call’s own counts, which add up to the run’s (outside calls: devices and faults in user mode)', () => {
    const trace = simulate('read-write', { ...DEFAULT_PARAMS, file: 10000, cache: 'warm' });
    const first = nextSyscallScope(trace, 0);
    expect(first).not.toBeNull();
    const read = predictQuestions(trace, first!);
    expect(getStep(trace, first!.from).kind).toBe('syscall.enter');
    expect(read.find((x) => x.id === 'count.cpuCopies')?.answer).toBe(1);
    expect(read.find((x) => x.id === 'count.modeSwitches')?.answer).toBe(2);
    let copies = 0;
    for (let at = 0, s = nextSyscallScope(trace, at); s; at = s.to + 1, s = nextSyscallScope(trace, at))
      copies += predictQuestions(trace, s).find((x) => x.id === 'count.cpuCopies')!.answer as number;
    expect(copies).toBe(trace.totals.cpuCopies);
    expect(nextSyscallScope(trace, trace.length)).toBeNull();
  });
});
