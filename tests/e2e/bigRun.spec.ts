import { expect, test, type Page } from '@playwright/test';
import { expectedSteps } from '../../src/sim/index';
import { STEP, counters, expectStep, open, paramsOf, stepCount, totalsOf } from './helpers';
import { longTasksBetween, recordLongTasks } from './longTasks';

/**
 * The link issue 11 names: a warm 1 GiB read-write, whose build is linear since the socket send buffer is
 * bounded (rule 10); with an unbounded send queue it never finished.
 */
const CACHE = 'warm';
const BIG = `file=1g&cache=${CACHE}`;

/** Milliseconds from a key press to the step indicator showing the next step. */
async function keyToStepMs(page: Page): Promise<number> {
  const before = Number(await page.locator(STEP).getAttribute('data-step'));
  await page.evaluate((sel) => {
    const w = window as unknown as { keyAt?: number; stepAt?: number };
    w.keyAt = undefined;
    w.stepAt = undefined;
    addEventListener('keydown', (e) => (w.keyAt = e.timeStamp), { capture: true, once: true });
    new MutationObserver((_, obs) => {
      w.stepAt = performance.now();
      obs.disconnect();
    }).observe(document.querySelector(sel)!, { attributes: true, attributeFilter: ['data-step'] });
  }, STEP);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, before + 1);
  return page.evaluate(() => {
    const w = window as unknown as { keyAt: number; stepAt: number };
    return w.stepAt - w.keyAt;
  });
}

test.describe('a 1 GiB run', () => {
  // One big build at a time: two at once on a two-core machine would measure the machine, not the app.
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);

  test('builds in the worker: a progress bar, a page that answers, then the right counters', async ({
    page,
  }) => {
    await recordLongTasks(page);
    await open(page, '#/read-write?file=64k&lang=en&v=1');
    await page.evaluate((hash) => (location.hash = hash), `#/read-write?${BIG}&lang=en&v=1`);
    // Until the big run is ready, the app shows (and plays) the one it had.
    const bar = page.getByRole('progressbar');
    await expect(bar).toBeVisible();
    const estimate = expectedSteps('read-write', paramsOf('read-write', BIG));
    await expect(bar).toHaveAttribute('aria-valuemax', String(estimate));
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);

    expect(await keyToStepMs(page)).toBeLessThan(100);
    // From here (the app's own start-up over) to the trace's arrival, no task may block the page.
    const from = await page.evaluate(() => performance.now());

    await expect(bar).toHaveCount(0, { timeout: 150_000 });
    const readyAt = await page.evaluate(
      () => performance.getEntriesByName('dpl:build-ready').at(-1)?.startTime ?? Infinity,
    );
    expect(await longTasksBetween(page, from, readyAt)).toEqual([]);

    const want = totalsOf('read-write', BIG);
    expect(await stepCount(page)).toBeGreaterThan(2_000_000);
    await page.keyboard.press('End');
    await expectStep(page, (await stepCount(page)) - 1);
    expect(await counters(page)).toEqual(want);
    expect(decodeURIComponent(page.url())).toContain('file=1g');
  });

  test('a 1 GiB link opened afresh: the page says it is building; Cancel opens the default run instead', async ({
    page,
  }) => {
    await page.goto(`/#/read-write?${BIG}&lang=en&v=1`);
    await expect(page.getByRole('status')).toContainText('Building the run');
    const bar = page.getByRole('progressbar');
    await expect(bar).toBeVisible();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.notices')).toContainText('was cancelled');
    // No "previous run is kept": there was none. The default run (read-write, 4 KiB) takes its place.
    await expect(page.locator('.notices')).not.toContainText('previous run');
    await expect(page.locator(`${STEP}[data-scenario="read-write"]`)).toBeVisible();
    await page.keyboard.press('End');
    await expectStep(page, (await stepCount(page)) - 1);
    expect(await counters(page)).toEqual(totalsOf('read-write', ''));
  });

  test('Cancel in the middle keeps the previous run and its link, and says so', async ({ page }) => {
    await open(page, '#/read-write?file=64k&lang=en&v=1');
    await page.keyboard.press('End');
    const steps = await stepCount(page);
    await expectStep(page, steps - 1);
    const before = await counters(page);
    // The address bar takes the step after a short throttle.
    await expect.poll(() => page.url()).toContain(`step=${steps - 1}`);
    const link = page.url();

    await page.evaluate((hash) => (location.hash = hash), `#/read-write?${BIG}&lang=en&v=1`);
    const bar = page.getByRole('progressbar');
    await expect(bar).toBeVisible();
    // The previous run is still usable while the new one builds.
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('End');
    await expectStep(page, steps - 1);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(bar).toHaveCount(0);
    await expect(page.locator('.notices')).toContainText('was cancelled');
    expect(await stepCount(page)).toBe(steps);
    expect(await counters(page)).toEqual(before);
    await expect.poll(() => page.url()).toBe(link);
  });
});
