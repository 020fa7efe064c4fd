import { expect, test, type Page } from '@playwright/test';
import { STEP, counters, expectStep, open, totalsOf } from './helpers';

test('a shared link restores scenario, params, step, language and theme', async ({ page }) => {
  await open(page, '#/mmap-write?file=100000&fa=4&step=25&lang=zh-CN&theme=projector&v=1');
  await expectStep(page, 25);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('[data-param="file"] input')).toHaveValue('100000');
  await expect(page.locator('[data-param="fa"] input')).toHaveValue('4');
  await expect(page.locator('.scenario-title')).toHaveText('mmap() + write()');
  await expect(page.locator('.notices')).toHaveCount(0);
});

test('share, open elsewhere, reload: same state; back undoes a scenario change', async ({
  page,
  browser,
}) => {
  await open(page, '#/read-write?lang=en&v=1');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.locator('[data-scenario="sendfile"]').click();
  await expect(page.locator('.scenario-title')).toHaveText('sendfile()');
  const file = page.locator('[data-param="file"] input');
  await file.fill('10000');
  await file.press('Enter');
  await page.locator('[data-param="sg"] select').selectOption('off');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let k = 0; k < 7; k++) await page.keyboard.press('ArrowRight');
  await expectStep(page, 7);
  await expect(page).toHaveURL(/step=7/);
  const link = page.url();
  expect(link).toMatch(/#\/sendfile\?file=10000&sg=off&step=7&lang=en&v=1$/);
  const shown = await counters(page);

  const other = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await other.goto(link);
  await expectStep(other, 7);
  await expect(other.locator('[data-param="file"] input')).toHaveValue('10000');
  await expect(other.locator('[data-param="sg"] select')).toHaveValue('off');
  expect(await counters(other)).toEqual(shown);

  await page.reload();
  await expectStep(page, 7);
  expect(await counters(page)).toEqual(shown);

  await page.goBack();
  await expect(page.locator('[data-param="sg"] select')).toHaveValue('on');
  await page.goBack();
  await page.goBack();
  await expect(page.locator('.scenario-title')).toHaveText('read() + write()');
});

test('a plain visit restores the last state; a link wins over it', async ({ page }) => {
  await open(page, '#/cow-fork?pages=8&step=11&lang=en&v=1');
  await expect(page).toHaveURL(/step=11/);
  await page.goto('/');
  await expectStep(page, 11);
  await expect(page).toHaveURL(/#\/cow-fork\?pages=8&step=11/);
  await page.goto('/#/syscall?lang=en&v=1');
  await expectStep(page, 0);
  await expect(page.locator('.scenario-title')).toHaveText('One system call');
});

test('a hostile link opens the nearest valid state, explains in plain text, injects nothing', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(
    '/#/read-write?file=<img src=x onerror=alert(1)>&step=99999&lang=zz&v=9&__proto__=1&buf=8k&' +
      encodeURIComponent('<script>alert(2)</script>') +
      '=1',
  );
  await expect(page.locator('.notices')).toBeVisible();
  await expect(page.locator('.notices li')).toHaveCount(6);
  await expect(page.locator('.notices')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('.notices img, .notices script').count()).toBe(0);
  await expect(page.locator('[data-param="buf"] input')).toHaveValue('8k');
  const steps = Number(await page.locator('[data-steps]').getAttribute('data-steps'));
  await expectStep(page, steps - 1);
  expect(await counters(page)).toEqual(totalsOf('read-write', 'buf=8k'));
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.notices')).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** No markup from a link may reach the page: no script or img elements, no event handlers, no dialogs. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  expect(await page.locator('#root script, #root img, .notices *[onerror], .notices a').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
  expect(dialogs).toEqual([]);
}

test.describe('hostile links', () => {
  const HOSTILE: [string, string, RegExp][] = [
    [
      'script tag in the route',
      `/#/${encodeURIComponent('<script>alert(1)</script>')}?lang=en&v=1`,
      /no scenario/,
    ],
    [
      'script tag in a value',
      '/#/read-write?file=<script>alert(1)</script>&lang=en&v=1',
      /“file” was ignored/,
    ],
    [
      'img onerror in a view field',
      '/#/read-write?theme=<img src=x onerror=alert(1)>&lang=en',
      /not a valid value/,
    ],
    [
      'javascript: values',
      '/#/read-write?lang=en&pane=javascript:alert(1)&controls=javascript:alert(2)',
      /javascript:alert\(1\)/,
    ],
    ['javascript: as the scenario', '/#/javascript:alert(1)?lang=en', /no scenario/],
    ['step=-1', '/#/sendfile?step=-1&lang=en&v=1', /not a whole number/],
    ['file=1e309', '/#/read-write?file=1e309&lang=en&v=1', /“file” was ignored/],
    [
      'from=-1 and scale out of range',
      '/#/syscall?from=-1&scale=1e309&present=1&lang=en',
      /not a whole number|scale/,
    ],
    ['a 1.5 MB parameter', `/#/read-write?file=${'9'.repeat(1_500_000)}&lang=en`, /longer than 2,048/],
  ];
  for (const [name, link, notice] of HOSTILE) {
    test(name, async ({ page }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(link);
      await expect(page.locator('.notices')).toBeVisible();
      await expect(page.locator('.notices')).toContainText(notice);
      await expectNothingInjected(page, dialogs);
      // The app works: it steps, and the link it writes is clean.
      const step = Number(await page.locator(STEP).getAttribute('data-step'));
      const last = Number(await page.locator(STEP).getAttribute('data-steps')) - 1;
      await page.keyboard.press(step < last ? 'ArrowRight' : 'ArrowLeft');
      await expectStep(page, step < last ? step + 1 : step - 1);
      expect(decodeURIComponent(page.url())).not.toMatch(/<|javascript:|1e309/);
      expect(errors).toEqual([]);
    });
  }

  test('a 10 MB parameter (pasted into the address bar of an open app)', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await open(page, '#/read-write?lang=en&v=1');
    // Chromium refuses to load a URL over 2 MB, so the 10 MB hash arrives as a hash change.
    await page.evaluate(() => {
      location.hash = `#/sendfile?file=${'<img src=x onerror=alert(1)>'.repeat(380_000)}&step=3&lang=en`;
    });
    await expect(page.locator('.notices')).toContainText('longer than 2,048');
    await expect(page.locator('.scenario-title')).toHaveText('sendfile()');
    await expectNothingInjected(page, dialogs);
    expect(page.url().length).toBeLessThan(200);
  });
});
