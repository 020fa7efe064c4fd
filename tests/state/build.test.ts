import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, estimateSteps, expectedSteps, simulate } from '../../src/sim/index';
import { createAppStore, selectTrace, setSyncTraceBuilder, SYNC_STEPS } from '../../src/state/index';
import { manualSource } from '../helpers/manualSource';
import { linkState } from '../helpers/linkState';
import { SYNC_BUILDER } from '../helpers/syncTraces';

/** A file size whose read-write run is too big to build on the main thread, but quick to build here. */
const BIG = '16m';
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('building large runs off the main thread', () => {
  it('the big size really is past the synchronous limit', () => {
    expect(estimateSteps('read-write', { ...DEFAULT_PARAMS, file: 16 << 20 })).toBeGreaterThan(SYNC_STEPS);
  });

  it('small runs switch at once, without the source', () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    store.getState().editParam('file', '64k');
    expect(store.getState().applyParam('file')).toBe(true);
    expect(store.getState().params.file).toBe(65536);
    expect(builds).toHaveLength(0);
    expect(store.getState().build).toBeNull();
  });

  it('a big run builds while the previous one stays; it switches when the trace arrives', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    store.getState().seek(5);
    const before = store.getState().params;
    store.getState().editParam('file', BIG);
    expect(store.getState().applyParam('file')).toBe(true);
    expect(store.getState().params).toBe(before);
    expect(store.getState().step).toBe(5);
    const build = store.getState().build!;
    expect(build.params.file).toBe(16 << 20);
    expect(build.estimate).toBe(expectedSteps('read-write', build.params));
    builds[0]!.onProgress(65536);
    expect(store.getState().build?.steps).toBe(65536);

    const trace = simulate('read-write', builds[0]!.params);
    builds[0]!.resolve({ trace });
    await settle();
    const s = store.getState();
    expect(s.build).toBeNull();
    expect(s.params.file).toBe(16 << 20);
    expect(s.step).toBe(0);
    // The worker's trace is the one the app shows: nothing is built again on the main thread.
    expect(selectTrace(s)).toBe(trace);
  });

  it('Cancel keeps run, parameters and step, undoes the edit and says so', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    store.getState().seek(3);
    const before = store.getState().params;
    const paramTextBefore = store.getState().paramText.file;
    store.getState().editParam('file', BIG);
    store.getState().applyParam('file');
    expect(store.getState().paramText.file).toBe(BIG);
    store.getState().cancelBuild();
    await settle();
    const s = store.getState();
    expect(builds[0]!.cancelled).toBe(true);
    expect(s.build).toBeNull();
    expect(s.params).toBe(before);
    expect(s.step).toBe(3);
    expect(s.paramText.file).toBe(paramTextBefore);
    expect(s.notices.map((n) => n.key)).toEqual(['ui.notice.buildCancelled']);
  });

  it('a newer request replaces a build under way', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    store.getState().editParam('file', BIG);
    store.getState().applyParam('file');
    store.getState().setScenario('sendfile');
    expect(builds[0]!.cancelled).toBe(true);
    expect(store.getState().build).toBeNull();
    expect(store.getState().scenario).toBe('sendfile');
    // The replaced build finishing late changes nothing.
    builds[0]!.resolve({ trace: simulate('syscall') });
    await settle();
    expect(store.getState().scenario).toBe('sendfile');
    expect(store.getState().notices).toEqual([]);
  });

  it('a failed build keeps the previous run and says why', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    store.getState().editParam('file', BIG);
    store.getState().applyParam('file');
    builds[0]!.reject(new Error('out of memory'));
    await settle();
    const s = store.getState();
    expect(s.params.file).toBe(DEFAULT_PARAMS.file);
    expect(s.notices).toEqual([
      { key: 'ui.notice.buildFailed', params: { scenario: 'read-write', error: 'out of memory' } },
    ]);
  });

  it('restore applies the view at once and the run when it is built', async () => {
    const { source, builds } = manualSource();
    const store = createAppStore(undefined, source);
    const params = { ...DEFAULT_PARAMS, file: 16 << 20 };
    const pending = store.getState().restore(linkState({ params, step: 7, locale: 'zh-CN', embed: true }));
    expect(pending).toBeInstanceOf(Promise);
    expect(store.getState().locale).toBe('zh-CN');
    expect(store.getState().embed).toBe(true);
    expect(store.getState().params.file).toBe(DEFAULT_PARAMS.file);
    builds[0]!.resolve({ trace: simulate('read-write', builds[0]!.params) });
    await expect(pending).resolves.toBe(true);
    expect(store.getState().params.file).toBe(16 << 20);
    expect(store.getState().step).toBe(7);
  });
});

describe('the app: every run from the worker (no sync builder)', () => {
  const withoutSyncBuilder = (body: () => Promise<void>) => async () => {
    setSyncTraceBuilder(undefined);
    try {
      await body();
    } finally {
      setSyncTraceBuilder(SYNC_BUILDER);
    }
  };

  it(
    'opens with no run; openRun asks the worker even for a small run, and the run shows when it arrives',
    withoutSyncBuilder(async () => {
      const { source, builds } = manualSource();
      const store = createAppStore(undefined, source);
      expect(store.getState().runReady).toBe(false);
      store.getState().openRun();
      expect(builds).toHaveLength(1);
      // A second call while that build runs asks for nothing more.
      store.getState().openRun();
      expect(builds).toHaveLength(1);
      const trace = simulate('read-write', builds[0]!.params);
      builds[0]!.resolve({ trace });
      await settle();
      expect(store.getState().runReady).toBe(true);
      expect(selectTrace(store.getState())).toBe(trace);
      // A small edit goes to the worker too: the page never simulates.
      store.getState().editParam('file', '8k');
      store.getState().applyParam('file');
      expect(builds).toHaveLength(2);
      expect(store.getState().params.file).toBe(4096);
    }),
  );

  it(
    'a link whose first build fails: no run, a notice that claims no previous run, the store’s own run next',
    withoutSyncBuilder(async () => {
      const { source, builds } = manualSource();
      const store = createAppStore(undefined, source);
      void store.getState().restore(linkState({ scenario: 'sendfile' }));
      expect(builds.map((b) => b.scenario)).toEqual(['sendfile']);
      builds[0]!.reject(new Error('out of memory'));
      await settle();
      const s = store.getState();
      expect(s.runReady).toBe(false);
      expect(s.notices.map((n) => n.key)).toContain('ui.notice.firstBuildFailed');
      // The store's own run (read-write at the defaults) is built instead.
      expect(builds.map((b) => b.scenario)).toEqual(['sendfile', 'read-write']);
      builds[1]!.resolve({ trace: simulate('read-write', builds[1]!.params) });
      await settle();
      expect(store.getState().runReady).toBe(true);
      expect(store.getState().scenario).toBe('read-write');
    }),
  );

  it(
    'when the store’s own run fails, nothing more is tried until the user asks (openRun)',
    withoutSyncBuilder(async () => {
      const { source, builds } = manualSource();
      const store = createAppStore(undefined, source);
      store.getState().openRun();
      builds[0]!.reject(new Error('worker script failed'));
      await settle();
      expect(builds).toHaveLength(1);
      expect(store.getState().runReady).toBe(false);
      store.getState().openRun();
      expect(builds).toHaveLength(2);
    }),
  );
});
