import { lazy, Suspense, useLayoutEffect } from 'react';
import { loadClassroomMessages, loadCompareMessages, loadNarration, loadViewMessages } from '../i18n/index';
import type { AppStore } from '../state/index';
import type { LinkSource } from '../url/urlSync';
import { BuildProgress } from './build/BuildProgress';
import { useUpdateWaiting } from './offline/useUpdateWaiting';
import { WaitingForRun } from './build/WaitingForRun';
import { ControlsBar } from './controls/ControlsBar';
import { CountersPanel } from './counters/CountersPanel';
import { Header } from './header/Header';
import { LessonBarSlot, LessonPanelSlot } from './lesson/lazyLesson';
import { StraceLog } from './log/StraceLog';
import { NarrationPanel } from './narration/NarrationPanel';
import { NoticeBanner } from './notices/NoticeBanner';
import { MachinePane } from './panes/MachinePane';
import { TimelinePane } from './panes/TimelinePane';
import { ParamsPanel } from './params/ParamsPanel';
import { ProgramPane } from './program/ProgramPane';
import { PanelBoundary } from './PanelBoundary';
import { PresenterShell } from './presenter/PresenterShell';
import { EmbedShell } from './share/EmbedShell';
import { LinkSourceProvider, useDetachedLinkSource } from './share/LinkSourceContext';
import { AppStoreProvider, useApp } from './StoreContext';
import { useNarrationReady } from './localeLoading';
import { useKeyboard } from './useKeyboard';
import { usePlayer } from './usePlayer';
import { useT } from './useT';
import { useCompareRoute } from './useViewRoute';

// The gallery loads when first opened: playing the scenario a link names needs none of it (bundle budget).
const ScenarioGallery = lazy(() =>
  Promise.all([import('./gallery/ScenarioGallery'), loadViewMessages()]).then(([m]) => ({
    default: m.ScenarioGallery,
  })),
);
// The update banner, with its English words, only once a new version is waiting.
const UpdatePrompt = lazy(() =>
  Promise.all([import('./offline/UpdatePrompt'), loadViewMessages()]).then(([m]) => ({
    default: m.UpdatePrompt,
  })),
);

// Compare mode (`#/compare?…`) is its own chunk, with its English words.
const CompareView = lazy(() =>
  Promise.all([import('./compare/CompareView'), loadCompareMessages(), loadNarration()]).then(([m]) => m),
);

// Predict, then reveal: its panel and words load when the switch is first turned on (issue 19).
const PredictPanel = lazy(() =>
  Promise.all([import('./predict/PredictPanel'), loadClassroomMessages()]).then(([m]) => ({
    default: m.PredictPanel,
  })),
);

/** Keeps <html lang> and data-theme in step with the store (theme.css keys off data-theme). */
function useDocumentView() {
  const locale = useApp((s) => s.locale);
  const theme = useApp((s) => s.theme);
  const t = useT();
  // Before paint, so a dark or projector link never flashes the light theme.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
    document.title = t('ui.app.title');
  }, [locale, theme, t]);
}

/**
 * The layout the link asks for (presenter mode, embed mode, or the full workspace) and a build's progress;
 * until the first run arrives from the worker, a page that says so.
 */
function Layout({ compare }: { readonly compare: boolean }) {
  useDocumentView();
  const present = useApp((s) => s.present);
  const embed = useApp((s) => s.embed);
  const narrationReady = useNarrationReady();
  const updateWaiting = useUpdateWaiting();
  // The run from the worker and the narration that tells it (both are fetched at start, side by side).
  const ready = useApp((s) => s.runReady) && narrationReady;
  // Compare mode builds its own two runs; the app's run waits (for the way back) without being shown.
  if (compare)
    return (
      <Suspense fallback={<WaitingForRun />}>
        <CompareView />
      </Suspense>
    );
  return (
    <>
      {!ready ? <WaitingForRun /> : present ? <PresenterShell /> : embed ? <EmbedShell /> : <Shell />}
      <BuildProgress />
      {updateWaiting && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
    </>
  );
}

function Shell() {
  const gallery = useApp((s) => s.panels.gallery);
  const step = useApp((s) => s.step);
  const editing = useApp((s) => s.editing);
  const predict = useApp((s) => s.panels.predict);
  const t = useT();
  return (
    <div className="app">
      <Header />
      <NoticeBanner />
      <LessonBarSlot />
      <div className="stage">
        {gallery && (
          <Suspense fallback={null}>
            <ScenarioGallery />
          </Suspense>
        )}
        <main className={editing ? 'workspace editing' : 'workspace'} inert={gallery}>
          <div className="col col-left">
            <LessonPanelSlot />
            <ProgramPane />
            <StraceLog />
            <ParamsPanel />
          </div>
          {/* The machine has the centre column to itself: what the step means sits above the counters. */}
          <div className="col col-centre">
            <MachinePane />
          </div>
          <div className="col col-right">
            {predict && (
              <Suspense fallback={null}>
                <PredictPanel />
              </Suspense>
            )}
            <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
              <NarrationPanel />
            </PanelBoundary>
            <CountersPanel />
          </div>
        </main>
      </div>
      <TimelinePane />
      <ControlsBar />
    </div>
  );
}

/**
 * The app shell (DESIGN §8): header, workspace (program, machine, counters, log), timeline and controls; or
 * the presenter or embed layout. `links` is the URL adapter's (startUrlSync); without it, links are built
 * from the page's address and nothing is written.
 */
export function App({ store, links }: { store: AppStore; links?: LinkSource }) {
  const compare = useCompareRoute();
  useKeyboard(store, !compare);
  usePlayer(store);
  const detached = useDetachedLinkSource(store);
  return (
    <AppStoreProvider store={store}>
      <LinkSourceProvider source={links ?? detached}>
        <Layout compare={compare} />
      </LinkSourceProvider>
    </AppStoreProvider>
  );
}
