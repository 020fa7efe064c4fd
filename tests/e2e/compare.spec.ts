import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { counters, open, totalsOf } from './helpers';

/** Opens a compare link in a fresh document and waits until both runs are built and explained. */
async function openCompare(page: Page, hash: string): Promise<void> {
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('compare-why')).toBeVisible();
}

/** One run's counters: the [data-counter] values inside its [data-run] cells. */
async function runCounters(page: Page, side: 'a' | 'b'): Promise<Record<string, number>> {
  return page.$$eval(`[data-run="${side}"] [data-counter]`, (els) =>
    Object.fromEntries(
      els.map((el) => [el.getAttribute('data-counter'), Number(el.getAttribute('data-value'))]),
    ),
  );
}

/** A run's step indicator attributes (data-step, data-syscall, data-iteration). */
async function sideAt(page: Page, side: 'a' | 'b') {
  const el = page.getByTestId(`step-${side}`);
  const read = async (name: string) => Number(await el.getAttribute(name));
  return {
    step: await read('data-step'),
    syscall: await read('data-syscall'),
    iteration: await read('data-iteration'),
  };
}

test('each side ends on the totals of its single run (the CLI contract), and its single-run page agrees', async ({
  page,
}) => {
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=64k&cache=warm&lang=en&v=1');
  await expect(page.locator('.notices')).toHaveCount(0);
  await page.getByTestId('compare-end').click();
  const a = await runCounters(page, 'a');
  const b = await runCounters(page, 'b');
  expect(a).toEqual(totalsOf('read-write', 'file=64k&cache=warm'));
  expect(b).toEqual(totalsOf('sendfile', 'file=64k&cache=warm'));
  // The single-run page shows the same numbers at its end.
  await open(page, '#/sendfile?file=64k&cache=warm&lang=en&v=1');
  await page.keyboard.press('End');
  const single = await counters(page);
  for (const [key, value] of Object.entries(b)) expect(single[key], key).toBe(value);
});

test('stepping by system call keeps both runs on the same call number; a run with fewer calls waits at its end', async ({
  page,
}) => {
  // read-write makes 32 calls at 64 KiB, splice 3.
  await openCompare(page, '#/compare?a=read-write&b=splice&file=64k&cache=warm&by=syscall&lang=en&v=1');
  for (let n = 1; n <= 2; n++) {
    await page.getByTestId('compare-forward').click();
    await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', String(n));
    const [a, b] = [await sideAt(page, 'a'), await sideAt(page, 'b')];
    expect(a.syscall).toBe(n);
    expect(b.syscall).toBe(n);
  }
  // The keyboard moves both too.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '4');
  expect((await sideAt(page, 'a')).syscall).toBe(4);
  const b = page.getByTestId('step-b');
  expect(await b.getAttribute('data-step')).toBe(String(Number(await b.getAttribute('data-steps')) - 1));
});

test('a link round trip restores both runs, the step and the sync unit', async ({ page }) => {
  await openCompare(page, '#/compare?a=read-write&b=mmap-write&file=64k&cache=warm&a.buf=16k&lang=en&v=1');
  await page.getByRole('button', { name: 'Loop iteration' }).click();
  await page.getByTestId('compare-forward').click();
  await page.getByTestId('compare-forward').click();
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '2');
  await expect(page).toHaveURL(/by=iteration/);
  await expect(page).toHaveURL(/step=2/);
  const before = { a: await sideAt(page, 'a'), b: await sideAt(page, 'b'), url: page.url() };
  expect(before.url).toContain('a.buf=16k');
  expect(before.a.iteration).toBe(2);
  await page.goto('about:blank');
  await page.goto(before.url);
  await expect(page.getByTestId('compare-why')).toBeVisible();
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-by', 'iteration');
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '2');
  expect({ a: await sideAt(page, 'a'), b: await sideAt(page, 'b'), url: page.url() }).toEqual(before);
  await expect(page.getByTestId('machine-a').locator('[data-scenario="read-write"]')).toBeVisible();
  await expect(page.getByTestId('machine-b').locator('[data-scenario="mmap-write"]')).toBeVisible();
});

test('a hostile link opens the nearest pair and says what it ignored, as text', async ({ page }) => {
  await openCompare(
    page,
    '#/compare?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&b=sendfile&by=%3Cb%3E&file=zzz',
  );
  await expect(page.locator('.notices')).toBeVisible();
  await expect(page.locator('.notices img, .notices b')).toHaveCount(0);
  await expect(page.locator('.notices')).toContainText('<img src=x');
  await expect(page.getByTestId('machine-a').locator('[data-scenario="read-write"]')).toBeVisible();
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-by', 'syscall');
});

