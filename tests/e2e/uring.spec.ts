import { expect, test } from '@playwright/test';
import type { ScenarioId } from '../../src/sim/index';
import { expectEndTotals, expectStepBackExact, open } from './helpers';

// Issue 17: io-uring and msg-zerocopy — counters at the end equal the CLI's, stepping back is exact, and the
// machine view shows the rings and the error queue.

const RUNS: [ScenarioId, string][] = [
  ['io-uring', ''],
  ['io-uring', 'file=100000&batch=8&sqpoll=on'],
  ['io-uring', 'file=100000&buf=8k&op=send_zc&cache=warm'],
  ['msg-zerocopy', ''],
  ['msg-zerocopy', 'file=300000&buf=64k&sndbuf=64k&nic=loopback'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario}${query ? ` ${query}` : ''}: End shows the CLI's totals`, async ({ page }) => {
    await expectEndTotals(page, scenario, query);
  });
}

const BACK: [ScenarioId, string, number[]][] = [
  ['io-uring', 'file=20000&batch=4', [3, 20]],
  ['io-uring', 'file=20000&batch=4&sqpoll=on&op=send_zc', [12]],
  ['msg-zerocopy', 'file=300000&buf=64k&sndbuf=64k', [6, 30]],
];

for (const [scenario, query, positions] of BACK) {
  test(`${scenario} ${query}: stepping forward 5 and back 5 restores exactly what was shown`, async ({
    page,
  }) => {
    for (const i of positions) await expectStepBackExact(page, scenario, query, i);
  });
}

test('io-uring: the rings box shows the SQ and CQ, and ends with every CQE consumed', async ({ page }) => {
  const box = page.locator('[data-box="pipe"]');
  await open(page, '#/io-uring?file=20000&batch=4&lang=en&v=1');
  await expect(box).toContainText('io_uring');
  await expect(box).toContainText('not mapped yet');
  await page.keyboard.press('End');
  await expect(box).toContainText('SQ 0 · CQ 0');
  await expect(page.locator('[data-box="ram"]')).toContainText('rings');
});

test('msg-zerocopy on loopback: the error queue box shows the notifications read and says COPIED', async ({
  page,
}) => {
  const box = page.locator('[data-box="pipe"]');
  await open(page, '#/msg-zerocopy?file=300000&buf=64k&nic=loopback&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(box).toContainText('Error queue');
  await expect(box).toContainText('5/5 sends notified');
  await expect(box).toContainText('the kernel copied (COPIED)');
});

test('msg-zerocopy uses no page cache: no page-cache box, the error queue in its place; io-uring keeps it', async ({
  page,
}) => {
  await open(page, '#/msg-zerocopy?nic=loopback&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(page.locator('[data-box="pipe"]')).toBeVisible();
  await expect(page.locator('[data-box="pagecache"]')).toHaveCount(0);
  await open(page, '#/io-uring?lang=en&v=1');
  await expect(page.locator('[data-box="pagecache"]')).toBeVisible();
});
