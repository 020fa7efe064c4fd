import { expect, test, type Page } from '@playwright/test';
import { currentStep, expectStep } from './helpers';

/** What has the keyboard focus, and whether the user can see it (an outline or a box shadow). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '',
      scenario: el.getAttribute('data-scenario'),
      param: el.closest('[data-param]')?.getAttribute('data-param') ?? null,
      share: el.getAttribute('data-share'),
      className: el.className,
      indicator: outline || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0,
    };
  });
}
type Focused = NonNullable<Awaited<ReturnType<typeof focused>>>;

/**
 * Presses Tab (Shift+Tab with back) until `wanted` holds for the focused element, checking on the way that
 * every control it lands on shows a visible focus indicator.
 */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, back = false): Promise<Focused> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect(f, 'Tab moved the focus onto a control').not.toBeNull();
    expect(f!.onScreen, `${f!.tag} "${f!.name}" is on screen`).toBe(true);
    expect(f!.indicator, `${f!.tag} "${f!.name}" shows where the focus is`).toBe(true);
    if (wanted(f!)) return f!;
  }
  throw new Error('the control was not reached by Tab');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('keyboard only: pick a scenario, change a parameter, play, pause, step back, share a link', async ({
  page,
  browser,
}) => {
  await page.goto('/#/read-write?lang=en&v=1');
  await expect(page.locator('[data-steps]')).toBeVisible();

  // Open the gallery; the open scenario's card takes the focus; move to sendfile and open it.
  await tabTo(page, (f) => f.className.includes('gallery-toggle'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.gallery')).toBeVisible();
  expect((await focused(page))?.scenario).toBe('read-write');
  await tabTo(page, (f) => f.scenario === 'sendfile');
  await page.keyboard.press('Enter');
  await expect(page.locator('.gallery')).toHaveCount(0);
  await expect(page.locator('.scenario-title')).toHaveText('sendfile()');

  // Change the file size and apply it with Enter.
  await tabTo(page, (f) => f.param === 'file' && f.tag === 'input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1m');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-param="file"] input')).toHaveValue('1m');
  await expect(page).toHaveURL(/#\/sendfile\?file=1m&lang=en&v=1$/);

  // Play from the controls bar, let it run a few steps, pause.
  const play = await tabTo(page, (f) => f.tag === 'button' && /^(Play|Pause)/.test(f.name));
  expect(play.name).toMatch(/^Play/);
  await page.keyboard.press('Enter');
  await expect.poll(() => currentStep(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Enter');
  const paused = await currentStep(page);
  await page.waitForTimeout(800);
  await expectStep(page, paused);

  // Step back with the arrow key (the focused button does not swallow it).
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, paused - 1);

  // Share: back up to "Copy link" in the header, press Enter; the clipboard holds a link to this very
  // state, the page says so, and opening the link elsewhere restores it.
  await tabTo(page, (f) => f.share === 'copy-link', true);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-share="copy-status"]')).toContainText(
    `Copied the link to sendfile, step ${paused} of`,
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`#/sendfile\\?file=1m&step=${paused - 1}&lang=en&v=1$`));
  expect(link).toBe(page.url());
  const other = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await other.goto(link);
  await expectStep(other, paused - 1);
  await expect(other.locator('.scenario-title')).toHaveText('sendfile()');
  await expect(other.locator('[data-param="file"] input')).toHaveValue('1m');
});
