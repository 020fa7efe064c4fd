import './presenter.css';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { ControlsBar } from '../controls/ControlsBar';
import { CountersPanel } from '../counters/CountersPanel';
import { NarrationPanel } from '../narration/NarrationPanel';
import { NoticeBanner } from '../notices/NoticeBanner';
import { MachinePane, ViewTabs } from '../panes/MachinePane';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { LessonBarSlot } from '../lesson/lazyLesson';
import { BlankScreen } from './BlankScreen';
import { exitFullscreen, requestFullscreen } from './fullscreen';
import { PauseAtSyscall } from './PauseAtSyscall';
import { useIdleControls } from './useIdle';
import { ZoomButtons } from './ZoomButtons';

/** Leaving full screen (Esc in the browser's full screen) leaves presenter mode; leaving it exits full screen. */
function useFullscreenFollowsPresenter(): boolean {
  const store = useAppStore();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    let was = document.fullscreenElement !== null;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setFull(now);
      if (was && !now) store.getState().leavePresenter();
      was = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      exitFullscreen();
    };
  }, [store]);
  return full;
}

/**
 * The height of the floating controls as `--controls-h` on `root`: while they show, the stage leaves that
 * much room at its foot (the picture gives way), so no counter, sentence or box is behind them.
 */
function useControlsHeight(root: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      root.current?.style.setProperty('--controls-h', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [root, bar]);
}

/**
 * Presenter mode (DESIGN §8): the machine view large, the narration beside it and the counters below it,
 * type scaled by `scale` (the link, + / −); the view tabs, the buttons and the controls float over the
 * picture and hide when the pointer rests. Clicker keys come from the command registry (PgUp/PgDn, B, Esc).
 */
export function PresenterShell() {
  const scenario = useApp((s) => s.scenario);
  const scale = useApp((s) => s.scale);
  const step = useApp((s) => s.step);
  const pane = useApp((s) => s.pane);
  const store = useAppStore();
  const t = useT();
  const chrome = useRef<HTMLDivElement>(null);
  const shown = useIdleControls(chrome);
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useControlsHeight(root, bar);
  const full = useFullscreenFollowsPresenter();
  return (
    <div
      ref={root}
      className="app presenter"
      data-mode="present"
      data-controls={shown ? 'shown' : 'hidden'}
      style={{ '--present-scale': scale } as CSSProperties}
    >
      {/* First in tab order (it floats over the stage), so Tab reaches the controls and shows them. */}
      <div className="presenter-chrome" ref={chrome} role="region" aria-label={t('ui.presenter.chrome')}>
        <div className="presenter-top">
          <ZoomButtons />
          {!full && (
            <button type="button" onClick={requestFullscreen}>
              {t('share.present.fullscreen')}
            </button>
          )}
          <button
            type="button"
            data-share="leave-presenter"
            onClick={() => store.getState().leavePresenter()}
          >
            {t('share.cmd.leavePresenter')}
          </button>
        </div>
        <div className="presenter-controls" ref={bar}>
          {/* One wrapping row with the options, so the band is as low as the screen's width allows. */}
          <ControlsBar
            extra={
              <>
                <PauseAtSyscall />
                <ViewTabs />
                <p className="presenter-keys">{t('share.present.keys')}</p>
              </>
            }
          />
        </div>
      </div>
      {/*
       * The machine is the largest thing on the screen; the narration sits beside it and the counters in the
       * strip below it (presenter.css places them by the screen's shape and the pane).
       */}
      <main className="presenter-stage" data-pane={pane} aria-label={t('share.present.label')}>
        <div className="presenter-head">
          <NoticeBanner />
          <h1 className="presenter-title">{t(`scenario.${scenario}.title`)}</h1>
          <LessonBarSlot />
        </div>
        <div className="presenter-main">
          <MachinePane tabs={false} />
        </div>
        <div className="presenter-side">
          <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
            <NarrationPanel />
          </PanelBoundary>
        </div>
        <div className="presenter-strip">
          <CountersPanel />
        </div>
      </main>
      <BlankScreen />
    </div>
  );
}
