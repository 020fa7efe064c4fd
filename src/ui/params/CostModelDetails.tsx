import { DEFAULT_COSTS, getPreset, type CostModel } from '../../sim/index';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';

const COST_NAMES = Object.keys(DEFAULT_COSTS) as (keyof CostModel)[];

/** The unit of a cost field: bandwidths are bytes per ns, the copy's per-byte part ns per byte, the rest ns. */
function unitOf(name: keyof CostModel): string {
  if (name.endsWith('BytesPerNs')) return 'B/ns';
  if (name === 'copyPerByte') return 'ns/B';
  return 'ns';
}

/**
 * The cost model the run uses (its preset's numbers, from the trace itself), folded away under the
 * parameters: what "simulated time" is made of. Says so when `this-machine` fell back to the default.
 */
export function CostModelDetails() {
  const trace = useTrace();
  const locale = useApp((s) => s.locale);
  const t = useT();
  const preset = getPreset(trace.params.preset);
  const cal = preset.calibration;
  const number = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
    maximumSignificantDigits: 4,
  });
  return (
    <details className="cost-model" data-preset={preset.id}>
      <summary>{t('ui.cost.title', { preset: preset.id })}</summary>
      <p className="muted">{t(`ui.cost.preset.${preset.id}`)}</p>
      {preset.fellBack && (
        <p className="cost-fallback" role="note">
          {t('ui.cost.fellBack')}
        </p>
      )}
      {cal && (
        <p className="muted">
          {t('ui.cost.calibrated', {
            cpu: cal.machine.cpu,
            cores: cal.machine.cores,
            kernel: cal.machine.kernel,
            date: cal.date,
          })}
        </p>
      )}
      <table className="cost-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.cost.name')}</th>
            <th scope="col">{t('ui.cost.value')}</th>
          </tr>
        </thead>
        <tbody>
          {COST_NAMES.map((name) => (
            <tr key={name} data-cost={name} data-value={String(trace.cost[name])}>
              <th scope="row">
                {t(`ui.cost.field.${name}`)} <code>{name}</code>
              </th>
              <td>
                {number.format(trace.cost[name])} {unitOf(name)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('ui.cost.help')}</p>
    </details>
  );
}
