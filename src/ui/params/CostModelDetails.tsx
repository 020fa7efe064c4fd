import { lazy, Suspense, useState } from 'react';
import { loadViewMessages } from '../../i18n/index';
import { useTrace } from '../StoreContext';
import { useT } from '../useT';

// The table and its words load when the fold-out first opens (a run with `costs=` opens it at once).
const CostModelBody = lazy(() =>
  Promise.all([import('./CostModelBody'), loadViewMessages()]).then(([m]) => ({ default: m.CostModelBody })),
);

/**
 * The cost model, folded away under the parameters: its preset in the summary, the table (CostModelBody)
 * once opened. Each number can be changed; changes are the `costs` parameter, kept in the link.
 */
export function CostModelDetails() {
  const trace = useTrace();
  const t = useT();
  // A run with changed costs (a shared link) opens with its table showing.
  const [opened, setOpened] = useState(() => trace.params.costs !== '');
  return (
    <details
      className="cost-model"
      data-preset={trace.params.preset}
      open={opened || undefined}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('ui.cost.title', { preset: trace.params.preset })}</summary>
      {opened && (
        <Suspense fallback={null}>
          <CostModelBody />
        </Suspense>
      )}
    </details>
  );
}
