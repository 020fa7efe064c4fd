// Issue 18: the gallery's "Real systems" shelf. Each entry opens from its card, and at the end its counters
// equal the CLI's totals for the same parameters; a screenshot of each entry at 1920×1080 is attached to the
// test (test-results/) for review. The "why it is fast" summary stands under the counters.
import { expect, test } from '@playwright/test';
import { REAL_SYSTEM_IDS, type ScenarioId } from '../../src/sim/index';
import { expectEndTotals, open, stepCount } from './helpers';

test('the gallery has a Real systems shelf with the four entries, in both languages', async ({ page }) => {
  for (const [lang, heading] of [
    ['en', 'Real systems'],
    ['zh-CN', '真实系统'],
  ] as const) {
    await open(page, `#/read-write?lang=${lang}&v=1`);
    await page.locator('.gallery-toggle').click();
    await expect(page.locator('.gallery-shelf')).toHaveText(heading);
    const cards = page.locator('[data-shelf="real-systems"] .card');
    await expect(cards).toHaveCount(REAL_SYSTEM_IDS.length);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')))).toEqual([
      ...REAL_SYSTEM_IDS,
    ]);
  }
});

const RUNS: [ScenarioId, string][] = [
  ['kafka-fetch', 'file=1m&cache=warm'],
  ['netty-send', 'file=256k&buf=64k&cache=warm&mode=heap'],
  ['netty-send', 'file=256k&buf=64k&cache=warm&mode=direct'],
  ['rocketmq-commitlog', 'file=1m&cache=warm'],
  ['nginx-static', 'file=1m&buf=32k&cache=warm&sendfile=on'],
  ['nginx-static', 'file=256k&buf=32k&sendfile=off'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario} ${query}: opens, and End shows the CLI's totals`, async ({ page }, info) => {
    await expectEndTotals(page, scenario, query);
    await expect(page.locator('.textbook-reason')).toContainText('Why it is fast');
    await info.attach(`${scenario}-${query}.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
}

test('netty-send heap: the JDK’s user-space copy is narrated as a step', async ({ page }) => {
  await open(page, '#/netty-send?file=8192&buf=4096&cache=warm&mode=heap&lang=en&v=1');
  // Step through until the narration speaks of the heap ByteBuffer's copy.
  const steps = await stepCount(page);
  for (let i = 0; i < steps; i++) {
    if ((await page.locator('[data-testid="narration"]').textContent())?.includes('temporary direct buffer'))
      return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error('no step narrated the heap ByteBuffer copy');
});
