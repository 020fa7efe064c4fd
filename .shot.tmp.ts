import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/wt/growth15/chromiumFlags';
const [hash, out, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w ?? 1920), height: Number(h ?? 1080) } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const t0 = Date.now();
await page.goto(`http://127.0.0.1:4342/${hash}`);
await page.waitForTimeout(500);
try {
  await page.waitForSelector('[data-testid="growth-progress"]', { state: 'detached', timeout: 90000 });
} catch (e) { console.log('timeout waiting'); }
console.log('done in', Date.now() - t0, 'ms', page.url());
await page.screenshot({ path: out });
await browser.close();
