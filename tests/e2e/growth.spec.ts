import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sim } from '../helpers/runSim';
import { counters, expectStep, stepCount } from './helpers';
import { longTasksBetween, recordLongTasks } from './longTasks';

/** 8 points (8 MiB … 1 GiB, one per power of two) × 3 scenarios, warm cache, the loopback cost model. */
const SCENARIOS = ['read-write', 'mmap-write', 'sendfile'] as const;
const SIZES = ['8m', '16m', '32m', '64m', '128m', '256m', '512m', '1g'];
const CHART = `#/growth?s=${SCENARIOS.join(',')}&y=cpuBusyNs&file=8m..1g&cache=warm&preset=loopback&lang=en&v=1`;
const MODEL_POINTS = '[data-testid="growth-chart"] .growth-series:not([data-measured]) .growth-point';

/** Each model point's scenario, x and value as the chart carries them. */
async function chartPoints(page: Page): Promise<{ scenario: string; x: number; value: number }[]> {
  return page.$$eval(MODEL_POINTS, (els) =>
    els.map((el) => ({
      scenario: el.closest('[data-scenario]')!.getAttribute('data-scenario')!,
      x: Number(el.getAttribute('data-x')),
      value: Number(el.getAttribute('data-value')),
    })),
  );
}

test.describe('growth charts', () => {
  // One big sweep at a time: two at once on a two-core machine would measure the machine, not the app.
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(240_000);

  test('8 points × 3 scenarios up to 1 GiB: a progress bar, no long task, hover and CSV equal the CLI', async ({
    page,
  }) => {
    await recordLongTasks(page);
    await page.goto(`/${CHART}`);
    const progress = page.getByTestId('growth-progress');
    await expect(progress).toBeVisible();
    const startedAt = await page.evaluate(() => performance.now());
    await expect(page.locator(MODEL_POINTS)).toHaveCount(SCENARIOS.length * SIZES.length, {
      timeout: 200_000,
    });
    await expect(progress).toHaveCount(0);
    const endedAt = await page.evaluate(() => performance.now());
    expect(await longTasksBetween(page, startedAt, endedAt)).toEqual([]);

    // Every point is the CLI's sweep of the same runs.
    const cli = sim(
      'sweep',
      SCENARIOS.join(','),
      '--file',
      SIZES.join(','),
      '--cache',
      'warm',
      '--preset',
      'loopback',
      '--format',
      'json',
    );
    expect(cli.code).toBe(0);
    const sweep = JSON.parse(cli.out) as {
      points: { scenario: string; params: { file: number }; totals: { cpuBusyNs: number } }[];
    };
    const expected = sweep.points.map((p) => ({
      scenario: p.scenario,
      x: p.params.file,
      value: p.totals.cpuBusyNs,
    }));
    const shown = await chartPoints(page);
    expect([...shown].sort((a, b) => a.scenario.localeCompare(b.scenario) || a.x - b.x)).toEqual(
      [...expected].sort((a, b) => a.scenario.localeCompare(b.scenario) || a.x - b.x),
    );

    // Hover: the value the tip shows is the CLI's for that point.
    const point = page.locator(
      `.growth-series[data-scenario="read-write"]:not([data-measured]) .growth-point[data-x="${64 * 1024 ** 2}"]`,
    );
    await point.hover();
    const tip = page.getByTestId('growth-tip');
    await expect(tip).toBeVisible();
    const want = expected.find((p) => p.scenario === 'read-write' && p.x === 64 * 1024 ** 2)!.value;
    await expect(tip).toHaveAttribute('data-value', String(want));
    await expect(tip).toContainText('read() + write()');
    await expect(tip).toContainText('64 MiB');

    // The measured curves of npm run calibrate sit beside the model's (loopback, CPU time, along the file).
    await expect(page.locator('.growth-series[data-measured] .growth-point').first()).toBeVisible();

    // CSV: one row per point, the model's numbers exactly the CLI's.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('growth-cpuBusyNs-file.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('series,scenario,file,cpuBusyNs');
    const model = lines
      .slice(1)
      .map((l) => l.split(','))
      .filter((c) => c[0] === 'model')
      .map(([, scenario, x, value]) => ({ scenario: scenario!, x: Number(x), value: Number(value) }));
    expect(model).toEqual(expected);
    expect(lines.slice(1).every((l) => /^(model|measured),[a-z-]+,\d+,\d+(\.\d+)?$/.test(l))).toBe(true);

    // SVG and PNG downloads are files of their kind.
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});

test('a chart link round-trips through the controls, and a point opens its run', async ({ page }) => {
  await page.goto('/#/growth?s=read-write,sendfile&file=4k..64k&lang=en&v=1');
  await expect(page.locator(MODEL_POINTS)).toHaveCount(2 * 5);
  await page.getByLabel('Counter', { exact: true }).selectOption('modeSwitches');
  await page.getByLabel('Points', { exact: true }).selectOption('4');
  await page.getByRole('checkbox', { name: 'splice() through a pipe' }).check();
  await page.getByLabel('Page cache at start').selectOption('warm');
  await expect(page).toHaveURL(
    /#\/growth\?s=read-write,sendfile,splice&y=modeSwitches&file=4k\.\.64k&n=4&cache=warm&lang=en&v=1$/,
  );
  await expect(page.locator(MODEL_POINTS)).toHaveCount(3 * 4);
  const before = await chartPoints(page);

  await page.reload();
  await expect(page.getByLabel('Counter', { exact: true })).toHaveValue('modeSwitches');
  await expect(page.getByLabel('Points', { exact: true })).toHaveValue('4');
  await expect(page.getByLabel('Page cache at start')).toHaveValue('warm');
  await expect(page.getByRole('checkbox', { name: 'splice() through a pipe' })).toBeChecked();
  await expect(page.locator(MODEL_POINTS)).toHaveCount(3 * 4);
  expect(await chartPoints(page)).toEqual(before);

  // Clicking a point opens that run in the workspace, at its parameters.
  const target = before.find((p) => p.scenario === 'sendfile' && p.x === 64 * 1024)!;
  await page.locator(`.growth-series[data-scenario="sendfile"] .growth-point[data-x="${target.x}"]`).click();
  await expect(page).toHaveURL(/#\/sendfile\?file=64k&cache=warm&lang=en&v=1$/);
  await expect(page.locator('[data-steps]')).toBeVisible();
  await page.keyboard.press('End');
  const last = (await stepCount(page)) - 1;
  await expectStep(page, last);
  const shown = await counters(page);
  expect(shown['modeSwitches']).toBe(target.value);

  // The Parameters panel leads back to the charts, and the charts back to the run.
  await page.getByRole('link', { name: 'Growth charts' }).click();
  await expect(page.getByRole('heading', { name: 'Growth charts' })).toBeVisible();
  // Its 4 KiB – 1 GiB sweep is long: Cancel stops it, keeps what was computed and says so.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('growth-progress')).toHaveCount(0);
  await expect(page.getByText(/^Cancelled: \d+ of 38 points were computed\.$/)).toBeVisible();
  await expect(page).toHaveURL(/#\/growth\?s=sendfile,read-write&file=4k\.\.1g&cache=warm&lang=en&v=1$/);
  // Back to the run (its step too, once the workspace's throttled write of it had landed).
  await page.getByRole('link', { name: 'Back to the run' }).click();
  await expect(page.locator('[data-steps]')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/sendfile\\?file=64k&cache=warm(&step=${last})?&lang=en&v=1$`));
});

test('a hostile chart link opens the nearest chart and says what it ignored, as text', async ({ page }) => {
  await page.goto(
    `/#/growth?s=${encodeURIComponent('<img src=x onerror=alert(1)>')},sendfile&y=<b>x</b>&file=4k..8k&lang=zh-CN&v=1`,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const notices = page.locator('.notices li');
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img, b')).toHaveCount(0);
  await expect(page.locator(MODEL_POINTS)).toHaveCount(2);
  await expect(page.getByRole('heading', { name: '增长曲线' })).toBeVisible();
});
