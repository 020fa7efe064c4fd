import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/**
 * Readable from the back row (issue 13): on the screens lecture halls project (1024×768, 1280×800,
 * 1920×1080), in both languages, the machine view is the largest thing on the screen and its text, the
 * narration and the counters are big enough. Measured in CSS px from the rendered page.
 */
const SIZES = [
  { width: 1024, height: 768, minFont: 18 },
  { width: 1280, height: 800, minFont: 18 },
  { width: 1920, height: 1080, minFont: 24 },
] as const;

interface Measure {
  /** The drawn picture's share of the viewport (the SVG letterboxes its 16:9 picture: meet). */
  readonly share: number;
  /** Smallest rendered size of any visible text in the machine view, the narration and the counter values. */
  readonly machineFont: number;
  readonly narrationFont: number;
  readonly counterFont: number;
  /** The page's and the header's widest extent against the viewport. */
  readonly overflow: number;
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const svg = document.querySelector<SVGSVGElement>('[data-view="machine"]')!;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const k = Math.min(box.width / vb.width, box.height / vb.height);
    const w = vb.width * k;
    const h = vb.height * k;
    const left = box.left + (box.width - w) / 2;
    const top = box.top + (box.height - h) / 2;
    const seen = (Math.min(left + w, vw) - Math.max(left, 0)) * (Math.min(top + h, vh) - Math.max(top, 0));
    let machineFont = Infinity;
    for (const text of svg.querySelectorAll('text')) {
      if (text.getBBox().width === 0 || text.closest('[aria-hidden="true"]')) continue;
      const m = text.getScreenCTM();
      // Scale of the text's user space on screen (the band labels are rotated: a = 0, b = scale).
      const size = parseFloat(getComputedStyle(text).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
      machineFont = Math.min(machineFont, size);
    }
    const fontOf = (els: Iterable<Element>) => {
      let min = Infinity;
      for (const el of els) {
        if (!(el instanceof HTMLElement) || el.offsetWidth === 0 || !el.textContent?.trim()) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
      return min;
    };
    const narration = document.querySelector('[data-view="narration"]')!;
    const header = document.querySelector('.app-header');
    const widest = Math.max(
      document.documentElement.scrollWidth,
      header ? header.scrollWidth : 0,
      ...[...(header?.querySelectorAll('*') ?? [])].map((el) => el.getBoundingClientRect().right),
    );
    return {
      share: Math.max(0, seen) / (vw * vh),
      machineFont,
      narrationFont: fontOf(narration.querySelectorAll('p, span, code')),
      counterFont: fontOf(document.querySelectorAll('[data-counter]')),
      overflow: widest - vw,
    };
  });
}

/**
 * What the presenter's controls cover while they show: the drawn picture, the narration and each counter
 * are checked against the controls' band (the picture's letterbox, not its SVG box).
 */
function coveredByControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const band = document.querySelector('.presenter-controls')!.getBoundingClientRect();
    const out: string[] = [];
    const check = (name: string, r: { top: number; bottom: number; left: number; right: number }) => {
      const overlap = Math.min(r.bottom, band.bottom) - Math.max(r.top, band.top);
      const across = Math.min(r.right, band.right) - Math.max(r.left, band.left);
      if (overlap > 0.5 && across > 0.5) out.push(name);
    };
    const svg = document.querySelector<SVGSVGElement>('[data-view="machine"]')!;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const k = Math.min(box.width / vb.width, box.height / vb.height);
    const top = box.top + (box.height - vb.height * k) / 2;
    check('machine', { top, bottom: top + vb.height * k, left: box.left, right: box.right });
    check('narration', document.querySelector('[data-view="narration"]')!.getBoundingClientRect());
    for (const c of document.querySelectorAll('[data-counter]')) {
      // Only the part its scrolling column shows: a counter scrolled out of view is not behind the controls.
      const r = c.getBoundingClientRect();
      const col = c.closest('.presenter-strip, .presenter-side')?.getBoundingClientRect() ?? r;
      const shown = { top: Math.max(r.top, col.top), bottom: Math.min(r.bottom, col.bottom) };
      if (shown.bottom > shown.top) check(`counter ${c.getAttribute('data-counter')}`, { ...r, ...shown });
    }
    return out;
  });
}

/** Each button and text of the header is on one line and inside the screen (no "简\n体\n中\n文"). */
async function expectHeaderFits(page: Page): Promise<void> {
  const header = page.locator('.app-header');
  const bad = await header.evaluate((el) => {
    const out: string[] = [];
    const bottom = el.getBoundingClientRect().bottom;
    for (const b of el.querySelectorAll<HTMLElement>('button, .scenario-title')) {
      const r = b.getBoundingClientRect();
      const line =
        parseFloat(getComputedStyle(b).lineHeight) || parseFloat(getComputedStyle(b).fontSize) * 1.4;
      if (b.tagName === 'BUTTON' && r.height > 2.2 * line) out.push(`${b.textContent} wraps`);
      if (r.right > window.innerWidth + 0.5 || r.bottom > bottom + 0.5 || r.width < 1)
        out.push(`${b.textContent} cut`);
    }
    return out;
  });
  expect(bad).toEqual([]);
}

for (const lang of ['en', 'zh-CN'] as const) {
  for (const { width, height, minFont } of SIZES) {
    test(`presenter mode at ${width}×${height}, ${lang}: machine ≥ half the screen, type ≥ ${minFont} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const hash of [
        `#/cow-fork?step=16&lang=${lang}&present=1&v=1`,
        `#/read-write?file=10000&step=12&lang=${lang}&present=1&v=1`,
      ]) {
        await open(page, hash);
        // What the room sees: the controls rest hidden until the presenter moves the pointer.
        await expect(page.locator('[data-mode="present"]')).toHaveAttribute('data-controls', 'hidden', {
          timeout: 6000,
        });
        const m = await measure(page);
        expect(m.share, hash).toBeGreaterThanOrEqual(0.5);
        expect(m.machineFont, hash).toBeGreaterThanOrEqual(minFont);
        expect(m.narrationFont, hash).toBeGreaterThanOrEqual(minFont);
        expect(m.counterFont, hash).toBeGreaterThanOrEqual(minFont);
        expect(m.overflow, hash).toBeLessThanOrEqual(0);
        // When they show, the picture gives way: nothing the room reads is behind them.
        await page.mouse.move(width / 2, height / 2);
        await page.mouse.move(width / 2 + 8, height / 2 + 8);
        await expect(page.locator('[data-mode="present"]')).toHaveAttribute('data-controls', 'shown');
        await expect.poll(() => coveredByControls(page), { message: hash }).toEqual([]);
      }
    });

    test(`projector theme at ${width}×${height}, ${lang}: machine ≥ a third of the screen, header fits`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const hash of [
        `#/cow-fork?step=16&lang=${lang}&theme=projector&v=1`,
        `#/read-write?file=10000&step=12&lang=${lang}&theme=projector&v=1`,
      ]) {
        await open(page, hash);
        const m = await measure(page);
        expect(m.share, hash).toBeGreaterThanOrEqual(1 / 3);
        expect(m.overflow, hash).toBeLessThanOrEqual(0);
        await expectHeaderFits(page);
      }
    });
  }
}
