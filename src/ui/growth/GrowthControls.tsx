import { memo } from 'react';
import { DEFAULT_PARAMS, PRESET_IDS, SCENARIO_PARAMS, parseSize, type PresetId } from '../../sim/index';
import {
  DEFAULT_BUF_RANGE,
  DEFAULT_GROWTH,
  GROWTH_AXES,
  GROWTH_COUNTERS,
  GROWTH_SCENARIOS,
  GROWTH_X_LIMITS,
  MAX_GROWTH_SCENARIOS,
  type GrowthAxis,
  type GrowthCounter,
  type GrowthState,
} from '../../url/growthLink';
import { Field } from './Field';
import { SizeInput } from './SizeInput';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const POINT_CHOICES = [null, 4, 8, 12, 16, 24, 32] as const;

/** The chart's settings: scenarios, counter, axis and range, points, cost model, cache and the other size. */
export const GrowthControls = memo(function GrowthControls({
  state,
  t,
  onChange,
}: {
  state: GrowthState;
  t: Translate;
  onChange(next: GrowthState): void;
}) {
  const set = (patch: Partial<GrowthState>) => onChange({ ...state, ...patch });
  const setFixed = (name: string, value: string | undefined) => {
    const fixed: Record<string, string> = { ...state.fixed };
    if (value === undefined) delete fixed[name];
    else fixed[name] = value;
    set({ fixed });
  };
  const toggle = (id: (typeof GROWTH_SCENARIOS)[number], on: boolean) => {
    const scenarios = on
      ? GROWTH_SCENARIOS.filter((s) => s === id || state.scenarios.includes(s))
      : state.scenarios.filter((s) => s !== id);
    set({ scenarios });
  };
  const setAxis = (x: GrowthAxis) => {
    if (x === state.x) return;
    // The swept size leaves the fixed parameters; a buffer sweep reads a file of its own default size.
    const rest = Object.fromEntries(Object.entries(state.fixed).filter(([k]) => k !== 'file' && k !== 'buf'));
    if (x === 'buf')
      set({
        x,
        from: DEFAULT_BUF_RANGE.from,
        to: DEFAULT_BUF_RANGE.to,
        fixed: { ...rest, file: DEFAULT_BUF_RANGE.file },
      });
    else set({ x, from: DEFAULT_GROWTH.from, to: DEFAULT_GROWTH.to, fixed: rest });
  };
  const [min, max] = GROWTH_X_LIMITS[state.x];
  const other = state.x === 'file' ? 'buf' : 'file';
  const otherUsed = state.scenarios.some((s) => SCENARIO_PARAMS[s].includes(other));
  const otherValue = parseSize(state.fixed[other] ?? '') ?? DEFAULT_PARAMS[other];
  const full = state.scenarios.length >= MAX_GROWTH_SCENARIOS;
  return (
    <form className="growth-controls" aria-label={t('growth.controls')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="growth-scenarios">
        <legend>{t('growth.scenarios')}</legend>
        {GROWTH_SCENARIOS.map((id) => {
          const checked = state.scenarios.includes(id);
          return (
            <label key={id}>
              <input
                type="checkbox"
                checked={checked}
                disabled={(checked && state.scenarios.length === 1) || (!checked && full)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              <span>{t(`scenario.${id}.title`)}</span>
            </label>
          );
        })}
      </fieldset>
      <div className="growth-fields">
        <Field label={t('growth.counter')}>
          {(id) => (
            <select id={id} value={state.y} onChange={(e) => set({ y: e.target.value as GrowthCounter })}>
              {GROWTH_COUNTERS.map((c) => (
                <option key={c} value={c}>
                  {t(`ui.counter.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('growth.axis')}>
          {(id) => (
            <select id={id} value={state.x} onChange={(e) => setAxis(e.target.value as GrowthAxis)}>
              {GROWTH_AXES.map((a) => (
                <option key={a} value={a}>
                  {t(`growth.axis.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SizeInput
          label={t('growth.from')}
          value={state.from}
          min={min}
          max={state.to}
          onCommit={(from) => set({ from })}
        />
        <SizeInput
          label={t('growth.to')}
          value={state.to}
          min={state.from}
          max={max}
          onCommit={(to) => set({ to })}
        />
        <Field label={t('growth.points')}>
          {(id) => (
            <select
              id={id}
              value={state.count ?? 'pow2'}
              onChange={(e) => set({ count: e.target.value === 'pow2' ? null : Number(e.target.value) })}
            >
              {POINT_CHOICES.map((n) => (
                <option key={n ?? 'pow2'} value={n ?? 'pow2'}>
                  {n === null ? t('growth.points.pow2') : String(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ui.param.preset')}>
          {(id) => (
            <select
              id={id}
              value={state.fixed.preset ?? 'nvme-10gbe'}
              onChange={(e) =>
                setFixed('preset', e.target.value === 'nvme-10gbe' ? undefined : (e.target.value as PresetId))
              }
            >
              {PRESET_IDS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ui.param.cache')}>
          {(id) => (
            <select
              id={id}
              value={state.fixed.cache ?? 'cold'}
              onChange={(e) => setFixed('cache', e.target.value === 'cold' ? undefined : e.target.value)}
            >
              {(['cold', 'warm'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`growth.cache.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {otherUsed && (
          <SizeInput
            label={t(`ui.param.${other}`)}
            value={otherValue}
            min={1}
            max={GROWTH_X_LIMITS[other][1]}
            onCommit={(v) => setFixed(other, String(v))}
          />
        )}
      </div>
    </form>
  );
});
