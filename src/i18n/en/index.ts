import { build } from './build';
import { glossary } from './glossary';
import { io } from './io';
import { machine } from './machine';
import { playback } from './playback';
import { share } from './share';
import { steps } from './steps';
import { ui } from './ui';

/** The messages the app needs at start; the memory and entry views' parts load with them (loadViewMessages). */
export const en: Readonly<Record<string, string>> = {
  ...ui,
  ...build,
  ...machine,
  ...steps,
  ...glossary,
  ...share,
  ...playback,
  ...io,
};
