import { expect, it } from 'vitest';
import { DEFAULT_PARAMS, getProgramParams, scenarioProgram } from '../../src/sim/index';

it('names the parameters a program declares as constants, in order, once each', () => {
  expect(getProgramParams('const B = 512;\nconst F = 4k;\nconst CHUNK = 3;\nworld tcp 4;')).toEqual([
    'buf',
    'file',
  ]);
  expect(getProgramParams(scenarioProgram('sendfile', { ...DEFAULT_PARAMS, sg: 'off' }))).toContain('sg');
});

it('answers [] for a program that does not parse, never throws', () => {
  expect(getProgramParams('const F = ;')).toEqual([]);
  expect(getProgramParams('x'.repeat(70_000))).toEqual([]);
});
