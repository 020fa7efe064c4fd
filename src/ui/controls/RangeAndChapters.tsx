import { lazy, Suspense, useId, useState } from 'react';
import { loadViewMessages } from '../../i18n/index';
import { useT } from '../useT';

// Loaded when first opened: playing a scenario does not need it (the initial bundle has a budget).
const RangeAndChapterRow = lazy(() =>
  Promise.all([import('./RangeAndChapterRow'), loadViewMessages()]).then(([m]) => ({
    default: m.RangeAndChapterRow,
  })),
);

/**
 * The playback range set from the current step (start here, end here, clear) and the chapters: each a
 * button that jumps to it, with a remove button, and "Add chapter here". All of it lives in the link. A
 * toggle in the controls row opens it as a row of its own: closed, it costs the machine view no height.
 */
export function RangeAndChapters() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="range-toggle"
        data-range="toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('playback.range.toggle')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <RangeAndChapterRow id={id} />
        </Suspense>
      )}
    </>
  );
}
