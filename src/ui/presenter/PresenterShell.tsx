import './presenter.css';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { ControlsBar } from '../controls/ControlsBar';
import { CountersPanel } from '../counters/CountersPanel';
import { NarrationPanel } from '../narration/NarrationPanel';
import { NoticeBanner } from '../notices/NoticeBanner';
import { MachinePane } from '../panes/MachinePane';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { BlankScreen } from './BlankScreen';
import { exitFullscreen, requestFullscreen } from './fullscreen';
import { PauseAtSyscall } from './PauseAtSyscall';
import { useIdleControls } from './useIdle';

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
 * Presenter mode (DESIGN §8): the machine view large, the narration and the counters beside it,
 * type and strokes scaled by the link's `scale`; the title bar and controls float over the picture and hide
 * when the pointer rests. Clicker keys come from the command registry (PgUp/PgDn, B, Esc).
 */
export function PresenterShell() {
  const scenario = useApp((s) => s.scenario);
  const scale = useApp((s) => s.scale);
  const step = useApp((s) => s.step);
  const store = useAppStore();
  const t = useT();
  const chrome = useRef<HTMLDivElement>(null);
  const shown = useIdleControls(chrome);
  const full = useFullscreenFollowsPresenter();
  return (
    <div
      className="app presenter"
      data-mode="present"
      data-controls={shown ? 'shown' : 'hidden'}
      style={{ '--present-scale': scale } as CSSProperties}
    >
      {/* First in tab order (it floats over the stage), so Tab reaches the controls and shows them. */}
      <div className="presenter-chrome" ref={chrome} role="region" aria-label={t('ui.presenter.chrome')}>
        <div className="presenter-top">
          <p className="presenter-keys">{t('share.present.keys')}</p>
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
        <div className="presenter-controls">
          <ControlsBar />
          <PauseAtSyscall />
        </div>
      </div>
      <main className="presenter-stage" aria-label={t('share.present.label')}>
        <div className="presenter-head">
          <NoticeBanner />
          <h1 className="presenter-title">{t(`scenario.${scenario}.title`)}</h1>
        </div>
        {/* The machine gets the whole height; what the step means and what it counted sit beside it. */}
        <div className="presenter-main">
          <MachinePane />
        </div>
        <aside className="presenter-side">
          <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
            <NarrationPanel />
          </PanelBoundary>
          <CountersPanel />
        </aside>
      </main>
      <BlankScreen />
    </div>
  );
}
