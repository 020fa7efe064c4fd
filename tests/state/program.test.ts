import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, scenarioProgram, simulate } from '../../src/sim/index';
import { createAppStore, selectTrace } from '../../src/state/index';
import { linkState } from '../helpers/linkState';
import { manualSource } from '../helpers/manualSource';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** read-write's program with the read size changed: a different run of the same machine. */
const CHUNKED = scenarioProgram('read-write', { ...DEFAULT_PARAMS, file: 16384 }).replace(
  'const B = 4096;',
  'const B = 8192;',
);

describe('a program of the user’s own', () => {
  it('Edit a copy opens the program on screen in the editor; Run makes it the run', () => {
    const store = createAppStore();
    store.getState().editCopy();
    const s = store.getState();
    expect(s.editing).toBe(true);
    expect(s.draft).toBe(selectTrace(s).program.join('\n'));
    s.setDraft(CHUNKED);
    store.getState().seek(4);
    expect(store.getState().runDraft()).toBe(true);
    const after = store.getState();
    expect(after.program).toEqual({ text: CHUNKED });
    expect(after.scenario).toBe('read-write');
    expect(after.step).toBe(0);
    // Its parameters are its constants: the panel shows them.
    expect(after.params).toMatchObject({ file: 16384, buf: 8192 });
    expect(after.paramText.buf).toBe('8k');
    const want = simulate('read-write', { file: 16384, buf: 8192 });
    expect(selectTrace(after).totals).toEqual(want.totals);
    expect(selectTrace(after).scenario).toBe('read-write');
  });

  it('a program that does not check keeps the last good run and says where the problem is', () => {
    const store = createAppStore();
    store.getState().editCopy();
    store.getState().setDraft(CHUNKED);
    store.getState().runDraft();
    const good = selectTrace(store.getState());
    store.getState().seek(2);
    store.getState().setDraft(CHUNKED.replace('read(3', 'raed(3'));
    expect(store.getState().runDraft()).toBe(false);
    const s = store.getState();
    expect(s.programProblem).toMatchObject({ line: expect.any(Number), col: expect.any(Number) });
    expect(s.programProblem?.message).toMatch(/raed.*read/);
    expect(selectTrace(s)).toBe(good);
    expect(s.step).toBe(2);
    expect(s.draft).toContain('raed');
    // Fixing it runs again and clears the problem.
    s.setDraft(CHUNKED);
    expect(store.getState().runDraft()).toBe(true);
    expect(store.getState().programProblem).toBeNull();
  });

  it('a run-time problem (an endless loop) names its line and keeps the run', () => {
    const store = createAppStore();
    const before = selectTrace(store.getState());
    store.getState().setDraft('world tcp 4;\nfor (;;) { getpid(); }');
    expect(store.getState().runDraft()).toBe(false);
    expect(store.getState().programProblem?.line).toBe(2);
    expect(selectTrace(store.getState())).toBe(before);
  });

  it('a parameter edit rewrites the program’s constant (and the editor’s text) and runs it', () => {
    const store = createAppStore();
    store.getState().setDraft(CHUNKED);
    store.getState().runDraft();
    store.getState().editParam('file', '64k');
    expect(store.getState().applyParam('file')).toBe(true);
    const s = store.getState();
    expect(s.program?.text).toContain('const F = 65536;');
    expect(s.draft).toContain('const F = 65536;');
    expect(s.params.file).toBe(65536);
    // A value the world refuses (more than the step cap would allow is refused by parseParam alone here).
    store.getState().editParam('file', 'lots');
    expect(store.getState().applyParam('file')).toBe(false);
    expect(store.getState().paramErrors.file).toMatch(/file/);
    expect(store.getState().params.file).toBe(65536);
  });

  it('a parameter value the program fails on keeps the run and records the problem for the panel to say', () => {
    const store = createAppStore();
    store
      .getState()
      .setDraft(['const F = 4096;', 'world file 3 = { size: F };', 'x = 10 / (F - 8192);'].join('\n'));
    store.getState().runDraft();
    expect(store.getState().program).not.toBeNull();
    store.getState().editParam('file', '8k');
    expect(store.getState().applyParam('file')).toBe(false);
    expect(store.getState().params.file).toBe(4096);
    const problem = store.getState().paramProgramProblems.file;
    expect(problem).toMatchObject({ line: 3, code: 'divisionByZero' });
    expect(store.getState().paramErrors.file).toBe(`3:${problem!.col}: division by zero`);
  });

  it('picking a scenario leaves the program; the draft stays in the editor', () => {
    const store = createAppStore();
    store.getState().editCopy();
    store.getState().setDraft(CHUNKED);
    store.getState().runDraft();
    store.getState().setScenario('read-write');
    expect(store.getState().program).toBeNull();
    expect(store.getState().draft).toBe(CHUNKED);
    expect(store.getState().editing).toBe(true);
    // The parameters the program ran with are kept when the scenario accepts them.
    expect(selectTrace(store.getState()).totals).toEqual(
      simulate('read-write', { file: 16384, buf: 8192 }).totals,
    );
  });

  it('leaveProgram goes back to the scenario’s own program with the parameters it accepts', () => {
    const store = createAppStore();
    store.getState().setDraft(CHUNKED);
    store.getState().runDraft();
    store.getState().leaveProgram();
    expect(store.getState().program).toBeNull();
    expect(store.getState().params).toMatchObject({ file: 16384, buf: 8192 });
  });

  it('a link’s program opens with its step; one that fails opens in the editor, the scenario runs', () => {
    const store = createAppStore();
    store.getState().restore(linkState({ scenario: 'read-write', program: { text: CHUNKED }, step: 3 }));
    expect(store.getState()).toMatchObject({ program: { text: CHUNKED }, step: 3, draft: CHUNKED });
    const broken = CHUNKED.replace('}', '');
    store.getState().restore(linkState({ scenario: 'sendfile', program: { text: broken } }));
    const s = store.getState();
    expect(s.program).toBeNull();
    expect(s.scenario).toBe('sendfile');
    expect(s.editing).toBe(true);
    expect(s.draft).toBe(broken);
    expect(s.programProblem).not.toBeNull();
  });

  it('a link’s program never overwrites text the editor already holds (a reload with unrun edits)', () => {
    const store = createAppStore();
    store.getState().openDraft('world tcp 4;\n// not run yet', true);
    store.getState().restore(linkState({ scenario: 'read-write', program: { text: CHUNKED } }));
    expect(store.getState().program).toEqual({ text: CHUNKED });
    expect(store.getState().draft).toBe('world tcp 4;\n// not run yet');
  });

  it('with a worker: a large program builds there; its failure shows the problem and keeps the run', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    const before = selectTrace(store.getState());
    const big = CHUNKED.replace('const F = 16384;', 'const F = 64m;');
    store.getState().setDraft(big);
    const pending = store.getState().runDraft();
    expect(pending).toBeInstanceOf(Promise);
    expect(builds[0]?.program).toEqual({ text: big });
    const { ProgramFailed } = await import('../../src/worker/client');
    const problem = {
      line: 9,
      col: 3,
      code: 'stepCap' as const,
      args: { limit: 100 },
      message: 'the program made more than 100 steps: make the file smaller or the loop shorter',
    };
    builds[0]!.reject(new ProgramFailed(problem));
    await settle();
    expect(await pending).toBe(false);
    expect(store.getState().programProblem).toEqual(problem);
    expect(selectTrace(store.getState())).toBe(before);
    expect(store.getState().notices).toEqual([]);
  });
});
