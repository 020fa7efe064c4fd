import { expect, test } from '@playwright/test';
import type { ScenarioId } from '../../src/sim/index';
import { expectEndTotals, expectStepBackExact, open } from './helpers';

// Issue 17: copy-file-range, vmsplice and ra=linux in the app: the counters at the end equal the CLI's,
// and stepping forward then back restores exactly what was shown.

const RUNS: [ScenarioId, string][] = [
  ['copy-file-range', ''],
  ['copy-file-range', 'file=100000&sync=fsync'],
  ['copy-file-range', 'file=1m&fs=btrfs'],
  ['file-copy', 'file=100000&method=copy_file_range&cache=warm'],
  ['vmsplice', ''],
  ['vmsplice', 'file=300000&autocork=on'],
  ['read-write', 'file=200000&ra=linux'],
  ['read-write', 'file=1m&buf=64k&ra=linux&rakb=8192'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario}${query ? ` ${query}` : ''}: End shows the CLI's totals`, async ({ page }) => {
    await expectEndTotals(page, scenario, query);
  });
}

const BACK: [ScenarioId, string, number[]][] = [
  ['copy-file-range', 'file=100000', [1, 6]],
  // A reflink is three steps a call: 3 GiB takes two calls.
  ['copy-file-range', 'file=3g&fs=xfs', [0, 1]],
  ['vmsplice', 'file=100000', [2, 15]],
  ['read-write', 'file=200000&ra=linux', [10, 60]],
];

for (const [scenario, query, positions] of BACK) {
  test(`${scenario} ${query}: stepping forward 5 and back 5 restores exactly what was shown`, async ({
    page,
  }) => {
    for (const i of positions) await expectStepBackExact(page, scenario, query, i);
  });
}

test('copy-file-range: ext4 ends with the copy dirty in the page cache; a reflink leaves nothing there', async ({
  page,
}) => {
  const box = page.locator('[data-box="pagecache"]');
  await open(page, '#/copy-file-range?file=10000&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(box.locator('[data-kind="dirty"]')).toHaveCount(3);
  await open(page, '#/copy-file-range?file=10000&fs=xfs&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(box.locator('[data-kind="dirty"]')).toHaveCount(0);
});
