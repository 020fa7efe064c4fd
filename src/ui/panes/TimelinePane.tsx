import { Timeline } from '../timeline/Timeline';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

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
        <Timeline trace={trace} step={step} locale={locale} onSeek={onSeek} />
      </PanelBoundary>
    </section>
  );
}
