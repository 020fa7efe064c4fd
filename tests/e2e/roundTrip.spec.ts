import { expect, test, type Page } from '@playwright/test';
import { SCENARIO_IDS, SCENARIO_PARAMS, simulate, type ScenarioId } from '../../src/sim/index';
import { STEP, counters, paramsOf } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A non-default value for each parameter a scenario uses (all valid together). */
const OTHER: Record<string, string> = {
  file: '10000',
  cache: 'warm',
  sg: 'off',
  loop: 'eof',
  arch: 'i386',
  fa: '4',
  pages: '8',
  ra: '8',
};
const paramsFor = (id: ScenarioId, pick: number) =>
  SCENARIO_PARAMS[id]
    .filter((n) => n in OTHER)
    .filter((_, i) => (i + pick) % 2 === 0)
    .map((n) => `${n}=${OTHER[n]}`)
    .join('&');
const lengthOf = (id: ScenarioId, query: string) => simulate(id, paramsOf(id, query)).length;

/** Everything a reader of the page can see of the state, read from the DOM's stable hooks. */
async function readState(page: Page) {
  return page.evaluate((stepSel) => {
    const el = document.querySelector(stepSel)!;
    const params = Object.fromEntries(
      [...document.querySelectorAll('[data-param]')].map((p) => [
        p.getAttribute('data-param'),
        (p.querySelector('input, select') as HTMLInputElement | HTMLSelectElement | null)?.value,
      ]),
    );
    return {
      scenario: document.querySelector('svg[data-scenario]')?.getAttribute('data-scenario'),
      step: el.getAttribute('data-step'),
      steps: el.getAttribute('data-steps'),
      theme: document.documentElement.dataset.theme,
      lang: document.documentElement.lang,
      mode: document.querySelector('[data-mode]')?.getAttribute('data-mode') ?? 'full',
      scale: (document.querySelector('[data-mode]') as HTMLElement | null)?.style.getPropertyValue(
        '--present-scale',
      ),
      params,
      selects: [...document.querySelectorAll('.controls select')].map((s) => (s as HTMLSelectElement).value),
      hash: location.hash,
    };
  }, STEP);
}

/** The link the app itself gives: the Copy link button where there is a header, else the address bar. */
async function linkOf(page: Page): Promise<string> {
  const copy = page.locator('[data-share="copy-link"]');
  if ((await copy.count()) === 0) return page.url();
  await copy.click();
  await expect(page.locator('[data-share="copy-status"]')).toContainText(/step|步/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  return copied;
}

/**
 * Opens `url` in the page and waits until its run is the one on screen: a link's run replaces the one shown
 * only once the worker has built it.
 */
async function showRun(page: Page, id: string, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator(`${STEP}[data-scenario="${id}"]`)).toBeAttached();
}

/** state → link → fresh page → the same state and the same counters. */
async function roundTrip(page: Page, setUp: (page: Page) => Promise<void>) {
  await setUp(page);
  await expect(page.locator(STEP)).toBeVisible();
  const link = await linkOf(page);
  // Read after the link: copying flushes the address bar, which otherwise lags (throttled) behind steps.
  const before = await readState(page);
  const shown = await counters(page);
  const fresh = await page.context().newPage();
  // Fresh means fresh: no saved state that could fill in what the link forgot.
  await fresh.addInitScript(() => localStorage.clear());
  await fresh.goto(link);
  await expect(fresh.locator(STEP)).toHaveAttribute('data-step', before.step!);
  expect(await readState(fresh)).toEqual(before);
  expect(await counters(fresh)).toEqual(shown);
  await expect(fresh.locator('.notices')).toHaveCount(0);
  await fresh.close();
  return before;
}

test.describe('round trip: state → link → fresh page, for every scenario', () => {
  // Each test walks every scenario (two pages each): the budget grows with the gallery.
  test.describe.configure({ timeout: SCENARIO_IDS.length * 8_000 });
  test('states made with the controls (keyboard steps, theme and language buttons)', async ({ page }) => {
    for (const id of SCENARIO_IDS) {
      const query = paramsFor(id, 0);
      const steps = Math.min(3, lengthOf(id, query) - 1);
      const s = await roundTrip(page, async (p) => {
        await showRun(p, id, `/#/${id}?${query}&lang=en&v=1`);
        await p.locator('body').click({ position: { x: 5, y: 400 } });
        for (let k = 0; k < steps; k++) await p.keyboard.press('ArrowRight');
        await p.getByRole('button', { name: 'Dark' }).click();
        await p.getByRole('button', { name: '简体中文' }).click();
      });
      expect(s).toMatchObject({ step: String(steps), theme: 'dark', lang: 'zh-CN', mode: 'full' });
    }
  });

  test('states from hand-written links with view options', async ({ page }) => {
    for (const id of SCENARIO_IDS) {
      const query = paramsFor(id, 1);
      const step = Math.min(5, lengthOf(id, query) - 1);
      const s = await roundTrip(page, (p) =>
        showRun(p, id, `/#/${id}?${query}&step=${step}&lang=zh-CN&theme=projector&speed=2&unit=syscall&v=1`),
      );
      expect(s).toMatchObject({
        step: String(step),
        theme: 'projector',
        lang: 'zh-CN',
        selects: ['syscall', '2'],
      });
    }
  });

  test('embed states (range, repeat, minimal controls, scale)', async ({ page }) => {
    for (const id of SCENARIO_IDS) {
      const query = paramsFor(id, 0);
      const last = lengthOf(id, query) - 1;
      const from = Math.min(2, last);
      const to = Math.min(9, last);
      const min = id.length % 2 === 0;
      const s = await roundTrip(page, (p) =>
        showRun(
          p,
          id,
          `/#/${id}?${query}&step=${from}&from=${from}&to=${to}&lang=en&theme=dark&embed=1&repeat=1` +
            `${min ? '&controls=min' : '&speed=4'}&scale=1.25&v=1`,
        ),
      );
      expect(s).toMatchObject({ step: String(from), mode: 'embed', theme: 'dark', scale: '1.25' });
    }
  });

  test('presenter states (scale, projector theme by default, pause at syscalls, memory pane)', async ({
    page,
  }) => {
    for (const id of SCENARIO_IDS) {
      const query = paramsFor(id, 1);
      const step = Math.min(6, lengthOf(id, query) - 1);
      const pane = id === 'cow-fork' ? '&pane=memory' : '';
      const s = await roundTrip(page, (p) =>
        showRun(
          p,
          id,
          `/#/${id}?${query}&step=${step}&lang=zh-CN${pane}&present=1&scale=2&pause=syscall&v=1`,
        ),
      );
      expect(s).toMatchObject({ step: String(step), mode: 'present', theme: 'projector', scale: '2' });
    }
  });
});
