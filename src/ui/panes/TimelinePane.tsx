import { lazy, Suspense } from 'react';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

// The timeline's lanes and axis come just after the first paint (DESIGN §9's budget); the pane keeps its height.
const Timeline = lazy(() => import('../timeline/Timeline').then((m) => ({ default: m.Timeline })));

/** The timeline below the workspace; clicking it seeks. */
export function TimelinePane() {
  const store = useAppStore();
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  const onSeek = (i: number) => {
    store.getState().pause();
    store.getState().seek(i);
  };
  return (
    <section className="timeline-pane" aria-label={t('ui.timeline.title')} data-testid="timeline">
      <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
        <Suspense fallback={null}>
          <Timeline trace={trace} step={step} locale={locale} onSeek={onSeek} />
        </Suspense>
      </PanelBoundary>
    </section>
  );
}
