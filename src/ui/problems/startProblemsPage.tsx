import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadClassroomMessages, loadLocale, loadNarration, pickLocale } from '../../i18n/index';
import { decodeProblemsHash } from '../../url/problemsLink';
import { ProblemsPage } from './ProblemsPage';

/**
 * Shows the problem set a `#/problems?…` link names, in place of the app (main.tsx): it needs no run, no
 * store and no address-bar sync. Loaded on demand, so the app's initial JavaScript does not carry it.
 */
export async function startProblemsPage(root: HTMLElement): Promise<void> {
  const link = decodeProblemsHash(window.location.hash);
  const locale = pickLocale(link.locale, null, window.navigator.languages ?? []);
  // The narration's catalogue carries the later scenarios' English titles (recv-write, file-copy).
  await Promise.all([loadLocale(locale), loadClassroomMessages(), loadNarration()]);
  createRoot(root).render(
    <StrictMode>
      <ProblemsPage link={link} initialLocale={locale} />
    </StrictMode>,
  );
}
