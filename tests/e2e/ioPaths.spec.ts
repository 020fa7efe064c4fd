import { expect, test } from '@playwright/test';
import { open } from './helpers';

// Issue 16's counters and step-back checks run with the others' (counters.spec.ts, stepBack.spec.ts).

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
