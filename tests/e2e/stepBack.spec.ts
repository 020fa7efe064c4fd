import { expect, test } from '@playwright/test';
import { expectStep, expectStepBackExact, open, snapshot } from './helpers';

const CASES = [
  ['read-write', 'file=10000', [0, 9, 21]],
  ['mmap-write', 'file=100000', [4, 17]],
  ['cow-fork', '', [6, 19]],
  ['splice', 'file=100000&sg=off', [12]],
  // Issue 16: the receive path and writeback.
  ['recv-write', 'file=10000', [5, 17]],
  ['recv-write', 'file=100000&sync=fsync', [430]],
  ['file-copy', 'file=20000&method=splice&sync=osync', [4]],
] as const;

for (const [scenario, query, positions] of CASES) {
  test(`${scenario}${query ? ` ${query}` : ''}: stepping forward 5 and back 5 restores exactly what was shown`, async ({
    page,
  }) => {
    for (const i of positions) await expectStepBackExact(page, scenario, query, i);
  });
}

test('going back to a link and reloading it shows exactly the same view', async ({ page }) => {
  await open(page, '#/read-write?file=10000&step=30&lang=en&v=1');
  const before = await snapshot(page);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await snapshot(page)).not.toEqual(before);
  await expect(page).not.toHaveURL(/step=30/);
  await page.goto('/#/read-write?file=10000&step=30&lang=en&v=1');
  await expectStep(page, 30);
  await page.reload();
  await expectStep(page, 30);
  expect(await snapshot(page)).toEqual(before);
});
