import { AddressSpaceView } from '../memory/AddressSpaceView';
import { PageWalkView } from '../memory/PageWalkView';
import { PhysicalMemoryView } from '../memory/PhysicalMemoryView';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';

/** The memory views of the current step: address spaces, the page walk, physical frames. */
export default function MemoryPane() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="memory-pane" role="region" aria-label={t('ui.view.memory')} tabIndex={0}>
      <AddressSpaceView trace={trace} step={step} locale={locale} />
      <PageWalkView trace={trace} step={step} locale={locale} />
      <PhysicalMemoryView trace={trace} step={step} locale={locale} />
    </div>
  );
}
