import { expect, test, type Page } from '@playwright/test';
import { getNeighbourStep, simulate } from '../../src/sim/index';
import { STEP, expectStep, paramsOf } from './helpers';

const presenter = (page: Page) => page.locator('[data-mode="present"]');

test('a present=1&scale=2 link: presenter layout, projector theme, clicker keys, blank screen, Esc', async ({
  page,
}) => {
  await page.goto('/#/read-write?file=10000&step=5&lang=en&present=1&scale=2&v=1');
  await expect(presenter(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(presenter(page)).toHaveAttribute('style', /--present-scale: 2/);
  // Big machine view, narration and counters; no header, program, log or timeline.
  await expect(page.locator('svg[data-scenario="read-write"]')).toBeVisible();
  await expect(page.locator('[data-testid="narration"]')).toBeVisible();
  await expect(page.locator('[data-counter="syscalls"]')).toBeVisible();
  await expect(page.locator('.app-header, .timeline-pane, .log, .program')).toHaveCount(0);
  // Type is scaled: the presenter's font is twice what scale=1 gives.
  const size = await presenter(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(2 * 12 * 1.12);

  await expectStep(page, 5);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expectStep(page, 7);
  await page.keyboard.press('PageUp');
  await expectStep(page, 6);

  await page.keyboard.press('b');
  await expect(page.locator('[data-blank="on"]')).toBeVisible();
  expect(await page.locator('[data-blank="on"]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.locator('[data-blank="on"]')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('[data-blank]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(presenter(page)).toHaveCount(0);
  await expect(page.locator('.app-header')).toBeVisible();
  await expectStep(page, 6);
});

test('presenter controls hide after the pointer rests and come back when it moves or a control is focused', async ({
  page,
}) => {
  await page.goto('/#/sendfile?lang=en&present=1&v=1');
  await page.mouse.move(400, 400);
  await expect(presenter(page)).toHaveAttribute('data-controls', 'shown');
  await expect(presenter(page)).toHaveAttribute('data-controls', 'hidden', { timeout: 6000 });
  await page.mouse.move(600, 500);
  await expect(presenter(page)).toHaveAttribute('data-controls', 'shown');
  await expect(presenter(page)).toHaveAttribute('data-controls', 'hidden', { timeout: 6000 });
  // Keyboard users: Tab to a control shows them, and they stay while it has focus.
  await page.keyboard.press('Tab');
  await expect(presenter(page)).toHaveAttribute('data-controls', 'shown');
  await page.waitForTimeout(3000);
  await expect(presenter(page)).toHaveAttribute('data-controls', 'shown');
});

test('pause=syscall: playback stops by itself at each system call boundary', async ({ page }) => {
  const query = 'file=10000';
  const trace = simulate('read-write', paramsOf('read-write', query));
  const first = getNeighbourStep(trace, 0, 'syscall', 1);
  const second = getNeighbourStep(trace, first, 'syscall', 1);
  expect(second).toBeGreaterThan(first);
  await page.goto(`/#/read-write?${query}&lang=en&speed=4&present=1&pause=syscall&v=1`);
  await expect(page.locator('[data-share="pause-syscall"]')).toBeChecked();
  await page.keyboard.press(' ');
  await expectStep(page, first);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(600);
  await expectStep(page, first);
  await page.keyboard.press(' ');
  await expectStep(page, second);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(Number(await page.locator(STEP).getAttribute('data-step'))).toBe(second);
});

test('the Present button enters presenter mode in the projector theme; leaving restores the theme', async ({
  page,
}) => {
  await page.goto('/#/splice?lang=zh-CN&theme=dark&v=1');
  await page.locator('[data-share="present"]').click();
  await expect(presenter(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page).toHaveURL(/present=1/);
  await page.locator('[data-share="leave-presenter"]').click();
  await expect(presenter(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
