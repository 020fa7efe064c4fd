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
  // A stray clicker press while the screen is black changes nothing the audience will see later.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  await expectStep(page, 6);
  await page.keyboard.press('b');
  await expectStep(page, 6);
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.locator('[data-blank="on"]')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('[data-blank]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(presenter(page)).toHaveCount(0);
  await expect(page.locator('.app-header')).toBeVisible();
  await expectStep(page, 6);
  // The link's projector theme and scale were the presenter's: the normal view and its link drop them.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).not.toHaveURL(/present=1|scale=|theme=/);
});

/** Whether the centre of `el` is not covered by anything else (the topmost element there is inside it). */
const uncovered = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return top !== null && (el === top || el.contains(top));
  });

for (const hash of [
  '#/cow-fork?step=16&present=1&scale=3&lang=en&v=1',
  '#/sendfile?file=10000&step=10&present=1&scale=3&lang=en&v=1',
  '#/mmap-write?step=4&present=1&scale=3&lang=en&v=1',
  '#/read-write?step=10&present=1&scale=3&lang=zh-CN&v=1',
  '#/sendfile?file=10000&step=10&present=1&scale=2&lang=en&v=1',
]) {
  test(`on 1920×1080, ${hash}: the title, the whole narration and every counter are in view`, async ({
    page,
  }) => {
    await page.goto(`/${hash}`);
    await expect(presenter(page)).toBeVisible();
    const viewport = page.viewportSize()!;
    const inView = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box, selector).not.toBeNull();
      expect(box.y, selector).toBeGreaterThanOrEqual(0);
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(viewport.width);
    };

    // Controls shown: the floating top bar keeps clear of the title.
    await page.mouse.move(900, 500);
    await expect(presenter(page)).toHaveAttribute('data-controls', 'shown');
    const text = await page.locator('.presenter-title').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    for (const part of await page.locator('.presenter-top > *').all()) {
      const b = (await part.boundingBox())!;
      const apart =
        b.x >= text.right || b.x + b.width <= text.left || b.y >= text.bottom || b.y + b.height <= text.top;
      expect(apart, 'the top bar covers the title').toBe(true);
    }

    // Controls hidden: everything the audience reads is whole, inside the screen, and not covered.
    await expect(presenter(page)).toHaveAttribute('data-controls', 'hidden', { timeout: 6000 });
    await inView('.presenter-title');
    expect(await uncovered(page, '.presenter-title')).toBe(true);
    const narration = page.locator('.narration');
    const fits = await narration.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits, 'the narration is cut').toBe(true);
    await inView('.narration');
    await inView('[data-testid="narration"]');
    expect(await uncovered(page, '[data-testid="narration"]')).toBe(true);
    const rows = page.locator('[data-counter]');
    expect(await rows.count()).toBeGreaterThanOrEqual(14);
    for (const row of await rows.all()) {
      const key = await row.getAttribute('data-counter');
      await expect(row, key!).toBeInViewport({ ratio: 1 });
      const shown = await row.evaluate((el) => {
        // Inside the counters panel's visible box too (it may scroll, but here it need not).
        const panel = el.closest('.counters')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.top >= panel.top - 1 && r.bottom <= panel.bottom + 1;
      });
      expect(shown, `${key} is scrolled out of the counters panel`).toBe(true);
      expect(await uncovered(page, `[data-counter="${key}"]`), key!).toBe(true);
    }
    // The machine view starts right under its tabs: no empty band above the picture.
    const pane = (await page.locator('.presenter .machine-pane').boundingBox())!;
    const svg = (await page.locator('.presenter .machine-pane > svg.mv').boundingBox())!;
    expect(svg.y - pane.y).toBeLessThan(60);
    expect(svg.width / svg.height).toBeCloseTo(16 / 9, 1);
  });
}

test('Esc after the Present button restores the theme used before presenting, and scale 1', async ({
  page,
}) => {
  await page.goto('/#/splice?lang=en&theme=dark&v=1');
  await page.locator('[data-share="present"]').click();
  await expect(presenter(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.keyboard.press('Escape');
  await expect(presenter(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page).not.toHaveURL(/present=1|scale=|projector/);
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
