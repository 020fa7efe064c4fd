import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/sim/index';
import { createAppStore, getLogTail, getTrace, selectTrace } from '../../src/state/index';
import { getStraceEvents, SCENARIO_IDS, simulate } from '../../src/sim/index';
import { linkState } from '../helpers/linkState';

describe('view slice', () => {
  it('switches locale, theme and panels', () => {
    const store = createAppStore();
    store.getState().setLocale('zh-CN');
    store.getState().setTheme('projector');
    store.getState().togglePanel('gallery');
    expect(store.getState()).toMatchObject({ locale: 'zh-CN', theme: 'projector' });
    expect(store.getState().panels.gallery).toBe(true);
    store.getState().togglePanel('gallery', false);
    expect(store.getState().panels.gallery).toBe(false);
  });

  it('keeps at most 12 notices and dismisses them all', () => {
    const store = createAppStore();
    store.getState().addNotices(Array.from({ length: 20 }, (_, i) => ({ key: 'k', params: { i } })));
    expect(store.getState().notices).toHaveLength(12);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('restore clamps the step and says so', () => {
    const store = createAppStore();
    const length = getTrace('syscall', DEFAULT_PARAMS).length;
    store.getState().restore(
      linkState({
        scenario: 'syscall',
        step: 999,
        theme: 'dark',
        speed: 2,
        unit: 'syscall',
        pane: 'memory',
      }),
    );
    expect(store.getState()).toMatchObject({
      scenario: 'syscall',
      step: length - 1,
      theme: 'dark',
      speed: 2,
      pane: 'memory',
    });
    expect(store.getState().notices).toEqual([
      { key: 'ui.notice.stepClamped', params: { step: '999', steps: length, last: String(length - 1) } },
    ]);
    expect(selectTrace(store.getState()).length).toBe(length);
  });

  it('opening another link replaces the notices of the one before', () => {
    const store = createAppStore();
    const link = linkState({ scenario: 'syscall' });
    store
      .getState()
      .restore({ ...link, step: 999 }, [{ key: 'ui.notice.unknownField', params: { name: 'x' } }]);
    expect(store.getState().notices).toHaveLength(2);
    store.getState().restore({ ...link, step: 1 });
    expect(store.getState().notices).toEqual([]);
  });
});

describe('strace log tail', () => {
  it.each(SCENARIO_IDS)('%s: equals getStraceEvents(trace, step) at every step', (id) => {
    const trace = simulate(id, { file: 10000 });
    for (let i = 0; i < trace.length; i++) {
      const want = getStraceEvents(trace, i);
      const got = getLogTail(trace, i, 1000);
      expect(got.lines).toEqual(want);
      expect(got.total).toBe(want.length);
    }
    expect(getLogTail(trace, trace.length - 1, 2).lines).toEqual(getStraceEvents(trace).slice(-2));
  });
});
