import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  SCENARIO_IDS,
  checkProgram,
  runProgram,
  scenarioProgram,
} from '../../../src/sim/index';

const LIMITS = { maxSteps: 5000, maxOps: 20_000 };
const CANONICAL = SCENARIO_IDS.flatMap((id) =>
  (['size', 'eof'] as const).map((loop) => scenarioProgram(id, { ...DEFAULT_PARAMS, loop })),
);
const TOKENS = [
  '(',
  ')',
  '{',
  '}',
  ';',
  '=',
  '*',
  '&',
  '[',
  ']',
  ',',
  '0',
  '1',
  '65536',
  'F',
  'buf',
  'n',
  'read',
  'fork()',
  'for (;;)',
  'while (1)',
  'break;',
  '"',
  '/*',
  '//',
  '\n',
  'exit(0);',
  'waitpid(pid, &status, 0);',
  'world heap buf = { pages: 64 };',
  'const F = 16g;',
];

/** A canonical program with a few random edits: characters deleted, tokens inserted, numbers changed. */
const mutated = fc
  .tuple(
    fc.constantFrom(...CANONICAL),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 4 }),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [at, kind, token] of edits) {
      const i = at % (t.length + 1);
      if (kind === 0) t = t.slice(0, i) + t.slice(i + 1);
      else if (kind === 1) t = t.slice(0, i) + token + t.slice(i);
      else if (kind === 2) t = t.slice(0, i) + token + t.slice(i + token.length);
      else t = t.replace(/\d+/, String(at));
    }
    return t;
  });

function runsBounded(text: string): void {
  const r = runProgram(text, {}, LIMITS);
  if (r.ok) expect(r.trace.length).toBeLessThanOrEqual(LIMITS.maxSteps + 200);
  else {
    expect(r.problem.line).toBeGreaterThanOrEqual(1);
    expect(r.problem.col).toBeGreaterThanOrEqual(1);
    expect(r.problem.message).not.toMatch(/internal error/);
  }
}

describe('nothing a user types throws out of the core', () => {
  it('random text: parse and check never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => checkProgram(text)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('random token soup: runs are bounded and never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS, 'x', 'getpid()', '+', '<', 'if'), { maxLength: 40 }),
        (toks) => {
          runsBounded(toks.join(' '));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('mutated canonical programs: runs are bounded and never throw', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        runsBounded(text);
      }),
      { numRuns: 4000 },
    );
  });
});
