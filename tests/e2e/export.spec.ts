import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { getStraceLines, simulate } from '../../src/sim/index';
import { currentStep, open, paramsOf } from './helpers';

const LINK = '#/read-write?file=10000&step=11&lang=en&v=1';

/** Opens the Export dialog and clicks one of its buttons; returns the download it starts. */
async function exportFile(page: Page, button: string): Promise<Download> {
  await page.locator('[data-share="export"]').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${button}"]`).click(),
  ]);
  await expect(page.locator('[data-export="status"]')).toContainText(download.suggestedFilename());
  await page.keyboard.press('Escape');
  return download;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The share of pixels whose colour differs by more than `threshold` (of 255) in any channel between two PNGs
 * of one size, decoded by the browser.
 */
async function pixelDifference(page: Page, a: Buffer, b: Buffer, threshold = 64): Promise<number> {
  return page.evaluate(
    async ([x, y, limit]) => {
      const pixels = async (base64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height).data;
      };
      const [p, q] = await Promise.all([pixels(x), pixels(y)]);
      if (p.length !== q.length) return 1;
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.max(
          Math.abs(p[i]! - q[i]!),
          Math.abs(p[i + 1]! - q[i + 1]!),
          Math.abs(p[i + 2]! - q[i + 2]!),
        );
        if (d > limit) differ++;
      }
      return differ / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64'), threshold] as const,
  );
}

/** The machine view as the page draws it, at the export's size (960 × 540) on the panel's colour. */
async function screenView(page: Page): Promise<Buffer> {
  await page.evaluate(() => {
    const svg = document.querySelector('svg[data-view="machine"]')!;
    const frame = document.createElement('div');
    frame.id = 'view-copy';
    frame.style.cssText =
      'position:fixed;left:0;top:0;width:960px;height:540px;z-index:10000;background:var(--panel)';
    frame.append(svg.cloneNode(true));
    document.body.append(frame);
  });
  const shot = await page.locator('#view-copy').screenshot();
  await page.evaluate(() => document.getElementById('view-copy')?.remove());
  return shot;
}

for (const [lang, theme] of [
  ['en', 'light'],
  ['zh-CN', 'dark'],
] as const) {
  test(`the step's SVG opens on its own and looks like the view (${lang}, ${theme})`, async ({
    page,
    browser,
  }, info) => {
    await open(page, LINK.replace('lang=en', `lang=${lang}&theme=${theme}`));
    const onScreen = await screenView(page);
    const download = await exportFile(page, 'svg');
    expect(download.suggestedFilename()).toBe('data-path-lab-read-write-step-12.svg');
    const file = info.outputPath('step.svg');
    await download.saveAs(file);
    const svg = await readFile(file, 'utf8');
    // Standalone: its own namespace and size, styles inline (no class left to a stylesheet), text as text.
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<svg[^>]* width="960" height="540"/);
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain(lang === 'en' ? '>page cache<' : '>页缓存<');

    const viewer = await browser.newPage({ viewport: { width: 960, height: 540 } });
    await viewer.goto(`file://${file}`);
    const fromFile = await viewer.screenshot();
    await viewer.close();
    const diff = await pixelDifference(page, onScreen, fromFile);
    console.log(`SVG vs screen (${lang}, ${theme}): ${(diff * 100).toFixed(2)} % of pixels differ`);
    expect(diff).toBeLessThan(0.01);
  });
}

test('PNG exports are 960 × 540 at 1× and 1920 × 1080 at 2×', async ({ page }, info) => {
  await open(page, LINK);
  for (const [button, width, height] of [
    ['png1', 960, 540],
    ['png2', 1920, 1080],
  ] as const) {
    const download = await exportFile(page, button);
    const file = info.outputPath(`${button}.png`);
    await download.saveAs(file);
    const png = await readFile(file);
    expect(pngSize(png)).toEqual({ width, height });
    // A drawn picture, not an empty canvas.
    expect(png.length).toBeGreaterThan(20_000);
  }
});

