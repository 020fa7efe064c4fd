// Base styles first, so each component's own stylesheet (imported by the component) comes after them.
import './ui/theme.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, type AppStore } from './state/index';
import { App } from './ui/App';
import { loadNarration } from './i18n/index';
import { prepareLocales } from './ui/localeLoading';
import { registerOffline } from './ui/offline/updates';
import { afterFirstRun, whenIdle } from './ui/whenIdle';
import { preloadProgramCodec } from './url/programCodec';
import { isLessonHash, isProblemsHash } from './url/routes';
import { STORAGE_KEY, startUrlSync } from './url/urlSync';
import { createWorkerTraceSource } from './worker/client';
import { isGrowthHash } from './url/growthRoute';
import { reloadOnPageChange } from './url/pageRoutes';

// A problem set's link (`#/problems?seed=…`, issue 19) shows that page instead of the app; it loads on demand.
// Moving between it and a run's link by hand or by Back loads the page again, as the other one.
const problemsPage = isProblemsHash(window.location.hash);
const switchPage = (e: Event) => {
  // A lesson's link is read at start (it becomes its first stop's link), so one followed later loads anew.
  if (isProblemsHash(window.location.hash) === problemsPage && !isLessonHash(window.location.hash)) return;
  // Before the URL adapter (registered later) reads it as a run's link and rewrites the address.
  e.stopImmediatePropagation();
  window.location.reload();
};
window.addEventListener('popstate', switchPage);
window.addEventListener('hashchange', switchPage);
// The growth charts (#/growth) are a page of their own too; crossing between it and the app reloads likewise.
reloadOnPageChange(window);
/**
 * The app: store, link, first run, language, then the page. Not awaited at the module's top level: a chunk loaded
 * on demand (the lesson reader, the problems page) imports from this entry chunk, which must have finished
 * evaluating first (and the bundler keeps the shared code in one chunk).
 */
async function startApp(): Promise<AppStore> {
  // Every run is built in a Web Worker (src/worker): the page never runs simulate(), and its bundle holds
  // neither the kernel model nor the interpreter. The page shows itself while the first run is built.
  const store = createAppStore(undefined, createWorkerTraceSource());
  // A program's link (or a last state that is one) needs its codec, which loads only then.
  await preloadProgramCodec(window, STORAGE_KEY);
  // A lesson's link (issue 19) opens its stop: read before the adapter reads the address bar.
  const lessonStart = isLessonHash(window.location.hash) ? await import('./ui/lesson/lessonLinkStart') : null;
  const lessonLink = lessonStart ? await lessonStart.readLessonLink(window) : null;
  // A link wins, a plain visit restores the last state, a first visit opens the scenario gallery.
  const sync = startUrlSync(store);
  if (sync.source === 'none') store.getState().togglePanel('gallery', true);
  store.getState().openRun();
  if (lessonStart && lessonLink) lessonStart.openLessonFromLink(store, lessonLink);
  // The narration loads while the worker builds the first run (the page shows that run when both are here).
  void loadNarration();
  // The chosen language's catalogue (English is built in; others load on demand, see localeLoading.ts).
  await prepareLocales(store);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} links={sync} />
    </StrictMode>,
  );
  return store;
}

async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  if (isGrowthHash(window.location.hash)) {
    const { startGrowthPage } = await import('./ui/growth/startGrowthPage');
    await startGrowthPage(root);
  } else if (problemsPage) {
    const { startProblemsPage } = await import('./ui/problems/startProblemsPage');
    await startProblemsPage(root);
  } else {
    const store = await startApp();
    registerOffline((register) => afterFirstRun(store, register));
    return;
  }
  registerOffline(whenIdle);
}
void start();
