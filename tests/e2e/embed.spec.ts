import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { STEP } from './helpers';

/** A course page on another origin (its own port, chosen by the OS) with the app in an iframe. */
async function hostPage(src: string): Promise<{ url: string; server: Server }> {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>' +
    '<h1>Week 3: zero copy</h1>' +
    `<iframe id="lab" src="${src.replace(/&/g, '&amp;')}" width="960" height="600" title="Data Path Lab" ` +
    'loading="lazy"></iframe></body></html>';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

test('an embed on another origin plays only its range and loops from `to` back to `from`', async ({
  page,
  baseURL,
}) => {
  const from = 3;
  const to = 9;
  const src = `${baseURL}/#/read-write?file=10000&step=${from}&lang=en&from=${from}&to=${to}&embed=1&autoplay=1&loop=1&speed=4&v=1`;
  const { url, server } = await hostPage(src);
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const historyLength = await page.evaluate(() => history.length);
    expect(new URL(url).port).not.toBe(new URL(baseURL!).port);
    const frame = page.frameLocator('#lab');
    const indicator = frame.locator(STEP);
    await expect(indicator).toBeVisible();
    // Only the machine view, the controls and the counters.
    await expect(frame.locator('[data-mode="embed"]')).toBeVisible();
    await expect(frame.locator('svg[data-scenario="read-write"]')).toBeVisible();
    await expect(frame.locator('[data-counter]').first()).toBeAttached();
    await expect(frame.locator('.app-header, .timeline-pane, .log, .params')).toHaveCount(0);
    // No view tabs: the link's pane alone decides what the embed shows.
    await expect(frame.locator('[role="tablist"], [role="tab"]')).toHaveCount(0);

    // Watch the step indicator: every value within [from, to], and after `to` it comes back to `from`.
    const seen: number[] = [];
    const deadline = Date.now() + 15_000;
    let looped = false;
    while (Date.now() < deadline && !looped) {
      seen.push(Number(await indicator.getAttribute('data-step')));
      const reachedEnd = seen.indexOf(to);
      looped = reachedEnd >= 0 && seen.slice(reachedEnd).includes(from);
      await page.waitForTimeout(40);
    }
    expect(
      seen.every((s) => s >= from && s <= to),
      `steps seen: ${seen.join(',')}`,
    ).toBe(true);
    expect(looped, `steps seen: ${seen.join(',')}`).toBe(true);
    // Still playing after the wrap.
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();

    // The scrubber shows the whole run with the range marked; the host page's history is untouched.
    await expect(frame.locator('.scrubber')).toHaveAttribute('min', '0');
    await expect(frame.locator('.scrubber-range')).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});

test('minimal controls: step back, play/pause, step forward and the step; a range past the end is clamped', async ({
  page,
}) => {
  await page.goto('/#/sendfile?lang=en&from=2&to=999&embed=1&controls=min&v=1');
  await expect(page.locator(STEP)).toHaveAttribute('data-step', '2');
  await expect(page.locator('.controls button')).toHaveCount(3);
  await expect(page.locator('[data-command="stepBack"]')).toBeDisabled();
  await page.locator('[data-command="stepForward"]').click();
  await expect(page.locator(STEP)).toHaveAttribute('data-step', '3');
  await page.locator('[data-command="stepBack"]').click();
  await expect(page.locator('.controls select, .scrubber')).toHaveCount(0);
  await expect(page.locator('.notices')).toContainText('past the end');
  const steps = await page.locator(STEP).getAttribute('data-steps');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator(STEP)).toHaveAttribute('data-step', String(Number(steps) - 1));
});

test('the Embed dialog: labelled, focus kept inside, Esc closes; the snippet plays what it says', async ({
  page,
}) => {
  await page.goto('/#/read-write?file=10000&step=4&lang=en&v=1');
  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this animation' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-embed-option="from"]')).toBeFocused();
  await dialog.locator('[data-embed-option="to"]').fill('12');
  await dialog.locator('[data-embed-option="minimal"]').check();
  const code = await dialog.locator('[data-share="embed-code"]').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/read-write\?file=10000&amp;step=4&amp;/);
  expect(code).toContain('from=4&amp;to=11&amp;embed=1&amp;controls=min&amp;autoplay=1&amp;repeat=1');
  expect(code).toContain('width="960" height="600" title="Data Path Lab: read() + write()" loading="lazy"');

  // Tab from the last control wraps to the first; Shift+Tab from the first to the last.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await dialog.locator('[data-embed-option="from"]').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The snippet's link opens an embed playing steps 4–11.
  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.locator('[data-mode="embed"]')).toBeVisible();
  await expect(page.locator(STEP)).toHaveAttribute('data-step', /^(4|5|6|7|8|9|10|11)$/);
});

test('an embed shows the pane its link names, without view tabs', async ({ page }) => {
  await page.goto('/#/sendfile?file=10000&step=10&lang=en&embed=1&pane=memory&v=1');
  await expect(page.locator('[data-mode="embed"]')).toBeVisible();
  await expect(page.locator('.memory-pane')).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
});

test('embed=1 with present=1: presenter mode, and a notice says embed was ignored', async ({ page }) => {
  await page.goto('/#/sendfile?lang=en&embed=1&present=1&v=1');
  await expect(page.locator('[data-mode="present"]')).toBeVisible();
  await expect(page.locator('[data-mode="embed"]')).toHaveCount(0);
  await expect(page.locator('.notices')).toContainText('“embed=1” is ignored');
  await expect(page.locator('.notices')).toContainText('“present=1”');
  await expect(page).not.toHaveURL(/embed=1/);
  // A fresh load (the app has rewritten the address without embed=1 by now).
  await page.goto('about:blank');
  await page.goto('/#/sendfile?lang=zh-CN&present=1&embed=1&v=1');
  await expect(page.locator('.notices')).toContainText('已忽略“embed=1”');
});

for (const { width, height, minFont } of [
  { width: 480, height: 320, minFont: 9.5 },
  { width: 800, height: 600, minFont: 11 },
  { width: 1280, height: 720, minFont: 18 },
  { width: 1920, height: 1080, minFont: 28 },
]) {
  test(`an embed ${width}×${height}: the machine as large as the frame allows, a line of narration`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(
      '/#/sendfile?file=10000&step=3&from=3&to=12&embed=1&controls=min&narration=1&lang=en&v=1',
    );
    await expect(page.locator('[data-view="narration"]')).toBeVisible();
    const m = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('[data-view="machine"]')!;
      let min = Infinity;
      for (const text of svg.querySelectorAll('text')) {
        const ctm = text.getScreenCTM();
        if (!ctm || text.getBBox().width === 0) continue;
        min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b));
      }
      return { min, wide: document.documentElement.scrollWidth, tall: document.documentElement.scrollHeight };
    });
    expect(m.min).toBeGreaterThanOrEqual(minFont);
    expect(m.wide).toBeLessThanOrEqual(width);
    expect(m.tall).toBeLessThanOrEqual(height);
    await expect(page.locator('[data-command="stepForward"]')).toBeInViewport({ ratio: 1 });
  });
}

test('an embed too small to read says so and links to the full view', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('/#/sendfile?file=10000&step=3&embed=1&lang=en&v=1');
  await expect(page.locator('.embed-too-small')).toBeVisible();
  await expect(page.locator('.embed-too-small a')).toHaveAttribute('href', /#\/sendfile\?file=10000&step=3/);
  await expect(page.locator('[data-view="machine"]')).toBeHidden();
});
