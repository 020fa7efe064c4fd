import { describe, expect, it } from 'vitest';
import {
  PARAM_PROBLEM_CODES,
  SCENARIO_IDS,
  SCENARIO_PARAMS,
  parseParam,
  parseParams,
} from '../../src/sim/index';

/** Each refusal carries its English text (for the CLI) and the same facts as a code plus values (for the UI). */
describe('parameter problems', () => {
  it.each([
    ['file', '12x', { code: 'notNumber', name: 'file', value: '12x' }],
    ['file', '0', { code: 'outOfRange', name: 'file', value: '0', min: 1, max: 16 * 1024 ** 3 }],
    ['file', '-1', { code: 'outOfRange', name: 'file', value: '-1', min: 1, max: 16 * 1024 ** 3 }],
    ['ra', '-4', { code: 'outOfRange', name: 'ra', value: '-4', min: 1, max: 4096 }],
    ['file', '-x', { code: 'notNumber', name: 'file', value: '-x' }],
    ['fa', '3', { code: 'notPowerOfTwo', name: 'fa', value: '3', min: 1, max: 512 }],
    ['page', '8192', { code: 'notAllowed', name: 'page', value: '8192' }],
    ['cache', 'lukewarm', { code: 'notAllowed', name: 'cache', value: 'lukewarm' }],
  ] as const)('parseParam(%s, %s)', (name, raw, problem) => {
    const r = parseParam(name, raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual(problem);
    expect(r.error).toContain(`bad value for ${name}: "${raw}"`);
  });

  it('clips a long hostile value in both the text and the problem', () => {
    const r = parseParam('file', 'x'.repeat(100));
    expect(!r.ok && r.problem).toMatchObject({ code: 'notNumber', value: `${'x'.repeat(40)}…` });
  });

  it.each([
    ['nope', {}, { code: 'unknownScenario', value: 'nope' }],
    ['read-write', { bogus: '1' }, { code: 'unknownParam', name: 'bogus' }],
    ['direct-io', { bufoff: '8192' }, { code: 'belowPage', name: 'bufoff', value: 8192, page: 4096 }],
    ['direct-io', { align: '4096', page: '4096' }, undefined],
    ['read-write', { file: '16g', buf: '1' }, { code: 'tooManyStepsBuf', name: 'file', max: 6_000_000 }],
    ['mmap-write', { file: '16g', fa: '1', page: '4096' }, { code: 'tooManySteps', name: 'file' }],
  ] as const)('parseParams(%s, %j)', (scenario, raw, problem) => {
    const r = parseParams(scenario, raw);
    if (problem === undefined) {
      expect(r.ok).toBe(true);
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject(problem);
    expect(PARAM_PROBLEM_CODES).toContain(r.problem.code);
    expect(r.error.length).toBeGreaterThan(0);
  });

  it('every problem value is plain text or a number (message placeholders)', () => {
    const r = parseParams('read-write', { file: '16g', buf: '1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const v of Object.values(r.problem)) expect(['string', 'number']).toContain(typeof v);
  });
});

describe('page sizes the architecture has (issue 12)', () => {
  it.each(
    SCENARIO_IDS.filter((id) => SCENARIO_PARAMS[id].includes('page')).flatMap((id) =>
      ['16k', '64k'].flatMap((page) => ['x86_64', 'i386'].map((arch) => [id, page, arch] as const)),
    ),
  )('%s page=%s arch=%s is refused: x86 has 4 KiB base pages only', (id, page, arch) => {
    const r = parseParams(id, { page, arch });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.param).toBe('page');
    expect(r.problem).toMatchObject({ code: 'pageNotOnArch', arch, allowed: '4096' });
    expect(r.error).toMatch(/not a base page size on .*4096-byte pages only.*arm64/);
    expect(r.error).not.toContain('\n');
  });

  it('page=4096 is accepted on both', () => {
    for (const arch of ['x86_64', 'i386'])
      expect(parseParams('cow-fork', { page: '4k', arch }).ok).toBe(true);
  });
});
