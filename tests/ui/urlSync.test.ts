import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/sim/index';
import { STORAGE_KEY } from '../../src/url/urlSync';
import { urlSyncHarness } from '../helpers/urlSyncHarness';

const { start, startWith } = urlSyncHarness();

describe('urlSync', () => {
  it('a link wins over the saved state, and is normalised in place', () => {
    const { store, sync } = start('#/sendfile?sg=off&step=3', { [STORAGE_KEY]: '#/splice?lang=zh-CN&v=1' });
    expect(sync.source).toBe('link');
    expect(store.getState()).toMatchObject({ scenario: 'sendfile', step: 3, locale: 'zh-CN' });
    expect(store.getState().params.sg).toBe('off');
    expect(window.location.hash).toBe('#/sendfile?sg=off&step=3&lang=zh-CN&v=1');
  });

  it('a plain visit restores the saved state; a first visit keeps the defaults', () => {
    const saved = start('', { [STORAGE_KEY]: '#/cow-fork?pages=8&step=5&theme=dark&lang=en&v=1' });
    expect(saved.sync.source).toBe('saved');
    expect(saved.store.getState()).toMatchObject({ scenario: 'cow-fork', step: 5, theme: 'dark' });
    saved.sync.stop();
    const fresh = start('');
    expect(fresh.sync.source).toBe('none');
    expect(fresh.store.getState()).toMatchObject({ scenario: 'read-write', step: 0, params: DEFAULT_PARAMS });
  });

  it('shows what a bad link asked for as notices', () => {
    const { store } = start('#/read-write?file=nope&step=999');
    expect(store.getState().notices.map((n) => n.key)).toEqual([
      'ui.notice.badParam',
      'ui.notice.stepClamped',
    ]);
  });

  it('pushes a history entry for a scenario change, replaces it for steps (throttled), saves both', () => {
    const { store, storage } = start('#/read-write?lang=en&v=1');
    const length = window.history.length;
    store.getState().setScenario('sendfile');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#/sendfile?lang=en&v=1');
    store.getState().seek(4);
    store.getState().seek(5);
    expect(window.location.hash).toBe('#/sendfile?lang=en&v=1');
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe('#/sendfile?step=5&lang=en&v=1');
    expect(window.history.length).toBe(length + 1);
    expect(storage.data.get(STORAGE_KEY)).toBe('#/sendfile?step=5&lang=en&v=1');
  });

  it('follows the step while playing, at most every 400 ms, and writes the last step on pause', () => {
    const { store } = start('#/read-write?file=100k&lang=en&v=1');
    store.getState().play();
    vi.advanceTimersByTime(1000);
    store.getState().seek(9);
    vi.advanceTimersByTime(0);
    expect(window.location.hash).toBe('#/read-write?file=100k&step=9&lang=en&v=1');
    store.getState().seek(10);
    vi.advanceTimersByTime(100);
    // Throttled: the address bar shows step 9 until 400 ms have passed since it was written.
    expect(window.location.hash).toBe('#/read-write?file=100k&step=9&lang=en&v=1');
    store.getState().seek(11);
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#/read-write?file=100k&step=11&lang=en&v=1');
    store.getState().seek(12);
    store.getState().pause();
    vi.advanceTimersByTime(400);
    expect(window.location.hash).toBe('#/read-write?file=100k&step=12&lang=en&v=1');
  });

  it('follows a hand-edited hash (hashchange)', () => {
    const { store } = start('#/read-write?lang=en&v=1');
    window.history.replaceState(null, '', '/#/splice?file=10000&step=2&lang=en&v=1');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ scenario: 'splice', step: 2 });
    expect(store.getState().params.file).toBe(10000);
  });
});

describe('urlSync: share, embed and presenter links', () => {
  it('currentLink writes the address bar at once (not throttled) and returns the whole link', () => {
    const { store, sync } = start('#/read-write?lang=en&v=1');
    store.getState().seek(7);
    expect(window.location.hash).toBe('#/read-write?lang=en&v=1');
    const link = sync.currentLink();
    expect(window.location.hash).toBe('#/read-write?step=7&lang=en&v=1');
    expect(link).toBe(`${window.location.origin}/#/read-write?step=7&lang=en&v=1`);
    expect(sync.baseUrl()).toBe(`${window.location.origin}/`);
  });

  it('an embed never pushes history nor saves the last state, and ignores the reader’s saved view', () => {
    const saved = { [STORAGE_KEY]: '#/splice?lang=zh-CN&theme=dark&speed=4&v=1' };
    const { store, storage } = start('#/read-write?lang=en&embed=1&from=2&to=9&v=1', saved);
    expect(store.getState()).toMatchObject({
      embed: true,
      from: 2,
      to: 9,
      step: 2,
      theme: 'light',
      speed: 1,
    });
    const length = window.history.length;
    store.getState().setScenario('sendfile');
    expect(window.history.length).toBe(length);
    expect(window.location.hash).toMatch(/^#\/sendfile\?/);
    expect(storage.data.get(STORAGE_KEY)).toBe(saved[STORAGE_KEY]);
  });

  it('an embed works where localStorage throws (a sandboxed or third-party iframe)', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { store } = startWith('#/sendfile?lang=en&embed=1&autoplay=1&v=1', throwing);
    expect(store.getState()).toMatchObject({
      scenario: 'sendfile',
      embed: true,
      autoplay: true,
      playing: true,
    });
  });

  it('presenter links open in the projector theme unless they name one', () => {
    const a = start('#/syscall?lang=en&present=1&scale=2&v=1', { [STORAGE_KEY]: '#/syscall?theme=dark&v=1' });
    expect(a.store.getState()).toMatchObject({ present: true, theme: 'projector', scale: 2 });
    expect(window.location.hash).toBe('#/syscall?lang=en&present=1&scale=2&v=1');
    a.sync.stop();
    const b = start('#/syscall?lang=en&present=1&theme=light&v=1');
    expect(b.store.getState()).toMatchObject({ present: true, theme: 'light' });
    expect(window.location.hash).toBe('#/syscall?lang=en&theme=light&present=1&v=1');
  });

  it('hand-written loop=1 is read as the playback loop and written back as repeat=1', () => {
    const { store } = start('#/read-write?lang=en&from=1&to=5&loop=1&v=1');
    expect(store.getState()).toMatchObject({ loop: true, params: { loop: 'size' } });
    expect(window.location.hash).toBe('#/read-write?step=1&lang=en&from=1&to=5&repeat=1&v=1');
  });

  it('leaves a compare link to compare mode: the app restores its last run and never writes over the hash', () => {
    const hash = '#/compare?a=read-write&b=sendfile&file=1m&v=1';
    const { store, sync } = start(hash, { [STORAGE_KEY]: '#/splice?file=8192&v=1' });
    expect(sync.source).toBe('saved');
    expect(store.getState().scenario).toBe('splice');
    expect(store.getState().notices).toEqual([]);
    store.getState().setTheme('dark');
    store.getState().setScenario('sendfile');
    vi.runAllTimers();
    expect(window.location.hash).toBe(hash);
    // A compare link navigated to is not read as a scenario either.
    window.location.hash = '#/compare?a=splice&b=sendfile';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ scenario: 'sendfile', notices: [] });
  });
});
