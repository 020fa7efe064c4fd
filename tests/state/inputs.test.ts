import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, SCENARIO_IDS, simulate } from '../../src/sim/index';
import { createAppStore, getTrace, selectTrace } from '../../src/state/index';

describe('inputs slice', () => {
  it('derives the trace from (scenario, params) and memoises it', () => {
    const store = createAppStore();
    const a = selectTrace(store.getState());
    expect(selectTrace(store.getState())).toBe(a);
    expect(a.totals).toEqual(simulate('read-write', {}).totals);
    expect('trace' in store.getState()).toBe(false);
  });

  it.each(SCENARIO_IDS)('opens %s at step 0 with its trace', (id) => {
    const store = createAppStore();
    store.getState().seek(3);
    store.getState().setScenario(id);
    expect(store.getState().scenario).toBe(id);
    expect(store.getState().step).toBe(id === 'read-write' ? 3 : 0);
    expect(selectTrace(store.getState()).totals).toEqual(simulate(id, {}).totals);
  });

  it('applies a valid edit on apply, resolving size suffixes, and resets the step', () => {
    const store = createAppStore();
    store.getState().seek(5);
    store.getState().editParam('file', '10k');
    expect(store.getState().params.file).toBe(4096);
    expect(store.getState().applyParam('file')).toBe(true);
    expect(store.getState()).toMatchObject({ step: 0, paramErrors: {} });
    expect(store.getState().params.file).toBe(10240);
    expect(store.getState().paramText.file).toBe('10k');
  });

  it('refuses a bad value with the parser’s message and keeps the applied value', () => {
    const store = createAppStore();
    store.getState().editParam('file', '12x');
    expect(store.getState().applyParam('file')).toBe(false);
    expect(store.getState().params.file).toBe(4096);
    expect(store.getState().paramText.file).toBe('12x');
    expect(store.getState().paramErrors.file).toMatch(/bad value for file: "12x"/);
    store.getState().editParam('file', '4096');
    expect(store.getState().paramErrors.file).toBeUndefined();
  });

  it('refuses a combination the core refuses (bufoff ≥ page) with its message', () => {
    const store = createAppStore({ scenario: 'direct-io', params: DEFAULT_PARAMS });
    store.getState().editParam('bufoff', '8192');
    expect(store.getState().applyParam('bufoff')).toBe(false);
    expect(store.getState().paramErrors.bufoff).toMatch(/bufoff/);
    expect(store.getState().params.bufoff).toBe(0);
  });

  it('keeps parameters the next scenario can use; falls back to defaults when they do not fit', () => {
    const store = createAppStore({
      scenario: 'sendfile',
      params: { ...DEFAULT_PARAMS, file: 10000, sg: 'off' },
    });
    store.getState().setScenario('read-write');
    expect(store.getState().params.file).toBe(10000);
    const big = createAppStore({ scenario: 'sendfile', params: { ...DEFAULT_PARAMS, file: 16 * 1024 ** 3 } });
    big.getState().setScenario('read-write');
    expect(big.getState().params).toEqual(DEFAULT_PARAMS);
  });

  it('uses only the scenario’s own parameters for the trace', () => {
    const a = getTrace('syscall', DEFAULT_PARAMS);
    expect(getTrace('syscall', { ...DEFAULT_PARAMS, file: 99999 })).toBe(a);
  });
});
