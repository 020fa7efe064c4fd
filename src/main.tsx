// Base styles first, so each component's own stylesheet (imported by the component) comes after them.
import './ui/theme.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/index';
import { App } from './ui/App';
import { loadNarration } from './i18n/index';
import { prepareLocales } from './ui/localeLoading';
import { registerOffline } from './ui/offline/updates';
import { preloadProgramCodec } from './url/programCodec';
import { STORAGE_KEY, startUrlSync } from './url/urlSync';
import { createWorkerTraceSource } from './worker/client';
import { isGrowthHash } from './url/growthRoute';
import { reloadOnPageChange } from './url/pageRoutes';

/** The workspace: the run a link names (or the last one), its views and controls. */
async function startWorkspace() {
  // Every run is built in a Web Worker (src/worker): the page never runs simulate(), and its bundle holds
  // neither the kernel model nor the interpreter. The page shows itself while the first run is built.
  const store = createAppStore(undefined, createWorkerTraceSource());
  // A program's link (or a last state that is one) needs its codec, which loads only then.
  await preloadProgramCodec(window, STORAGE_KEY);
  // A link wins, a plain visit restores the last state, a first visit opens the scenario gallery.
  const sync = startUrlSync(store);
  if (sync.source === 'none') store.getState().togglePanel('gallery', true);
  store.getState().openRun();
  // The narration loads while the worker builds the first run (the page shows that run when both are here).
  void loadNarration();
  // The chosen language's catalogue (English is built in; others load on demand, see localeLoading.ts).
  await prepareLocales(store);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} links={sync} />
    </StrictMode>,
  );
}

// The growth charts (#/growth) are a page of their own, loaded on demand; moving between it and the
// workspace reloads the document (pageRoutes.ts), so each starts the way its link opens it.
reloadOnPageChange(window);
if (isGrowthHash(window.location.hash))
  await import('./ui/growth/startGrowthPage').then((m) =>
    m.startGrowthPage(document.getElementById('root')!),
  );
else await startWorkspace();
registerOffline();
