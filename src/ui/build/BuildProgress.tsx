import './build.css';
import { useEffect, useState } from 'react';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** A build shorter than this finishes without a progress bar (no flash for a quick run). */
export const SHOW_AFTER_MS = 200;

/**
 * While a run is built in the worker for longer than SHOW_AFTER_MS: a progress bar (steps built of the
 * estimate) and a Cancel button. The run on screen stays usable underneath.
 */
export function BuildProgress() {
  const store = useAppStore();
  const build = useApp((s) => s.build);
  const t = useT();
  const [shownFor, setShownFor] = useState<object | null>(null);
  // One identity per build (its parameters object), so a new build waits its own 200 ms.
  const key = build?.params ?? null;
  useEffect(() => {
    if (!key) return;
    const timer = window.setTimeout(() => setShownFor(key), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  if (!build || shownFor !== key) return null;
  const estimate = Math.max(build.estimate, build.steps, 1);
  const done = Math.min(build.steps, estimate);
  const text = t('ui.build.progress', { done, estimate });
  return (
    <div
      className="build-progress"
      role="region"
      aria-label={t('ui.build.label', { scenario: build.scenario })}
    >
      <p className="build-progress-label">{t('ui.build.label', { scenario: build.scenario })}</p>
      <div
        className="build-progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={estimate}
        aria-valuenow={done}
        aria-valuetext={text}
        aria-label={t('ui.build.label', { scenario: build.scenario })}
      >
        <div className="build-progress-fill" style={{ width: `${(100 * done) / estimate}%` }} />
      </div>
      <p className="build-progress-text">{text}</p>
      <button type="button" title={t('ui.build.cancelHint')} onClick={() => store.getState().cancelBuild()}>
        {t('ui.build.cancel')}
      </button>
    </div>
  );
}
