import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { LOCALES, loadLocale, loadViewMessages } from '../../src/i18n/index';

// The app loads non-English catalogues and the views' English messages on demand; component tests need them all.
await Promise.all([...LOCALES.map(loadLocale), loadViewMessages()]);

afterEach(() => {
  cleanup();
});

// jsdom has no matchMedia; the app asks it for prefers-reduced-motion.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
