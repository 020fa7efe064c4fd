import { useEffect, useState } from 'react';
import { LOCALES, isLocaleLoaded, isNarrationLoaded, loadLocale, loadNarration } from '../i18n/index';
import type { AppStore } from '../state/index';
import { afterFirstRun } from './whenIdle';

/**
 * Non-English catalogues are loaded on demand. Before the first render the chosen locale is loaded, so a
 * Chinese link opens in Chinese at once; afterwards a switch to a locale not yet loaded keeps the current
 * language until its catalogue arrives, then switches (no English flash, no keys). The others are fetched
 * when the browser is idle after the first run is shown, so a later switch is instant.
 */
export async function prepareLocales(store: AppStore): Promise<void> {
  await loadLocale(store.getState().locale);
  store.subscribe((s, prev) => {
    if (s.locale === prev.locale || isLocaleLoaded(s.locale)) return;
    const target = s.locale;
    store.setState({ locale: prev.locale });
    void loadLocale(target).then(() => store.getState().setLocale(target));
  });
  afterFirstRun(store, () => LOCALES.forEach((l) => void loadLocale(l)));
}

/** Whether the English narration has arrived (loadNarration; main.tsx starts it before the first render). */
export function useNarrationReady(): boolean {
  const [ready, setReady] = useState(isNarrationLoaded);
  useEffect(() => {
    let live = true;
    if (!ready) void loadNarration().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
