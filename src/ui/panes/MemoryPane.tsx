import { useRef } from 'react';
import { AddressSpaceView } from '../memory/AddressSpaceView';
import { PageWalkView } from '../memory/PageWalkView';
import { PhysicalMemoryView } from '../memory/PhysicalMemoryView';
import { useFollowTouched } from '../memory/useFollowTouched';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';

/** The memory views of the current step: address spaces, the page walk, physical frames. */
export default function MemoryPane() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  const pane = useRef<HTMLDivElement>(null);
  useFollowTouched(pane, step);
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div ref={pane} className="memory-pane" role="region" aria-label={t('ui.view.memory')} tabIndex={0}>
      <AddressSpaceView trace={trace} step={step} locale={locale} />
      <PageWalkView trace={trace} step={step} locale={locale} />
      <PhysicalMemoryView trace={trace} step={step} locale={locale} />
    </div>
  );
}
