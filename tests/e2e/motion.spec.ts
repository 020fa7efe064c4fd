import { expect, test, type Page } from '@playwright/test';
import { expectStep, open } from './helpers';

/** Running CSS transitions and animations, and the d3 movement tokens drawn on top of the machine view. */
async function motion(page: Page) {
  return page.evaluate(() => ({
    running: document.getAnimations().filter((a) => a.playState === 'running').length,
    tokens: document.querySelectorAll('.mv-fx > *').length,
  }));
}

/** Steps forward one event at a time and records the motion right after each step. */
async function stepThrough(page: Page, steps: number) {
  const seen = [];
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('ArrowRight');
    await expectStep(page, i);
    seen.push(await motion(page));
  }
  return seen;
}

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows discrete frames: no transition, animation or moving token, the frame final at once', async ({
    page,
  }) => {
    await open(page, '#/read-write?file=10000&lang=en&v=1');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const seen = await stepThrough(page, 14);
    expect(seen.filter((m) => m.running > 0 || m.tokens > 0)).toEqual([]);
    // The frame drawn right after the step is the frame that stays.
    const now = await page.locator('[data-testid="machine"] svg').innerHTML();
    await page.waitForTimeout(1200);
    expect(await page.locator('[data-testid="machine"] svg').innerHTML()).toBe(now);
  });
});

test.describe('no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('animates: blocks travel along their path (d3) and the flow lines move (CSS)', async ({ page }) => {
    await open(page, '#/read-write?file=10000&lang=en&v=1');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(false);
    const seen = await stepThrough(page, 14);
    expect(seen.some((m) => m.tokens > 0)).toBe(true);
    expect(seen.some((m) => m.running > 0)).toBe(true);
  });
});
