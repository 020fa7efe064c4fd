import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, getGroupAt, parseParams, type Params, type ScenarioId } from '../../src/sim/index';
import { createCompareStore, sideStep } from '../../src/state/compareStore';
import { DEFAULT_COMPARE, type CompareLink } from '../../src/url/compareLink';
import type { Notice } from '../../src/url/fields';

const params = (scenario: ScenarioId, raw: Record<string, string>): Params => {
  const r = parseParams(scenario, raw);
  if (!r.ok) throw new Error(r.error);
  return r.params;
};

const link = (over: Partial<CompareLink> = {}): CompareLink => ({
  ...DEFAULT_COMPARE,
  a: { scenario: 'read-write', params: params('read-write', { file: '64k', cache: 'warm' }), program: null },
  b: { scenario: 'splice', params: params('splice', { file: '64k', cache: 'warm' }), program: null },
  ...over,
});

describe('compare store', () => {
  it('builds both runs and opens at the link position, moving both by call number', async () => {
    const store = createCompareStore(DEFAULT_COMPARE);
    await store.getState().open(link({ step: 1 }));
    const s = store.getState();
    expect(s.a.trace?.scenario).toBe('read-write');
    expect(s.b.trace?.scenario).toBe('splice');
    expect(s.position).toBe(1);
    s.stepBy(1);
    const at = store.getState();
    expect(getGroupAt(at.a.trace!, sideStep(at, 'a')).syscall).toBe(2);
    expect(getGroupAt(at.b.trace!, sideStep(at, 'b')).syscall).toBe(2);
  });

  it('clamps a position past both ends and says so', async () => {
    const notices: Notice[] = [];
    const store = createCompareStore(DEFAULT_COMPARE, undefined, (n) => notices.push(...n));
    await store.getState().open(link({ step: 10_000 }));
    expect(store.getState().position).toBe(32);
    expect(notices.map((n) => n.key)).toEqual(['compare.notice.stepClamped']);
  });

  it('keeps run A where it is when the sync unit changes', async () => {
    const store = createCompareStore(DEFAULT_COMPARE);
    await store.getState().open(link({ step: 5 }));
    const before = sideStep(store.getState(), 'a');
    store.getState().setBy('time');
    expect(store.getState().by).toBe('time');
    expect(sideStep(store.getState(), 'a')).toBeGreaterThanOrEqual(before);
    store.getState().setBy('syscall');
    expect(store.getState().position).toBe(5);
  });

  it('plays from the start again once at the end, and pauses on its own commands', async () => {
    const store = createCompareStore(DEFAULT_COMPARE);
    await store.getState().open(link());
    store.getState().toEnd();
    store.getState().play();
    expect(store.getState()).toMatchObject({ position: 0, playing: true });
    store.getState().toStart();
    expect(store.getState().playing).toBe(false);
  });

  it('builds large runs in the given worker sources, one per side, and cancels both', async () => {
    const calls: string[] = [];
    let cancelled = 0;
    const source = (side: string) => ({
      build(scenario: ScenarioId) {
        calls.push(`${side}:${scenario}`);
        return {
          trace: new Promise<never>(() => {}),
          cancel: () => void cancelled++,
        };
      },
    });
    const store = createCompareStore(DEFAULT_COMPARE, { a: source('a'), b: source('b') });
    const big = { ...DEFAULT_PARAMS, file: 256 * 1024 * 1024 };
    void store.getState().open(
      link({
        a: { scenario: 'read-write', params: big, program: null },
        b: { scenario: 'sendfile', params: big, program: null },
      }),
    );
    expect(calls).toEqual(['a:read-write', 'b:sendfile']);
    expect(store.getState().a.build).toEqual({ steps: 0, estimate: expect.any(Number) });
    store.getState().cancel();
    expect(cancelled).toBe(2);
  });
});
