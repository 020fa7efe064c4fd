import { describe, expect, it, vi } from 'vitest';
import { pickLocale } from '../../src/i18n/index';
import { createAppStore } from '../../src/state/index';
import { STORAGE_KEY, startUrlSync } from '../../src/url/urlSync';

/**
 * A window with only what the URL adapter touches: the hash, history, the browser's languages, listeners
 * and timers (driven by Vitest's fake timers). No jsdom state leaks between cases.
 */
function fakeWindow(hash: string, languages: readonly string[]) {
  const location = { hash, href: `http://lab.test/${hash}` };
  const setHash = (_s: unknown, _t: string, url: string) => {
    location.hash = url.slice(url.indexOf('#'));
    location.href = `http://lab.test/${location.hash}`;
  };
  return {
    location,
    navigator: { languages },
    history: { pushState: setHash, replaceState: setHash, length: 1 },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
}

function start(hash: string, saved: string | null, languages: readonly string[]) {
  const win = fakeWindow(hash, languages);
  const data = new Map(saved ? [[STORAGE_KEY, saved]] : []);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
  const store = createAppStore();
  const sync = startUrlSync(store, { win: win as unknown as Window, storage });
  return { store, win, sync };
}

describe('locale order: the link, then the saved choice, then the browser', () => {
  it.each([
    [
      'the link wins over the saved choice and the browser',
      '#/splice?lang=en&v=1',
      '#/splice?lang=zh-CN&v=1',
      ['zh-CN'],
      'en',
    ],
    ['the link wins (zh-CN) over an English browser', '#/splice?lang=zh-CN&v=1', null, ['en-US'], 'zh-CN'],
    [
      'no lang in the link: the saved choice',
      '#/splice?step=2&v=1',
      '#/cow-fork?lang=zh-CN&v=1',
      ['en-US'],
      'zh-CN',
    ],
    ['a plain visit: the saved choice', '', '#/cow-fork?lang=en&v=1', ['zh-CN', 'zh'], 'en'],
    ['nothing saved: the browser (zh-TW counts as Chinese)', '#/splice?v=1', null, ['zh-TW', 'en'], 'zh-CN'],
    [
      'nothing saved: the first browser language we have',
      '#/splice?v=1',
      null,
      ['fr-FR', 'en-GB', 'zh-CN'],
      'en',
    ],
    ['nothing saved, no language we have: English', '', null, ['de-DE'], 'en'],
  ] as const)('%s', (_what, hash, saved, languages, expected) => {
    const { store, sync } = start(hash, saved, languages);
    expect(store.getState().locale).toBe(expected);
    sync.stop();
  });

  it('pickLocale skips values that are not a locale at each level', () => {
    expect(pickLocale('xx', 'zh-CN', ['en'])).toBe('zh-CN');
    expect(pickLocale(null, 'bogus', ['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLocale(undefined, undefined, [])).toBe('en');
  });

  it('switching the language keeps the step, and the link follows', () => {
    vi.useFakeTimers();
    try {
      const { store, win, sync } = start('#/read-write?file=10000&step=12&lang=en&v=1', null, ['en']);
      expect(store.getState().step).toBe(12);
      store.getState().setLocale('zh-CN');
      expect(store.getState()).toMatchObject({ locale: 'zh-CN', step: 12, scenario: 'read-write' });
      vi.advanceTimersByTime(1000);
      expect(win.location.hash).toBe('#/read-write?file=10000&step=12&lang=zh-CN&v=1');
      store.getState().setLocale('en');
      expect(store.getState().step).toBe(12);
      sync.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
