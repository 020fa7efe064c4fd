import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, scenarioProgram } from '../../src/sim/index';
import { selectTrace } from '../../src/state/index';
import { DRAFT_KEY } from '../../src/url/draftStorage';
import { loadProgramCodec } from '../../src/url/programCodec';
import { encodeProgramSrc } from '../../src/url/programLink';
import { STORAGE_KEY } from '../../src/url/urlSync';
import { urlSyncHarness } from '../helpers/urlSyncHarness';

beforeAll(loadProgramCodec);
const { start } = urlSyncHarness();

const PROGRAM = scenarioProgram('sendfile', { ...DEFAULT_PARAMS, file: 8192 });

describe('urlSync and a program of the user’s own', () => {
  it('a program link opens the program; the address bar keeps it (and the last state too)', () => {
    const hash = `#/program?base=sendfile&src=${encodeProgramSrc(PROGRAM)}&step=2&lang=en&v=1`;
    const { store, storage } = start(hash);
    expect(store.getState()).toMatchObject({ scenario: 'sendfile', program: { text: PROGRAM }, step: 2 });
    expect(selectTrace(store.getState()).program.join('\n')).toBe(PROGRAM);
    expect(window.location.hash).toBe(hash);
    expect(storage.data.get(STORAGE_KEY)).toBe(hash);
  });

  it('Run pushes a history entry with the program; leaving it goes back to a scenario link', () => {
    const { store } = start('#/sendfile?lang=en&v=1');
    store.getState().setDraft(PROGRAM);
    store.getState().runDraft();
    expect(window.location.hash).toMatch(/^#\/program\?base=sendfile&src=[\w-]+&lang=en&v=1$/);
    store.getState().leaveProgram();
    expect(window.location.hash).toBe('#/sendfile?file=8k&lang=en&v=1');
  });

  it('the editor’s text is saved at every change and comes back on the next visit', () => {
    const first = start('#/read-write?lang=en&v=1');
    first.store.getState().editCopy();
    first.store.getState().setDraft('world tcp 4;\n// half-typed: raed(');
    const saved = first.storage.data.get(DRAFT_KEY)!;
    expect(JSON.parse(saved)).toEqual({ text: 'world tcp 4;\n// half-typed: raed(', editing: true });
    first.sync.stop();
    const again = start('', { [DRAFT_KEY]: saved });
    expect(again.store.getState()).toMatchObject({
      draft: 'world tcp 4;\n// half-typed: raed(',
      editing: true,
    });
  });

  it('an embed neither reads nor writes the editor’s text', () => {
    const saved = JSON.stringify({ text: 'world tcp 4;', editing: true });
    const { store, storage } = start('#/read-write?embed=1&lang=en&v=1', { [DRAFT_KEY]: saved });
    expect(store.getState().draft).toBe('');
    store.getState().setDraft('x');
    expect(storage.data.get(DRAFT_KEY)).toBe(saved);
  });
});
