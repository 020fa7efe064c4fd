import { lazy, Suspense } from 'react';
import { loadViewMessages } from '../../i18n/index';
import { PANES } from '../../state/index';
import { MachineView } from '../machine/MachineView';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useTrace } from '../StoreContext';
import { useReducedMotion } from '../useReducedMotion';
import { useT } from '../useT';

/** A lazily loaded view, ready once its module and its English messages are both here. */
function withViewMessages<M>(view: Promise<M>): Promise<M> {
  return Promise.all([view, loadViewMessages()]).then(([m]) => m);
}

// Loaded on first use: the memory and entry views are not needed to play a scenario.
const MemoryPane = lazy(() => withViewMessages(import('./MemoryPane')));
const EntryPane = lazy(() => withViewMessages(import('../entry/EntryPane')));

/** The switch between the centre pane's views (machine, memory, system-call entry). */
export function ViewTabs() {
  const t = useT();
  const view = useApp((s) => s.pane);
  const setView = useApp((s) => s.setPane);
  return (
    <div className="view-tabs" role="tablist" aria-label={t('ui.machine.title')}>
      {PANES.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={view === v}
          className={view === v ? 'view-tab active' : 'view-tab'}
          onClick={() => setView(v)}
        >
          {t(`ui.view.${v}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * The machine view (or the memory or system-call entry views), big in the centre, fed (trace, step); failures
 * stay inside. `tabs={false}` leaves out the tab strip: embed mode (the link's `pane` alone says what is
 * shown) and presenter mode (its tabs float with the presenter's buttons).
 */
export function MachinePane({ tabs = true }: { readonly tabs?: boolean } = {}) {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const reducedMotion = useReducedMotion();
  const t = useT();
  const view = useApp((s) => s.pane);
  return (
    <section className="machine-pane" aria-label={t('ui.machine.title')} data-testid="machine">
      {tabs && <ViewTabs />}
      <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
        {view === 'machine' ? (
          <MachineView trace={trace} step={step} locale={locale} reducedMotion={reducedMotion} />
        ) : (
          <Suspense fallback={<p>{t('ui.view.loading')}</p>}>
            {view === 'memory' ? <MemoryPane /> : <EntryPane />}
          </Suspense>
        )}
      </PanelBoundary>
    </section>
  );
}
