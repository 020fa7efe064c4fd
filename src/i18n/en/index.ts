import { build } from './build';
import { compareEntry } from './compareEntry';
import { editor } from './editor';
import { exportButton } from './exportButton';
import { cost } from './cost';
import { glossary } from './glossary';
import { growthEntry } from './growthEntry';
import { playback } from './playback';
import { share } from './share';
import { ui } from './ui';
import { kernelCopyUi } from './kernelCopyUi';
import { classroomStart } from './classroomStart';

/**
 * The messages the app needs at start; the narration and the machine view's words load while the first run is
 * built (loadNarration: every view of a run waits for it), the memory and entry views' parts with them
 * (loadViewMessages).
 */
export const en: Readonly<Record<string, string>> = {
  ...ui,
  ...build,
  ...cost,
  ...glossary,
  ...share,
  ...playback,
  ...editor,
  ...exportButton,
  ...compareEntry,
  ...kernelCopyUi,
  ...classroomStart,
  ...growthEntry,
};
