import { MachineView } from '../machine/MachineView';
import { PanelBoundary } from '../PanelBoundary';
import { useApp, useTrace } from '../StoreContext';
import { useReducedMotion } from '../useReducedMotion';
import { useT } from '../useT';

/** The machine view, big in the centre, fed (trace, step); a failure stays inside this pane. */
export function MachinePane() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const reducedMotion = useReducedMotion();
  const t = useT();
  return (
    <section className="machine-pane" aria-label={t('ui.machine.title')} data-testid="machine">
      <PanelBoundary resetKey={step} message={t('ui.panelFailed')}>
        <MachineView trace={trace} step={step} locale={locale} reducedMotion={reducedMotion} />
      </PanelBoundary>
    </section>
  );
}
