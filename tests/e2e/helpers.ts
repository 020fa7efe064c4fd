import { expect, type Page } from '@playwright/test';
import { parseParams, simulate, type Params, type ScenarioId, type Totals } from '../../src/sim/index';

/** The step indicator: the element with both test hooks (so another view's data-step can never match). */
export const STEP = '[data-step][data-steps]';

/**
 * Opens the app at `hash` in a fresh document and waits for its run. Fresh, because within one document a
 * changed hash keeps the run on screen until the worker has built the new one, so "[data-steps] is visible"
 * would be true of the old run.
 */
export async function open(page: Page, hash: string): Promise<void> {
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await expect(page.locator('[data-steps]')).toBeVisible();
}

export async function currentStep(page: Page): Promise<number> {
  return Number(await page.locator(STEP).getAttribute('data-step'));
}

export async function stepCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-steps]').getAttribute('data-steps'));
}

export async function expectStep(page: Page, step: number): Promise<void> {
  await expect(page.locator(STEP)).toHaveAttribute('data-step', String(step));
}

/** Every [data-counter] element's data-value. */
export async function counters(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-counter]', (els) =>
    Object.fromEntries(
      els.map((el) => [el.getAttribute('data-counter'), Number(el.getAttribute('data-value'))]),
    ),
  );
}

/** The CLI contract's totals, flattened to the data-counter keys (modeSwitchesBy.syscall, cpuBusyNsBy.user …). */
export function flatTotals(t: Totals): Record<string, number> {
  const { modeSwitchesBy, cpuBusyNsBy, ...rest } = t;
  return {
    ...rest,
    'modeSwitchesBy.syscall': modeSwitchesBy.syscall,
    'modeSwitchesBy.exception': modeSwitchesBy.exception,
    'modeSwitchesBy.interrupt': modeSwitchesBy.interrupt,
    'cpuBusyNsBy.user': cpuBusyNsBy.user,
    'cpuBusyNsBy.kernel': cpuBusyNsBy.kernel,
    'cpuBusyNsBy.irq': cpuBusyNsBy.irq,
  };
}

/** The resolved params of a raw query, as the app would read them. */
export function paramsOf(scenario: ScenarioId, query: string): Params {
  const raw = Object.fromEntries(new URLSearchParams(query));
  const r = parseParams(scenario, raw);
  if (!r.ok) throw new Error(r.error);
  return r.params;
}

export function totalsOf(scenario: ScenarioId, query: string): Record<string, number> {
  return flatTotals(simulate(scenario, paramsOf(scenario, query)).totals);
}

/**
 * What the user sees at the current step: the machine view's markup, the counters, the strace log and the
 * narration. Read until two reads 100 ms apart agree, so a finishing transition cannot make it flaky.
 */
export async function snapshot(page: Page): Promise<string> {
  const read = () =>
    page.evaluate(() => {
      const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
      const values = [...document.querySelectorAll('[data-counter]')].map(
        (el) => `${el.getAttribute('data-counter')}=${el.getAttribute('data-value')}`,
      );
      return JSON.stringify({
        machine: document.querySelector('[data-testid="machine"]')?.innerHTML ?? '',
        counters: values,
        log: text('.log .panel-body'),
        narration: text('[data-testid="narration"]'),
        step: document.querySelector('[data-step][data-steps]')?.getAttribute('data-step'),
      });
    });
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const next = await read();
    if (next === last) return next;
    last = next;
  }
  return last;
}

/** Opens `scenario?query`, checks it raised no notice, presses End, and expects the CLI's totals on the counters. */
export async function expectEndTotals(page: Page, scenario: ScenarioId, query: string): Promise<void> {
  await open(page, `#/${scenario}?${query}${query ? '&' : ''}lang=en&v=1`);
  await expect(page.locator('.notices')).toHaveCount(0);
  const steps = await stepCount(page);
  await page.keyboard.press('End');
  await expectStep(page, steps - 1);
  const want = totalsOf(scenario, query);
  expect(Object.keys(await counters(page)).sort()).toEqual(Object.keys(want).sort());
  expect(await counters(page)).toEqual(want);
}

/** Opens `scenario?query` at step `i`: five steps forward change the view, five back restore it exactly. */
export async function expectStepBackExact(
  page: Page,
  scenario: string,
  query: string,
  i: number,
): Promise<void> {
  await open(page, `#/${scenario}?${query}${query ? '&' : ''}step=${i}&lang=en&v=1`);
  await expectStep(page, i);
  const before = await snapshot(page);
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await expectStep(page, i + 5);
  expect(await snapshot(page)).not.toEqual(before);
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
  await expectStep(page, i);
  expect(await snapshot(page)).toEqual(before);
}
