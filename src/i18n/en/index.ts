import { build } from './build';
import { cost } from './cost';
import { glossary } from './glossary';
import { machine } from './machine';
import { playback } from './playback';
import { share } from './share';
import { steps } from './steps';
import { ui } from './ui';

/** The messages the app needs at start; the memory and entry views' parts load with them (loadViewMessages). */
export const en: Readonly<Record<string, string>> = {
  ...ui,
  ...build,
  ...cost,
  ...machine,
  ...steps,
  ...glossary,
  ...share,
  ...playback,
};
