import { createPortal, flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CATALOGS } from '../../i18n/index';
import { narrate } from '../../i18n/narrate';
import { getStep, parseParams } from '../../sim/index';
import { getLogHead, getPlayRange } from '../../state/index';
import { COUNTER_ROWS, counterValue, formatCounter } from '../counters/counterRows';
import { getTextbookFigures, textbookFigure, textbookKeyOf } from '../counters/textbook';
import { VIEW_H, VIEW_W } from '../machine/layout';
import { MachineView } from '../machine/MachineView';
import { useLinkSource } from '../share/LinkSourceContext';

/**
 * What the lazily loaded export code uses from the page's own bundle, handed to it by the Export button. Were
 * the lazy chunks to import these modules themselves, the bundler would split them out of the entry into
 * chunks of their own, and the page's initial JavaScript would grow by the chunks' overhead (DESIGN §9).
 */
export const EXPORT_KIT = {
  MachineView,
  viewSize: { width: VIEW_W, height: VIEW_H },
  createRoot,
  createPortal,
  flushSync,
  narrate,
  catalogs: CATALOGS,
  sim: { getStep, parseParams },
  // The worker's strace log: the page's bundle has no strace formatting.
  getLogHead,
  getPlayRange,
  counterRows: { COUNTER_ROWS, counterValue, formatCounter },
  textbook: { getTextbookFigures, textbookFigure, textbookKeyOf },
  useLinkSource,
} as const;
export type ExportKit = typeof EXPORT_KIT;
