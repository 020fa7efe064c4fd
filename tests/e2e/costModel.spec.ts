import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getPreset } from '../../src/sim/index';
import { open } from './helpers';

test('a link with preset= runs that cost model, shows its numbers and keeps it in the address bar', async ({
  page,
}) => {
  await open(page, '#/sendfile?file=100000&preset=hdd-1gbe&lang=en&v=1');
  await expect(page.locator('.notices')).toHaveCount(0);
  await expect(page.locator('[data-param="preset"] select')).toHaveValue('hdd-1gbe');
  const panel = page.locator('.cost-model');
  await expect(panel).toHaveAttribute('data-preset', 'hdd-1gbe');
  await panel.locator('summary').click();
  const disk = panel.locator('[data-cost="diskLatency"]');
  await expect(disk).toBeVisible();
  await expect(disk).toHaveAttribute('data-value', String(getPreset('hdd-1gbe').costs.diskLatency));
  await expect(page).toHaveURL(/preset=hdd-1gbe/);
});

test('choosing a preset changes the elapsed and CPU time, and the default preset stays out of the link', async ({
  page,
}) => {
  await open(page, '#/read-write?file=100000&cache=warm&lang=en&v=1');
  await page.keyboard.press('End');
  const value = (key: string) => page.locator(`[data-counter="${key}"]`).getAttribute('data-value');
  const before = Number(await value('simTimeNs'));
  await expect(page).not.toHaveURL(/preset=/);
  await page.locator('[data-param="preset"] select').selectOption('loopback');
  await expect(page).toHaveURL(/preset=loopback/);
  await page.keyboard.press('End');
  await expect.poll(async () => Number(await value('simTimeNs'))).not.toBe(before);
  const busy = Number(await value('cpuBusyNs'));
  const parts = await Promise.all(
    ['user', 'kernel', 'irq'].map(async (k) => Number(await value(`cpuBusyNsBy.${k}`))),
  );
  expect(Math.abs(busy - parts.reduce((a, b) => a + b, 0))).toBeLessThan(0.01);
  await expect(page.getByTestId('cpu-share')).toContainText('%');
});

test('a cost changed in the panel goes into the link, and the link brings it back', async ({ page }) => {
  await open(page, '#/sendfile?file=100000&preset=loopback&lang=en&v=1');
  const panel = page.locator('.cost-model');
  await panel.locator('summary').click();
  const input = page.getByRole('textbox', { name: 'refMove (ns)' });
  await input.fill('5000');
  await input.press('Enter');
  await expect(page).toHaveURL(/costs=refMove%3A5000|costs=refMove:5000/);
  await page.reload();
  await expect(page.locator('[data-steps]')).toBeVisible();
  await expect(page.locator('.notices')).toHaveCount(0);
  await expect(page.locator('[data-cost="refMove"]')).toHaveAttribute('data-value', '5000');
  await expect(page.locator('[data-cost="refMove"]')).toHaveClass(/edited/);
});

test('the open cost table with an edited cost passes axe, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'zh-CN']) {
    await open(page, `#/sendfile?file=100000&preset=loopback&costs=refMove%3A5000&lang=${lang}&v=1`);
    // Changing only the hash keeps the page (and the panel's open state): open it either way.
    await page.locator('.cost-model').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(page.locator('[data-cost="refMove"]')).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .include('.cost-model')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      violations.map((v) => `${lang}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  }
});
