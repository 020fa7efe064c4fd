import { describe, expect, it, vi } from 'vitest';
import { isLocaleLoaded, loadLocale, translate } from '../../src/i18n/index';

/** Runs before any other test in this file loads Chinese (each test file has its own module graph). */
describe('catalogues loaded on demand', () => {
  it('until Chinese is loaded, translate answers in English (never with a key); then in Chinese', async () => {
    expect(isLocaleLoaded('en')).toBe(true);
    expect(isLocaleLoaded('zh-CN')).toBe(false);
    expect(translate('zh-CN', 'ui.app.title')).toBe('Data Path Lab');
    const twice = [loadLocale('zh-CN'), loadLocale('zh-CN')];
    expect(twice[0]).toBe(twice[1]);
    await Promise.all(twice);
    expect(isLocaleLoaded('zh-CN')).toBe(true);
    expect(translate('zh-CN', 'ui.app.title')).toBe('数据通路实验室');
  });

  it('a switch waits for its catalogue, then happens, at the same step', async () => {
    vi.stubGlobal('window', { setTimeout: () => 0 });
    try {
      vi.resetModules();
      const i18n = await import('../../src/i18n/index');
      const { prepareLocales } = await import('../../src/ui/localeLoading');
      const { createAppStore } = await import('../../src/state/index');
      // A fresh module graph: the setup's sync builder went with the old one; install it in this one.
      await import('../helpers/syncTraces');
      const store = createAppStore({ scenario: 'read-write', step: 3, locale: 'en' });
      await prepareLocales(store);
      expect(i18n.isLocaleLoaded('zh-CN')).toBe(false);
      store.getState().setLocale('zh-CN');
      // Still English (the catalogue is on its way), then Chinese, at the same step.
      expect(store.getState().locale).toBe('en');
      await vi.waitFor(() => expect(store.getState().locale).toBe('zh-CN'));
      expect(store.getState().step).toBe(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the memory and entry views’ English messages', () => {
  it('are not in the start catalogue, and arrive with loadViewMessages', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n/index');
    expect(i18n.CATALOGS.en['memory.addressSpace.title']).toBeUndefined();
    expect(i18n.CATALOGS.en['ui.view.entry']).toBe('System-call entry'); // the tab label is needed at start
    await i18n.loadViewMessages();
    expect(i18n.translate('en', 'memory.addressSpace.title')).toBe('Virtual address spaces');
  });
});
