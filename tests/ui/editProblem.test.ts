import { expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/sim/index';
import { getEditProblem } from '../../src/ui/params/editProblem';

it('a scenario checks the value and the combination; a program of the user’s own only the value', () => {
  // bufoff 4096 ≥ page: a value valid alone, refused by direct-io's combination check.
  expect(getEditProblem('direct-io', DEFAULT_PARAMS, 'bufoff', '4096')).toBeDefined();
  expect(getEditProblem(null, DEFAULT_PARAMS, 'bufoff', '4096')).toBeUndefined();
  expect(getEditProblem(null, DEFAULT_PARAMS, 'file', 'lots')).toMatchObject({ code: 'notNumber' });
});
