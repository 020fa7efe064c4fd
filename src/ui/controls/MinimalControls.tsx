import './controls.css';
import type { ReactNode } from 'react';
import { useT } from '../useT';
import { CommandButton } from './CommandButton';
import { StepIndicator } from './StepIndicator';

/** `controls=min` in an embed: step back, play/pause, step forward and "Step n of N". */
export function MinimalControls({ extra }: { extra?: ReactNode }) {
  const t = useT();
  return (
    <nav className="controls controls-min" aria-label={t('ui.controls.label')}>
      <CommandButton id="stepBack" />
      <CommandButton id="togglePlay" />
      <CommandButton id="stepForward" />
      <StepIndicator />
      {extra}
    </nav>
  );
}
