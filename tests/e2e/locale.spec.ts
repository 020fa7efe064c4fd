import { expect, test, type Page } from '@playwright/test';
import { expectStep, open } from './helpers';

/** The browser says Chinese; the link and the saved choice may say otherwise (link → saved → browser). */
test.use({ locale: 'zh-CN' });

const html = (page: Page) => page.locator('html');

test('a first visit follows the browser language', async ({ page }) => {
  expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-CN');
  await page.goto('/');
  await expect(page.locator('[data-steps]')).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.app-title')).toHaveText('数据通路实验室');
});

test('a link’s language wins over the browser, and is then the saved choice', async ({ page }) => {
  await open(page, '#/sendfile?step=3&lang=en&v=1');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(page.locator('.scenario-title')).toHaveText('sendfile()');
  // A link without a language (a hand-typed one) uses the saved choice, not the browser's Chinese.
  await open(page, '#/splice?step=2&v=1');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  // A plain visit restores the saved state, language included.
  await page.goto('/');
  await expectStep(page, 2);
  await expect(html(page)).toHaveAttribute('lang', 'en');
});

test('switching language at any step keeps the step and the state', async ({ page }) => {
  await open(page, '#/read-write?file=10000&step=12&lang=en&theme=dark&v=1');
  const narration = page.locator('[data-testid="narration"]');
  const english = await narration.textContent();
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(html(page)).toHaveAttribute('lang', 'zh-CN');
  await expectStep(page, 12);
  await expect(narration).not.toHaveText(english ?? '');
  await expect(narration).toContainText(/[\u4e00-\u9fff]/);
  await expect(page).toHaveURL(/#\/read-write\?file=10000&step=12&lang=zh-CN&theme=dark&v=1$/);
  await page.getByRole('button', { name: 'English' }).click();
  await expectStep(page, 12);
  await expect(narration).toHaveText(english ?? '');
});

test('Chinese is loaded on demand, yet a Chinese link paints Chinese from the first frame', async ({
  page,
}) => {
  // Every text the title ever showed, from the moment it is inserted.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { titles: string[] }).titles = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.app-title')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await open(page, '#/read-write?step=3&lang=zh-CN&v=1');
  await expect(page.locator('.app-title')).toHaveText('数据通路实验室');
  expect(await page.evaluate(() => (window as unknown as { titles: string[] }).titles)).toEqual([
    '数据通路实验室',
  ]);
  // The catalogue came as its own script, not inside the entry script.
  const entry = await page.locator('script[type="module"]').getAttribute('src');
  const main = await (await page.request.get(new URL(entry!, page.url()).href)).text();
  expect(main).not.toContain('数据通路实验室');
  expect(scripts.some((s) => /zh-CN/.test(s))).toBe(true);
});
