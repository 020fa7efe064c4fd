import { describe, expect, it } from 'vitest';
import { getGroupAt, getStep, parseParams, simulate, type Trace } from '../../src/sim/index';
import {
  lastPosition,
  neighbourPosition,
  positionOfStep,
  sharedEnd,
  stepAtPosition,
} from '../../src/state/compareSync';

const run = (scenario: 'read-write' | 'sendfile', raw: Record<string, string>): Trace => {
  const r = parseParams(scenario, raw);
  if (!r.ok) throw new Error(r.error);
  return simulate(scenario, r.params);
};

const rw = run('read-write', { file: '64k', cache: 'warm' });
const sf = run('sendfile', { file: '64k', cache: 'warm' });
const pair = [rw, sf] as const;

describe('compare mode: moving two runs together', () => {
  it('puts both runs on the same system call number while both have one', () => {
    const both = Math.min(lastPosition(rw, 'syscall'), lastPosition(sf, 'syscall'));
    expect(both).toBeGreaterThan(0);
    expect(lastPosition(rw, 'syscall')).toBeGreaterThan(2);
    for (let p = 0; p < both; p++) {
      expect(getGroupAt(rw, stepAtPosition(rw, 'syscall', p)).syscall).toBe(p);
      expect(getGroupAt(sf, stepAtPosition(sf, 'syscall', p)).syscall).toBe(p);
    }
  });

  it('leaves the run with fewer calls at its last step, and reads a step back as its call number', () => {
    const calls = lastPosition(sf, 'syscall');
    expect(lastPosition(rw, 'syscall')).toBeGreaterThan(calls);
    expect(stepAtPosition(sf, 'syscall', calls + 5)).toBe(sf.length - 1);
    expect(sharedEnd(pair, 'syscall')).toBe(lastPosition(rw, 'syscall'));
    for (const p of [0, 1, 5, 17])
      expect(positionOfStep(rw, 'syscall', stepAtPosition(rw, 'syscall', p))).toBe(p);
    expect(positionOfStep(sf, 'syscall', sf.length - 1)).toBe(calls);
  });

  it('steps one call at a time within [0, end]', () => {
    const end = sharedEnd(pair, 'syscall');
    expect(neighbourPosition(pair, 'syscall', 0, -1)).toBe(0);
    expect(neighbourPosition(pair, 'syscall', 3, 1)).toBe(4);
    expect(neighbourPosition(pair, 'syscall', end, 1)).toBe(end);
  });

  it('by time, takes the last step of each run at that time and moves to the next moment either run has a step', () => {
    const t = getStep(rw, 40).t;
    for (const trace of pair) {
      const i = stepAtPosition(trace, 'time', t);
      expect(getStep(trace, i).t).toBeLessThanOrEqual(t);
      if (i + 1 < trace.length) expect(getStep(trace, i + 1).t).toBeGreaterThan(t);
    }
    const next = neighbourPosition(pair, 'time', t, 1);
    expect(Number.isInteger(next)).toBe(true);
    // At least one run moved, and no step of either lies between t and the ns before next.
    expect(pair.some((trace) => stepAtPosition(trace, 'time', next) > stepAtPosition(trace, 'time', t))).toBe(
      true,
    );
    for (const trace of pair)
      expect(stepAtPosition(trace, 'time', Math.max(t, next - 1))).toBe(stepAtPosition(trace, 'time', t));
    expect(neighbourPosition(pair, 'time', next, -1)).toBeLessThan(next);
    expect(sharedEnd(pair, 'time')).toBe(Math.ceil(Math.max(rw.endTimeNs, sf.endTimeNs)));
  });

  it('by loop iteration, both runs start the same iteration number', () => {
    const both = Math.min(lastPosition(rw, 'iteration'), lastPosition(sf, 'iteration'));
    expect(both).toBeGreaterThan(0);
    for (let p = 0; p < both; p++) {
      expect(getGroupAt(rw, stepAtPosition(rw, 'iteration', p)).iteration).toBe(p);
      expect(getGroupAt(sf, stepAtPosition(sf, 'iteration', p)).iteration).toBe(p);
    }
  });
});
