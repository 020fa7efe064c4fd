import { build } from './build';
import { compare } from './compare';
import { editor } from './editor';
import { cost } from './cost';
import { glossary } from './glossary';
import { growth } from './growth';
import { io } from './io';
import { realSystems } from './realSystems';
import { mappedWrite } from './mappedWrite';
import { machine } from './machine';
import { offline } from './offline';
import { playback } from './playback';
import { terms } from './terms';
import { memory } from './memory';
import { share } from './share';
import { entry } from './entry';
import { exporting } from './exporting';
import { steps } from './steps';
import { strace } from './strace';
import { ui } from './ui';
import { kernelCopy } from './kernelCopy';
import { kernelCopyUi } from './kernelCopyUi';
import { classroom } from './classroom';
import { classroomStart } from './classroomStart';
import { uring } from './uring';

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
  ...exporting,
  ...compare,
  ...kernelCopy,
  ...kernelCopyUi,
  ...classroomStart,
  ...classroom,
  ...growth,
  ...uring,
  ...realSystems,
  ...mappedWrite,
};
