import type { Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import type { ExportKit } from './exportKit';
import { OffscreenMachine } from './offscreenMachine';
import { svgToPng } from './rasterize';
import { standaloneSvg } from './standaloneSvg';

/** The theme's panel colour: what shows behind the machine view on screen. */
export function viewBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#ffffff';
}

/** The machine view after `step` as a standalone SVG file's text (theme inlined, text as text). */
export function stepSvg(kit: ExportKit, trace: Trace, step: number, locale: Locale): string {
  const machine = new OffscreenMachine(kit, trace, locale);
  try {
    return standaloneSvg(machine.draw(step), { background: viewBackground() });
  } finally {
    machine.dispose();
  }
}

/** The same picture as a PNG, `scale` × 960 × 540. */
export function stepPng(
  kit: ExportKit,
  trace: Trace,
  step: number,
  locale: Locale,
  scale: number,
): Promise<Blob> {
  return svgToPng(stepSvg(kit, trace, step, locale), kit.viewSize.width, kit.viewSize.height, scale);
}
