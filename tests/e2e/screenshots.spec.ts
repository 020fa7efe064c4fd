import { expect, test } from '@playwright/test';
import { expectStep } from './helpers';

/**
 * Screenshots for people to look at (DESIGN §10): both viewports, both languages, light, dark and projector,
 * several scenarios mid-way. Written to test-results/screenshots/; the test fails only on a page error.
 */
const SHOTS = [
  ['1920', 'en', 'light', 'read-write', 'file=10000', 14],
  ['1920', 'zh-CN', 'projector', 'read-write', 'file=10000', 14],
  ['1280', 'en', 'projector', 'cow-fork', '', 15],
  ['1280', 'zh-CN', 'light', 'cow-fork', '', 15],
  ['1920', 'en', 'projector', 'mmap-write', 'file=100000', 20],
  ['1280', 'en', 'light', 'mmap-write', 'file=100000', 20],
  ['1920', 'zh-CN', 'light', 'sendfile', 'sg=off', 9],
  ['1280', 'zh-CN', 'projector', 'sendfile', 'sg=off', 9],
  ['1920', 'en', 'dark', 'splice', 'file=100000', 30],
  ['1280', 'en', 'dark', 'direct-io', 'file=10000', 12],
] as const;

const SIZES = { '1920': { width: 1920, height: 1080 }, '1280': { width: 1280, height: 800 } };

for (const [size, lang, theme, scenario, query, step] of SHOTS) {
  const name = `${scenario}-${size}-${lang}-${theme}`;
  test(`screenshot ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewportSize(SIZES[size]);
    await page.goto(`/#/${scenario}?${query}${query ? '&' : ''}step=${step}&lang=${lang}&theme=${theme}&v=1`);
    await expectStep(page, step);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/screenshots/${name}.png` });
    expect(errors).toEqual([]);
  });
}

test('screenshot of the gallery and a notice', async ({ page }) => {
  for (const [size, lang, theme] of [
    ['1920', 'en', 'light'],
    ['1280', 'zh-CN', 'projector'],
  ] as const) {
    await page.setViewportSize(SIZES[size]);
    await page.goto('about:blank');
    await page.goto(`/#/read-write?file=12x&lang=${lang}&theme=${theme}&v=1`);
    await page.locator('.gallery-toggle').click();
    await expect(page.locator('.gallery')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/gallery-${size}-${lang}-${theme}.png` });
  }
});
