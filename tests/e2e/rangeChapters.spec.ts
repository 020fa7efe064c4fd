import { expect, test } from '@playwright/test';
import { expectStep, open } from './helpers';

const indicator = '[data-step][data-steps]';

test('range: set from the current step, shown on the slider and the indicator, kept in the link, cleared', async ({
  page,
}) => {
  await open(page, '#/read-write?file=100000&step=9&lang=en&v=1');
  await page.locator('[data-range="toggle"]').click();
  await page.locator('[data-range="start"]').click();
  await expect(page).toHaveURL(/from=9/);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expectStep(page, 14);
  await page.locator('[data-range="end"]').click();
  await expect(page).toHaveURL(/from=9&to=14/);
  await expect(page.locator(indicator)).toHaveText('Step 6 of 6 in range 10–15');
  await expect(page.locator('.scrubber-range')).toBeVisible();
  await page.keyboard.press('Home');
  await expectStep(page, 9);
  await expect(page.locator(indicator)).toHaveText('Step 1 of 6 in range 10–15');
  await page.keyboard.press('End');
  await expectStep(page, 14);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 14);

  // The link opens the same range (once the address bar has caught up with the step).
  await expect(page).toHaveURL(/step=14&/);
  await page.reload();
  await expect(page.locator(indicator)).toHaveText('Step 6 of 6 in range 10–15');
  await page.locator('[data-range="toggle"]').click();
  await page.locator('[data-range="clear"]').click();
  await expect(page).not.toHaveURL(/from=|to=/);
  await expect(page.locator('.scrubber-range')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page.locator(indicator)).not.toContainText('range');
});

test('chapters: added at the current step, in the link, PgDn jumps to them in presenter mode', async ({
  page,
}) => {
  await open(page, '#/read-write?file=100000&step=12&lang=en&v=1');
  await page.locator('[data-range="toggle"]').click();
  await page.locator('[data-range="add-chapter"]').click();
  await page.locator('[data-range="chapter-name"]').fill('Copy');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.locator('[data-range="add-chapter"]').click();
  await page.locator('[data-range="chapter-name"]').fill('The end, <b>really</b>');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  const last = Number(await page.locator(indicator).getAttribute('data-steps')) - 1;
  await expect(page).toHaveURL(new RegExp(`ch=12:Copy,${last}:The\\+end\\+b\\+really\\+/b`));
  await expect(page.locator('[data-chapter]')).toHaveText(['Copy', 'The end b really /b']);
  await page.locator('[data-chapter="12"]').click();
  await expectStep(page, 12);

  // A hostile chapter in a link is dropped with a notice and never rendered as markup.
  await open(page, '#/read-write?file=100000&ch=3:Read,7:%3Cimg%20src%3Dx%3E&lang=en&present=1&v=1');
  await expect(page.locator('.notices')).toContainText('7:<img src=x>');
  await expect(page.locator('img')).toHaveCount(0);
  await page.mouse.move(400, 300);
  await page.locator('[data-range="toggle"]').click();
  await expect(page.locator('[data-chapter]')).toHaveText(['Read']);
  await page.keyboard.press('PageDown');
  await expectStep(page, 3);
  // After the last chapter, PgDn goes to the end; PgUp back to the chapter.
  await page.keyboard.press('PageDown');
  await expectStep(page, last);
  await page.keyboard.press('PageUp');
  await expectStep(page, 3);
  // Arrows still step one event.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 4);
  await page.locator('.chapter-remove').click();
  await expect(page).not.toHaveURL(/ch=/);
});

test('presenter zoom: + / − keys and buttons change the type and the link, within 1–3', async ({ page }) => {
  await open(page, '#/cow-fork?step=16&lang=en&present=1&v=1');
  const narration = page.locator('[data-view="narration"] .narration-text');
  const size = () => narration.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const at1 = await size();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/scale=1.5/);
  expect(await size()).toBeGreaterThan(at1);
  await page.keyboard.press('-');
  await expect(page).toHaveURL(/scale=1.25/);
  await page.mouse.move(500, 300);
  await page.locator('[data-command="zoomOut"]').click();
  await expect(page).not.toHaveURL(/scale=/);
  await expect(page.locator('[data-command="zoomOut"]')).toBeDisabled();
  for (let i = 0; i < 10; i++) await page.keyboard.press('=');
  await expect(page).toHaveURL(/scale=3/);
  await expect(page.locator('[data-command="zoomIn"]')).toBeDisabled();
  // Speed is untouched by + / − here.
  await expect(page).not.toHaveURL(/speed=/);
});
