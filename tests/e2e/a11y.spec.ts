import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { THEMES } from '../../src/url/fields';
import { LOCALES } from '../../src/i18n/index';
import { expectStep, stepCount } from './helpers';

/**
 * axe (WCAG 2.x A/AA and best-practice rules) finds nothing on every view, in every theme and both
 * languages. One page per theme × language; views are reached by changing the hash, as a reader would.
 */
// Eight views and a dialog, each a full axe run: far more than one ordinary e2e test on a shared 2-core box.
test.describe.configure({ timeout: 240_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on the page as short, readable lines (rule, impact, the first few targets). */
async function violations(page: Page, view: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map(
    (v) =>
      `${view}: ${v.id} (${v.impact}) ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('[data-steps]')).toBeVisible();
}

for (const theme of THEMES) {
  for (const lang of LOCALES) {
    test(`axe: no violations, ${theme} theme, ${lang}`, async ({ page }) => {
      const found: string[] = [];
      const view = `lang=${lang}&theme=${theme}&v=1`;
      const scan = async (name: string) => found.push(...(await violations(page, name)));

      await go(page, `#/read-write?file=10000&step=12&${view}`);
      await expectStep(page, 12);
      await scan('machine, mid step');
      const last = (await stepCount(page)) - 1;
      await go(page, `#/read-write?file=10000&step=${last}&${view}`);
      await expectStep(page, last);
      await scan('machine, last step');

      await go(page, `#/mmap-write?file=100000&step=20&pane=memory&${view}`);
      await expectStep(page, 20);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await scan('memory, mid step');
      const lastMemory = (await stepCount(page)) - 1;
      await go(page, `#/mmap-write?file=100000&step=${lastMemory}&pane=memory&${view}`);
      await expectStep(page, lastMemory);
      await scan('memory, last step');

      await go(page, `#/cow-fork?step=15&${view}`);
      await page.locator('.gallery-toggle').click();
      await expect(page.locator('.gallery')).toBeVisible();
      await scan('scenario gallery');
      await page.keyboard.press('Escape');
      await expect(page.locator('.gallery')).toHaveCount(0);

      // A link with refused parts opens the notice banner (the app's one dismissible message).
      await go(page, `#/direct-io?file=12x&bufoff=8192&step=5&${view}`);
      await expect(page.locator('.notices')).toBeVisible();
      await scan('link notice');

      // Presenter and embed modes (links an instructor puts on a slide or a course page).
      await go(page, `#/read-write?file=10000&step=12&present=1&${view}`);
      await scan('presenter mode');
      await go(page, `#/read-write?file=10000&step=12&embed=1&${view}`);
      await scan('embed mode');
      await go(page, `#/read-write?file=10000&step=12&${view}`);

      // Any dialog the build has (share, presenter help…): open each opener and scan it.
      for (const opener of await page.locator('[aria-haspopup="dialog"]').all()) {
        await opener.click();
        await expect(page.locator('[role="dialog"], dialog[open]').first()).toBeVisible();
        await scan(`dialog ${await opener.getAttribute('aria-label')}`);
        await page.keyboard.press('Escape');
      }

      expect(found).toEqual([]);
    });
  }
}
