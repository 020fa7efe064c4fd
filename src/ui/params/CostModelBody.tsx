import { useState } from 'react';
import {
  DEFAULT_COSTS,
  formatCostOverrides,
  getPreset,
  parseCostOverrides,
  type CostModel,
} from '../../sim/index';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

const COST_NAMES = Object.keys(DEFAULT_COSTS) as (keyof CostModel)[];

/** The unit of a cost field: bandwidths are bytes per ns, the copy's per-byte part ns per byte, the rest ns. */
function unitOf(name: keyof CostModel): string {
  if (name.endsWith('BytesPerNs')) return 'B/ns';
  if (name === 'copyPerByte') return 'ns/B';
  return 'ns';
}

/** One cost: its value in an input; a value other than the preset's becomes an override in `costs`. */
function CostRow({ name, value, edited }: { name: keyof CostModel; value: number; edited: boolean }) {
  const store = useAppStore();
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const apply = (raw: string) => {
    setText(null);
    const v = raw.trim();
    const s = store.getState();
    const overrides = { ...parseCostOverrides(s.params.costs)?.costs };
    if (v === '' || Number(v) === getPreset(s.params.preset).costs[name]) delete overrides[name];
    else overrides[name] = Number(v);
    const next =
      /^\d{1,15}(\.\d{1,6})?$/.test(v) || v === '' ? formatCostOverrides(overrides) : `${name}:${v}`;
    if (next === s.params.costs) return;
    s.editParam('costs', next);
    s.applyParam('costs');
  };
  return (
    <tr data-cost={name} data-value={String(value)} className={edited ? 'edited' : undefined}>
      <th scope="row">
        <label htmlFor={`cost-${name}`}>
          {t(`ui.cost.field.${name}`)} <code>{name}</code>
        </label>
        {edited && <span className="cost-edited"> · {t('ui.cost.edited')}</span>}
      </th>
      <td>
        <input
          id={`cost-${name}`}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
          aria-label={t('ui.cost.input', { name, unit: unitOf(name) })}
          value={text ?? String(value)}
          onChange={(e) => setText(e.currentTarget.value)}
          onBlur={(e) => apply(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e.currentTarget.value);
          }}
        />{' '}
        {unitOf(name)}
      </td>
    </tr>
  );
}

/**
 * The cost model the run uses (the trace's own numbers: its preset with any overrides): what "simulated
 * time" is made of. Each number can be changed; changes are the `costs`
 * parameter, kept in the link. Says so when `this-machine` fell back to the default.
 */
export function CostModelBody() {
  const trace = useTrace();
  const store = useAppStore();
  const error = useApp((s) => s.paramErrors.costs);
  const t = useT();
  const preset = getPreset(trace.params.preset);
  const overrides = parseCostOverrides(trace.params.costs)?.costs ?? {};
  const cal = preset.calibration;
  const reset = () => {
    store.getState().editParam('costs', '');
    store.getState().applyParam('costs');
  };
  return (
    <>
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
      {error && (
        <p className="param-error" role="alert">
          {t('ui.params.refused', { error: t('ui.range.costs') })}
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
            <CostRow
              key={`${trace.params.preset}-${trace.params.costs}-${name}`}
              name={name}
              value={trace.cost[name]}
              edited={overrides[name] !== undefined}
            />
          ))}
        </tbody>
      </table>
      {Object.keys(overrides).length > 0 && (
        <button type="button" className="cost-reset" onClick={reset}>
          {t('ui.cost.reset')}
        </button>
      )}
      <p className="muted">{t('ui.cost.help')}</p>
    </>
  );
}
