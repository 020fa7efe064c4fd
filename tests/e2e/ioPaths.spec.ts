import { expect, test } from '@playwright/test';
import type { ScenarioId } from '../../src/sim/index';
import { counters, expectStep, open, snapshot, stepCount, totalsOf } from './helpers';

/** Issue 16's scenarios: the counters at the last step are the CLI's totals. */
const RUNS: [ScenarioId, string][] = [
  ['recv-write', ''],
  ['recv-write', 'file=100000&sync=fsync'],
  ['recv-write', 'file=65536&buf=16k&sync=direct&mss=9000'],
  ['file-copy', ''],
  ['file-copy', 'file=100000&method=sendfile&sync=fsync'],
  ['file-copy', 'file=100000&method=mmap&cache=warm&sync=osync'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario}${query ? ` ${query}` : ''}: End shows the CLI contract totals`, async ({ page }) => {
    await open(page, `#/${scenario}?${query}${query ? '&' : ''}lang=en&v=1`);
    await expect(page.locator('.notices')).toHaveCount(0);
    const steps = await stepCount(page);
    await page.keyboard.press('End');
    await expectStep(page, steps - 1);
    expect(await counters(page)).toEqual(totalsOf(scenario, query));
  });
}

const BACK = [
  ['recv-write', 'file=10000', [5, 17]],
  ['recv-write', 'file=100000&sync=fsync', [430]],
  ['file-copy', 'file=20000&method=splice&sync=osync', [4]],
] as const;

for (const [scenario, query, positions] of BACK) {
  test(`${scenario} ${query}: stepping forward 5 and back 5 restores exactly what was shown`, async ({
    page,
  }) => {
    for (const i of positions) {
      await open(page, `#/${scenario}?${query}&step=${i}&lang=en&v=1`);
      await expectStep(page, i);
      const before = await snapshot(page);
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
      await expectStep(page, i + 5);
      expect(await snapshot(page)).not.toEqual(before);
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
      await expectStep(page, i);
      expect(await snapshot(page)).toEqual(before);
    }
  });
}

test('recv-write: the written file ends dirty without fsync, clean with it', async ({ page }) => {
  const box = page.locator('[data-box="pagecache"]');
  await open(page, '#/recv-write?file=10000&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(box.locator('[data-kind="dirty"]')).toHaveCount(3);
  await expect(box).toContainText('End: 9.77 KiB only in memory');
  await open(page, '#/recv-write?file=10000&sync=fsync&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(box.locator('[data-kind="dirty"]')).toHaveCount(0);
  await expect(box.locator('[data-kind="data"]')).toHaveCount(3);
  await expect(box).toContainText('End: all on the disk');
});
