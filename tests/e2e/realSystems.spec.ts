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
  // Kafka's fetch size: the segment in 256 KiB fetch responses (fstat + sendfile each).
  ['kafka-fetch', 'file=1m&cache=warm&fetch=256k'],
  ['netty-send', 'file=256k&buf=64k&cache=warm&mode=heap'],
  ['netty-send', 'file=256k&buf=64k&cache=warm&mode=direct'],
  ['rocketmq-commitlog', 'file=1m&cache=warm'],
  // Issue 18's leftovers: RocketMQ's producer side (a writable shared mapping, msync).
  ['rocketmq-commitlog', 'file=256k&buf=64k&side=producer'],
  // nginx's directio: the file read with O_DIRECT into the output buffer.
  ['nginx-static', 'file=256k&buf=32k&directio=on'],
  ['nginx-static', 'file=1m&buf=32k&cache=warm&sendfile=on'],
  ['nginx-static', 'file=256k&buf=32k&sendfile=off'],
  // tcp_nopush: TCP_CORK around the header and the body; output_buffers 1 64k.
  ['nginx-static', 'file=1m&buf=32k&cache=warm&nopush=on'],
  ['nginx-static', 'file=256k&buf=64k&sendfile=off'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario} ${query}: opens, and End shows the CLI's totals`, async ({ page }, info) => {
    await expectEndTotals(page, scenario, query);
    await expect(page.locator('.textbook-reason')).toContainText(/Why (it is fast|use it)/);
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

test('rocketmq-commitlog producer: a store faults, page_mkwrite dirties the page, msync writes it back', async ({
  page,
}) => {
  await open(page, '#/rocketmq-commitlog?file=8192&buf=4096&side=producer&lang=en&v=1');
  const steps = await stepCount(page);
  const seen = new Set<string>();
  const wanted = ['page_mkwrite', 'into the shared mapping', 'calls msync()'];
  for (let i = 0; i < steps && seen.size < wanted.length; i++) {
    const text = (await page.locator('[data-testid="narration"]').textContent()) ?? '';
    for (const w of wanted) if (text.includes(w)) seen.add(w);
    await page.keyboard.press('ArrowRight');
  }
  expect([...seen].sort()).toEqual([...wanted].sort());
});

test('nginx-static sendfile off: the header and the first buffer leave in one writev, in the strace log', async ({
  page,
}) => {
  await open(page, '#/nginx-static?file=65536&buf=32k&cache=warm&sendfile=off&lang=en&v=1');
  await page.keyboard.press('End');
  await expect(page.getByTestId('strace-log')).toContainText(
    'writev(4, [{iov_base=buf, iov_len=239}, {iov_base=buf+239, iov_len=32768}], 2) = 33007',
  );
});

// Screenshots of the new variants for review (test-results/), at both sizes and in both languages.
for (const [w, h] of [
  [1920, 1080],
  [1280, 800],
] as const) {
  for (const lang of ['en', 'zh-CN']) {
    test(`screenshots ${w}×${h} ${lang}: RocketMQ's producer mid-run, nginx's writev, directio and tcp_nopush, Kafka's fetches`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width: w, height: h });
      for (const query of [
        'rocketmq-commitlog?file=64k&buf=16k&side=producer',
        'nginx-static?file=64k&buf=32k&cache=warm&sendfile=off',
        'nginx-static?file=64k&buf=32k&directio=on',
        'nginx-static?file=10000&cache=warm&nopush=on',
        'kafka-fetch?file=1m&cache=warm&fetch=256k',
      ]) {
        await open(page, `#/${query}&lang=${lang}&v=1`);
        const steps = await stepCount(page);
        await open(page, `#/${query}&lang=${lang}&step=${Math.floor(steps / 2)}&v=1`);
        await expect(page.locator('.notices')).toHaveCount(0);
        await info.attach(`${query}-${w}x${h}-${lang}.png`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
      }
    });
  }
}
