import { expect, test } from '@playwright/test';
import { counters, expectStep, STEP, stepCount, totalsOf } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline: reload, Chinese, the memory view, play to the end', async ({
  page,
  context,
}) => {
  await page.goto('/#/cow-fork?lang=en&v=1');
  await expect(page.locator(STEP)).toBeVisible();
  // The service worker registers when the page is idle and precaches every asset, lazy views included.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 30_000,
    })
    .toBe('activated');

  await context.setOffline(true);
  await page.goto('/#/cow-fork?lang=zh-CN&pane=memory&v=1');
  await page.reload();
  await expect(page.locator(`${STEP}[data-scenario="cow-fork"]`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('tab', { name: '内存与页表' })).toHaveAttribute('aria-selected', 'true');
  // The memory view (a lazily loaded chunk) shows its page-table entries, in Chinese.
  await expect(page.locator('.mem-pte-bits').first()).toBeVisible();
  await page.keyboard.press('End');
  await expectStep(page, (await stepCount(page)) - 1);
  expect(await counters(page)).toEqual(totalsOf('cow-fork', ''));
  // Another scenario: its run comes from the (precached) worker.
  await page.goto('/#/sendfile?lang=zh-CN&file=64k&v=1');
  await expect(page.locator(`${STEP}[data-scenario="sendfile"]`)).toBeVisible();
});