test('"Compare with…" opens the run on screen beside another, and Back returns to it', async ({ page }) => {
  await open(page, '#/read-write?file=64k&cache=warm&lang=en&v=1');
  await page.getByTestId('compare-open').click();
  await expect(page.getByTestId('compare-why')).toBeVisible();
  await expect(page).toHaveURL(/#\/compare\?a=read-write&b=sendfile&file=64k&cache=warm/);
  await expect(page.getByTestId('compare-why')).toContainText('sendfile');
  await page.getByTestId('compare-leave').click();
  await expect(page.locator('[data-steps]')).toBeVisible();
  await expect(page).toHaveURL(/#\/read-write\?file=64k&cache=warm/);
});

test('presenter and embed links show both runs with their controls', async ({ page }) => {
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=64k&present=1&lang=en&v=1');
  await expect(page.getByTestId('compare')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '1');
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=64k&embed=1&lang=en&v=1');
  await expect(page.getByTestId('compare')).toHaveAttribute('data-mode', 'embed');
  await expect(page.locator('.compare-header')).toHaveCount(0);
  await page.getByTestId('compare-forward').click();
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '1');
  await expect(page.getByRole('link', { name: 'Open in Data Path Lab' })).toHaveAttribute(
    'href',
    /#\/compare\?.*step=1/,
  );
});

for (const [theme, lang] of [
  ['light', 'en'],
  ['projector', 'zh-CN'],
] as const) {
  test(`axe finds nothing in compare mode, ${theme} theme, ${lang}`, async ({ page }) => {
    await openCompare(
      page,
      `#/compare?a=read-write&b=sendfile&file=64k&step=2&lang=${lang}&theme=${theme}&v=1`,
    );
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('play moves both runs until paused; by time both show the last step at the shared time', async ({
  page,
}) => {
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=64k&cache=warm&lang=en&v=1');
  await page.keyboard.press(' ');
  await expect
    .poll(async () => Number(await page.getByTestId('compare-position').getAttribute('data-position')))
    .toBeGreaterThan(2);
  await page.keyboard.press(' ');
  const paused = await page.getByTestId('compare-position').getAttribute('data-position');
  await page.waitForTimeout(400);
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', paused!);
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-by', 'time');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const t = Number(await page.getByTestId('compare-position').getAttribute('data-position'));
  for (const side of ['a', 'b'] as const) {
    const marker = Number(await page.locator(`[data-marker="${side}"]`).getAttribute('data-t'));
    expect(marker).toBeLessThanOrEqual(t);
  }
  await expect(page).toHaveURL(new RegExp(`by=time&step=${t}`));
});

test('the speed select sets how fast both runs play, by mouse or keyboard', async ({ page }) => {
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=1m&cache=warm&lang=en&v=1');
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await expect(speed).toHaveValue('1');
  // Slowest speed: 2 calls a second, so after ~1 s of play the position is still small.
  await speed.selectOption('0.25');
  const at = async () => Number(await page.getByTestId('compare-position').getAttribute('data-position'));
  await page.getByTestId('compare-play').click();
  await page.waitForTimeout(1000);
  await page.getByTestId('compare-play').click();
  const slow = await at();
  expect(slow).toBeLessThanOrEqual(4);
  // Keyboard: the select is operable without a mouse; 4× plays 32 calls a second.
  await speed.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(speed).toHaveValue('4');
  await page.getByTestId('compare-play').click();
  await page.waitForTimeout(1000);
  await page.getByTestId('compare-play').click();
  expect((await at()) - slow).toBeGreaterThan(12);
});

test('presenter mode: the controls float over the stage with zoom, speed and leave, and hide while the pointer rests', async ({
  page,
}) => {
  await openCompare(page, '#/compare?a=read-write&b=sendfile&file=64k&present=1&lang=zh-CN&v=1');
  const root = page.getByTestId('compare');
  await expect(root).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('.compare-header')).toHaveCount(0);
  const chrome = page.locator('.presenter-chrome');
  await expect(chrome.locator('.presenter-zoom')).toBeVisible();
  await expect(chrome.getByTestId('compare-play')).toBeVisible();
  await expect(chrome.getByRole('combobox', { name: '速度' })).toBeVisible();
  // Zoom + grows the type (the link's scale).
  await chrome.locator('[data-command="zoomIn"]').click();
  await expect(chrome.locator('.presenter-zoom output')).toHaveAttribute('data-scale', /^(?!1$)/);
  // Idle pointer: the chrome hides; Tab brings it back (keyboard operable).
  await expect(root).toHaveAttribute('data-controls', 'hidden', { timeout: 6000 });
  await page.keyboard.press('Tab');
  await expect(root).toHaveAttribute('data-controls', 'shown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('compare-position')).toHaveAttribute('data-position', '1');
  // Leave presenter: the header and the ordinary bar are back, the link drops present=1.
  await chrome.locator('[data-share="leave-presenter"]').click();
  await expect(root).not.toHaveAttribute('data-mode', 'present');
  await expect(page.locator('.compare-header')).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
});
