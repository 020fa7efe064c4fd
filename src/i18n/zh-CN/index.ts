import { build } from './build';
import { editor } from './editor';
import { cost } from './cost';
import { glossary } from './glossary';
import { io } from './io';
import { realSystems } from './realSystems';
import { machine } from './machine';
import { offline } from './offline';
import { playback } from './playback';
import { terms } from './terms';
import { memory } from './memory';
import { share } from './share';
import { entry } from './entry';
import { steps } from './steps';
import { strace } from './strace';
import { ui } from './ui';

export const zhCN: Readonly<Record<string, string>> = {
  ...ui,
  ...build,
  ...cost,
  ...machine,
  ...steps,
  ...strace,
  ...glossary,
  ...memory,
  ...share,
  ...playback,
  ...terms,
  ...entry,
  ...offline,
  ...editor,
  ...io,
  ...realSystems,
};
