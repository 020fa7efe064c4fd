import { expect, test } from '@playwright/test';
import { CATALOGS, loadLocale, loadNarration, loadViewMessages } from '../../src/i18n/index';
import { open } from './helpers';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`every dotted counter name has its definition on hover, focus and tap (${lang})`, async ({ page }) => {
    await Promise.all([loadLocale(lang), loadViewMessages(), loadNarration()]);
    await open(page, `#/read-write?file=1000000&step=400&lang=${lang}&v=1`);
    const names = page.locator('button.counter-name');
    expect(await names.count()).toBeGreaterThanOrEqual(13);
    const tip = page.locator('.term-tip');
    for (const name of await names.all()) {
      const key = await name.evaluate((el) =>
        el.closest('tr')!.querySelector('[data-counter]')!.getAttribute('data-counter')!,
      );
      const definition = CATALOGS[lang][`counterDef.${key}`]!;
      expect(definition, key).toBeTruthy();
      // Screen readers: the definition is the button's description.
      await expect(name).toHaveAccessibleDescription(definition);
      await name.hover();
      await expect(tip).toHaveText(definition);
      await page.mouse.move(0, 0);
      await expect(tip).toHaveCount(0);
      await name.focus();
      await expect(tip).toHaveText(definition);
      await name.blur();
    }
    // A tap (no hover on a touch screen) opens the counter's panel, which starts with the definition.
    await names.first().click();
    await expect(page.locator('.raising-def')).toHaveText(CATALOGS[lang]['counterDef.syscalls']!);
  });
}

test('byte totals read as a person says them', async ({ page }) => {
  await open(page, '#/read-write?file=1g&buf=1m&step=999999&lang=en&v=1');
  const cpu = page.locator('[data-counter="cpuBytes"]');
  await expect(cpu).toHaveText(/^\d+(\.\d+)? GiB$/);
});
