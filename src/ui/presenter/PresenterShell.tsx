import './presenter.css';
import { useRef, type CSSProperties } from 'react';
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
import { FloatingChrome, useFloatingChrome, useFullscreenFollowsPresenter } from './FloatingChrome';
import { PauseAtSyscall } from './PauseAtSyscall';

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
  const root = useRef<HTMLDivElement>(null);
  const { chrome, bar, shown } = useFloatingChrome(root);
  const leave = () => store.getState().leavePresenter();
  const full = useFullscreenFollowsPresenter(leave);
  return (
    <div
      ref={root}
      className="app presenter"
      data-mode="present"
      data-controls={shown ? 'shown' : 'hidden'}
      style={{ '--present-scale': scale } as CSSProperties}
    >
      <FloatingChrome chrome={chrome} bar={bar} full={full} onLeave={leave}>
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
      </FloatingChrome>
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
