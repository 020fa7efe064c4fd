import { build } from './build';
import { glossary } from './glossary';
import { io } from './io';
import { machine } from './machine';
import { playback } from './playback';
import { terms } from './terms';
import { memory } from './memory';
import { share } from './share';
import { entry } from './entry';
import { steps } from './steps';
import { ui } from './ui';

export const zhCN: Readonly<Record<string, string>> = {
  ...ui,
  ...build,
  ...machine,
  ...steps,
  ...glossary,
  ...memory,
  ...share,
  ...playback,
  ...terms,
  ...entry,
  ...io,
};
