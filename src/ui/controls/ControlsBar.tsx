import './controls.css';
import type { ReactNode } from 'react';
import { UNITS, hasStepUnit } from '../../state/index';
import type { StepUnit } from '../../sim/index';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { CommandButton } from './CommandButton';
import { RangeAndChapters } from './RangeAndChapters';
import { Scrubber } from './Scrubber';
import { SpeedSelect } from './SpeedSelect';
import { StepIndicator } from './StepIndicator';

/** Play/pause, stepping, unit and speed, the scrubber and "Step n of N" (and `extra`, e.g. an embed's link). */
export function ControlsBar({ extra }: { extra?: ReactNode } = {}) {
  const store = useAppStore();
  const unit = useApp((s) => s.unit);
  const trace = useTrace();
  const embed = useApp((s) => s.embed);
  const t = useT();
  return (
    <nav className="controls" aria-label={t('ui.controls.label')}>
      <div className="controls-buttons">
        <CommandButton id="restart" />
        <CommandButton id="prevSyscall" />
        <CommandButton id="stepBack" />
        <CommandButton id="togglePlay" />
        <CommandButton id="stepForward" />
        <CommandButton id="nextSyscall" />
        <CommandButton id="end" />
      </div>
      <label className="controls-field">
        <span>{t('ui.controls.unit')}</span>
        <select value={unit} onChange={(e) => store.getState().setUnit(e.currentTarget.value as StepUnit)}>
          {/* A unit the run lacks stays listed, disabled, with the reason. */}
          {UNITS.map((u) =>
            hasStepUnit(trace, u) ? (
              <option key={u} value={u}>
                {t(`ui.unit.${u}`)}
              </option>
            ) : (
              <option key={u} value={u} disabled title={t(`playback.unit.why.${u}`)}>
                {`${t(`ui.unit.${u}`)} (${t('playback.unit.none')})`}
              </option>
            ),
          )}
        </select>
      </label>
      <SpeedSelect />
      <Scrubber />
      <StepIndicator />
      {extra}
      {/* An embed's range is its author's: only the full app and the presenter set ranges and chapters. */}
      {!embed && <RangeAndChapters />}
    </nav>
  );
}
