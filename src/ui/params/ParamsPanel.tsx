import './params.css';
import { SCENARIO_PARAMS } from '../../sim/index';
import { Panel } from '../Panel';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { GrowthEntryLink } from '../growth/GrowthEntryLink';
import { CompareButton } from './CompareButton';
import { CostModelDetails } from './CostModelDetails';
import { ParamField } from './ParamField';

/**
 * The parameters of the current scenario only (SCENARIO_PARAMS), or of the user's own program (the constants
 * it declares: an edit rewrites the constant), each validated in place; then the cost model.
 */
export function ParamsPanel() {
  const scenario = useApp((s) => s.scenario);
  const program = useApp((s) => s.program);
  const trace = useTrace();
  const t = useT();
  // A program's constants come with its trace (the worker parsed it): the page never parses a program.
  // The cost overrides are edited field by field in the cost model's table, not as one text.
  const names = (program ? trace.constants : SCENARIO_PARAMS[scenario]).filter((name) => name !== 'costs');
  return (
    // Compare mode starts from here: these parameters, this run, beside another.
    <Panel
      title={t('ui.params.title')}
      id="params"
      className="params"
      actions={
        // Compare and growth sit with the parameters they vary; the header keeps its room for the title.
        <>
          <CompareButton />
          <GrowthEntryLink />
        </>
      }
    >
      <form className="param-list" onSubmit={(e) => e.preventDefault()}>
        {names.map((name) => (
          <ParamField key={`${scenario}-${name}`} name={name} />
        ))}
      </form>
      <p className="muted params-help">{t('ui.params.help')}</p>
      <CostModelDetails />
    </Panel>
  );
}
