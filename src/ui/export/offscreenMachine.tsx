import type { Root } from 'react-dom/client';
import type { Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import type { ExportKit } from './exportKit';

/**
 * The machine view drawn outside the screen at its own size (960 × 540), one step at a time, so an export shows
 * the state after a step whatever the visible view is doing (playing, animating, another pane). It sits in the
 * document, under the page's theme, so the styles an export inlines are the ones on screen.
 */
export class OffscreenMachine {
  private readonly host: HTMLDivElement;
  private readonly root: Root;

  constructor(
    private readonly kit: ExportKit,
    private readonly trace: Trace,
    private readonly locale: Locale,
  ) {
    this.host = document.createElement('div');
    this.host.setAttribute('aria-hidden', 'true');
    this.host.inert = true;
    this.host.className = 'export-offscreen';
    const { width, height } = kit.viewSize;
    Object.assign(this.host.style, {
      position: 'fixed',
      left: `-${width * 4}px`,
      top: '0',
      width: `${width}px`,
      height: `${height}px`,
      overflow: 'hidden',
      pointerEvents: 'none',
    });
    document.body.append(this.host);
    this.root = kit.createRoot(this.host);
  }

  /** Draws `step` (discrete frame, no motion) and returns the view's SVG element. */
  draw(step: number): SVGSVGElement {
    const { MachineView } = this.kit;
    this.kit.flushSync(() => {
      this.root.render(<MachineView trace={this.trace} step={step} locale={this.locale} reducedMotion />);
    });
    const svg = this.host.querySelector('svg');
    if (!svg) throw new Error('the machine view did not render');
    return svg;
  }

  dispose(): void {
    this.root.unmount();
    this.host.remove();
  }
}