test('a range of steps records as a WebM video of the expected length; Cancel stops a recording', async ({
  page,
}, info) => {
  await open(page, LINK);
  await page.locator('[data-share="export"]').click();
  await page.locator('[data-export-video="from"]').fill('3');
  await page.locator('[data-export-video="to"]').fill('10');
  await page.locator('[data-export-video="rate"]').selectOption('4');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('[data-export="webm"]').click(),
    expect(page.locator('[data-export="progress"]')).toBeVisible(),
  ]);
  expect(download.suggestedFilename()).toBe('data-path-lab-read-write-steps-3-10.webm');
  const file = info.outputPath('steps.webm');
  await download.saveAs(file);
  const webm = await readFile(file);
  // The EBML magic of a WebM (Matroska) file, and more than a header.
  expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  expect(webm.length).toBeGreaterThan(5_000);
  // 8 steps at 4 a second: about 2 s, as the browser's own decoder reads it (the recorder stamps frames with
  // the wall clock, so a busy machine shifts it a little).
  const seconds = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = () => reject(new Error(video.error?.message ?? 'cannot decode'));
    });
    if (!Number.isFinite(video.duration)) {
      video.currentTime = 1e9;
      await new Promise((resolve) => (video.ontimeupdate = resolve));
    }
    return { duration: video.duration, width: video.videoWidth, height: video.videoHeight };
  }, webm.toString('base64'));
  console.log(`video: ${JSON.stringify(seconds)}`);
  expect(seconds.width).toBe(960);
  expect(seconds.height).toBe(540);
  expect(seconds.duration).toBeGreaterThan(1.7);
  expect(seconds.duration).toBeLessThan(3);

  // A long recording, cancelled: no download, and the dialog says so.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.locator('[data-export-video="to"]').fill('45');
  await page.locator('[data-export-video="rate"]').selectOption('1');
  await page.locator('[data-export="webm"]').click();
  await expect(page.locator('[data-export="progress"]')).toBeVisible();
  await page.locator('[data-export="cancel"]').click();
  await expect(page.locator('[data-export="status"]')).toHaveText('Recording cancelled.');
  await expect(page.locator('[data-export="webm"]')).toBeEnabled();
  expect(downloads).toBe(0);
});

test('the video range is checked before recording', async ({ page }) => {
  await open(page, LINK);
  await page.locator('[data-share="export"]').click();
  await page.locator('[data-export-video="from"]').fill('9');
  await page.locator('[data-export-video="to"]').fill('4');
  await expect(page.locator('[data-export="webm"]')).toBeDisabled();
  await expect(page.locator('[data-export-video="to"]')).toHaveAttribute('aria-invalid', 'true');
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`Print handout prints the run: program, counters with the textbook, strace, every call's narration (${lang})`, async ({
    page,
  }, info) => {
    await open(page, LINK.replace('lang=en', `lang=${lang}`));
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.locator('[data-share="export"]').click();
    await page.locator('[data-export="print"]').click();
    const handout = page.getByTestId('print-handout');
    await expect(handout).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On screen nothing changes; in print the handout replaces the app.
    await expect(handout).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(page.locator('#root')).toBeHidden();

    const trace = simulate('read-write', paramsOf('read-write', 'file=10000'));
    await expect(handout.locator('[data-handout-call]')).toHaveCount(trace.groups.syscallStart.length);
    await expect(handout.locator('[data-handout-counter="cpuCopies"]')).toHaveText(
      String(trace.totals.cpuCopies),
    );
    await expect(handout.locator('.handout-strace li')).toHaveCount(getStraceLines(trace).length);
    await expect(handout.locator('.handout-strace li').first()).toHaveText(getStraceLines(trace)[0]!);
    await expect(handout.locator('.handout-program li')).toHaveCount(trace.program.length);
    await expect(
      handout.locator('.handout-counters th', { hasText: lang === 'en' ? 'Textbook' : '教材' }),
    ).toHaveCount(1);
    await expect(handout.locator('[data-handout-call="read"] td').first()).toContainText(
      lang === 'en' ? 'read' : '内核',
    );
    await page.screenshot({ path: info.outputPath(`handout-${lang}.png`), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
}

test('the Export dialog works from the keyboard and axe finds nothing in it', async ({ page }) => {
  await open(page, LINK);
  const button = page.locator('[data-share="export"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  // Focus starts inside; the app's keys stay out (Space does not start playback behind the dialog).
  await expect(page.locator('[data-export="svg"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-export="png1"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-export="status"]')).toContainText('step-12-1x.png');
  await page.waitForTimeout(500);
  expect(await currentStep(page)).toBe(11);
  const { violations } = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('a long run prints its first 150 calls and says how many more there are', async ({ page }) => {
  await open(page, '#/read-write?file=1m&lang=en&v=1');
  await page.evaluate(() => (window.print = () => undefined));
  await page.locator('[data-share="export"]').click();
  await page.locator('[data-export="print"]').click();
  const handout = page.getByTestId('print-handout');
  const calls = simulate('read-write', paramsOf('read-write', 'file=1m')).groups.syscallStart.length;
  expect(calls).toBeGreaterThan(300);
  await expect(handout.locator('[data-handout-call]')).toHaveCount(150);
  await expect(handout.locator('.handout-narration')).toContainText(
    `… and ${calls - 150} more system calls.`,
  );
  await expect(handout.locator('.handout-strace')).toContainText(`… and ${calls - 300} more system calls.`);
});
