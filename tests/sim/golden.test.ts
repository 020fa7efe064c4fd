import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/index';
import { caseKey, digestTrace, goldenCases } from './golden/digest';

/**
 * Traces recorded (scripts/recordGolden.ts) from the hand-written scenario functions before the scenarios
 * became programs: every step, group, checkpoint, total and strace line must stay the same.
 */
const golden = JSON.parse(readFileSync('tests/sim/golden/traces.json', 'utf8')) as Record<string, unknown>;

describe('golden traces', () => {
  const cases = goldenCases();
  it('covers every scenario with 20+ parameter sets in all', () => {
    expect(Object.keys(golden).length).toBe(cases.length);
    expect(new Set(cases.map((c) => JSON.stringify(c.raw))).size).toBeGreaterThanOrEqual(20);
  });
  it.each(cases.map((c) => [caseKey(c), c] as const))('%s', (key, c) => {
    expect(digestTrace(simulate(c.scenario, c.params))).toEqual(golden[key]);
  });
});
