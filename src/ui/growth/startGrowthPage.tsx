import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadGrowthMessages, loadLocale, loadNarration, pickLocale } from '../../i18n/index';
import { readGrowthLink } from '../../url/growthSync';
import { GrowthPage } from './GrowthPage';

/**
 * Opens the growth charts page (this chunk loads only for a `#/growth` link): the link's chart, in its
 * language (else the browser's) and theme, with what the link asked for that could not be honoured.
 */
export async function startGrowthPage(root: HTMLElement, win: Window = window): Promise<void> {
  const { state, notices } = readGrowthLink(win);
  const locale = pickLocale(state.locale, null, win.navigator?.languages ?? []);
  // The narration's catalogue carries the English titles of issue 16's scenarios (recv-write, file-copy).
  await Promise.all([loadGrowthMessages(), loadNarration(), loadLocale(locale)]);
  const page = createRoot(root);
  // The first render in slices too (a transition), so opening the page makes no long main-thread task.
  startTransition(() =>
    page.render(
      <StrictMode>
        <GrowthPage initial={state} locale={locale} theme={state.theme ?? 'light'} notices={notices} />
      </StrictMode>,
    ),
  );
}
