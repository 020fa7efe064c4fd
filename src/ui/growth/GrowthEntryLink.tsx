import './growthEntry.css';
import { GROWTH_ENTRY_SCENARIOS, growthEntryHash } from '../../url/growthRoute';
import { useApp } from '../StoreContext';
import { useT } from '../useT';

/** The Parameters panel's way into the growth charts: the open scenario (if it moves a file) beside sendfile. */
export function GrowthEntryLink() {
  const scenario = useApp((s) => s.scenario);
  const params = useApp((s) => s.params);
  const locale = useApp((s) => s.locale);
  const t = useT();
  const scenarios = GROWTH_ENTRY_SCENARIOS.includes(scenario)
    ? [...new Set([scenario, scenario === 'sendfile' ? 'read-write' : 'sendfile'])]
    : ['read-write', 'sendfile'];
  return (
    <a className="growth-entry" href={growthEntryHash(scenarios, params, locale)}>
      {t('growth.open')}
    </a>
  );
}
