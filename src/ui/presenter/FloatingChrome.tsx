import './presenter.css';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../useT';
import { exitFullscreen, requestFullscreen } from './fullscreen';
import { useIdleControls } from './useIdle';
import { ZoomButtons } from './ZoomButtons';

/** Leaving full screen (Esc in the browser's full screen) calls `leave`; unmounting exits full screen. */
export function useFullscreenFollowsPresenter(leave: () => void): boolean {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  const leaveRef = useRef(leave);
  useEffect(() => {
    leaveRef.current = leave;
  }, [leave]);
  useEffect(() => {
    let was = document.fullscreenElement !== null;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setFull(now);
      if (was && !now) leaveRef.current();
      was = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      exitFullscreen();
    };
  }, []);
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

/** The refs and visibility of a presenter's floating chrome; `shown` goes on the root as data-controls. */
export function useFloatingChrome(root: RefObject<HTMLElement | null>) {
  const chrome = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const shown = useIdleControls(chrome);
  useControlsHeight(root, bar);
  return { chrome, bar, shown };
}

interface FloatingChromeProps {
  readonly chrome: RefObject<HTMLDivElement | null>;
  readonly bar: RefObject<HTMLDivElement | null>;
  /** The browser is in full screen already (no button for it). */
  readonly full: boolean;
  readonly onLeave: () => void;
  /** The controls band at the foot. */
  readonly children: ReactNode;
}

/**
 * Presenter mode's floating chrome (single run and compare): zoom, full screen and leave at the top right,
 * the controls at the foot; both hide while the pointer rests (useIdleControls) and Tab brings them back.
 * First in tab order: it floats over the stage.
 */
export function FloatingChrome({ chrome, bar, full, onLeave, children }: FloatingChromeProps) {
  const t = useT();
  return (
    <div className="presenter-chrome" ref={chrome} role="region" aria-label={t('ui.presenter.chrome')}>
      <div className="presenter-top">
        <ZoomButtons />
        {!full && (
          <button type="button" onClick={requestFullscreen}>
            {t('share.present.fullscreen')}
          </button>
        )}
        <button type="button" data-share="leave-presenter" onClick={onLeave}>
          {t('share.cmd.leavePresenter')}
        </button>
      </div>
      <div className="presenter-controls" ref={bar}>
        {children}
      </div>
    </div>
  );
}
