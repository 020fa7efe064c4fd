import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { EntryView } from './EntryView';

/** The system-call entry view of the current step (loaded on first use, like the memory views). */
export default function EntryPane() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="entry-pane" role="region" aria-label={t('ui.view.entry')} tabIndex={0}>
      <EntryView trace={trace} step={step} locale={locale} />
    </div>
  );
}
