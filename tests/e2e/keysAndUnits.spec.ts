import { expect, test } from '@playwright/test';
import { currentStep, expectStep, open } from './helpers';

const playButton = '[data-command="togglePlay"]';

test('Space plays and pauses after a click on 简体中文 or a theme (the button does not keep the focus)', async ({
  page,
}) => {
  await open(page, '#/read-write?file=100000&lang=en&speed=0.25&v=1');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press(' ');
  // Playing: the play button became the pause button, and the language did not flip back.
  await expect(page.locator(playButton)).toHaveAttribute('aria-label', '暂停');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press(' ');
  await expect(page.locator(playButton)).toHaveAttribute('aria-label', '播放');

  await page.getByRole('button', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const before = await currentStep(page);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, before + 1);
  await page.keyboard.press(' ');
  await expect(page.locator(playButton)).toHaveAttribute('aria-label', '暂停');
  await page.keyboard.press(' ');
  await expect(page.locator(playButton)).toHaveAttribute('aria-label', '播放');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('in the gallery the arrows move between the cards and the run under it stays put', async ({ page }) => {
  await open(page, '#/read-write?step=3&lang=en&v=1');
  await page.locator('.gallery-toggle').click();
  await expect(page.locator('.card[data-scenario="read-write"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.card[data-scenario="mmap-write"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.card[data-scenario="syscall"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('.card').last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.card').last()).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expectStep(page, 3);
});

test('a step unit the run lacks is disabled with the reason; the syscall buttons too', async ({ page }) => {
  await open(page, '#/cow-fork?lang=en&v=1');
  const iteration = page.locator('.controls select option[value="iteration"]');
  await expect(iteration).toBeDisabled();
  await expect(iteration).toHaveText(/none here/);
  await expect(iteration).toHaveAttribute('title', /no loop/);
  await expect(page.locator('.controls select option[value="syscall"]')).toBeEnabled();

  await open(page, '#/kernel-access?lang=en&unit=syscall&v=1');
  await expect(page.locator('.controls select option[value="syscall"]')).toBeDisabled();
  await expect(page.locator('[data-command="nextSyscall"]')).toBeDisabled();
  // The link's unit is one the run lacks: stepping moves one event, not to the end.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
});

test('the address bar follows the step while playing', async ({ page }) => {
  await open(page, '#/read-write?file=1000000&lang=en&speed=4&v=1');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/step=\d+/, { timeout: 3000 });
  const first = Number(/step=(\d+)/.exec(page.url())![1]);
  await expect
    .poll(() => Number(/step=(\d+)/.exec(page.url())?.[1] ?? 0), { timeout: 5000 })
    .toBeGreaterThan(first);
  await page.keyboard.press(' ');
});
