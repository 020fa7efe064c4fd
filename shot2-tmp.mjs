import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:4331/#/sendfile?step=4&lang=zh-CN&v=1`);
await page.waitForSelector('[data-steps]');
await page.screenshot({ path: `/tmp/e14/pane-zh-1280.png`, clip: { x: 0, y: 60, width: 450, height: 400 } });
// run a custom program and play a few steps
await page.getByRole('button', { name: '编辑副本' }).click();
await page.waitForSelector('.cm-content');
const line = page.locator('.cm-line', { hasText: 'const F = 4096;' });
await line.getByText('4096', { exact: true }).first().dblclick();
await page.keyboard.type('20000');
await page.getByRole('button', { name: '运行', exact: true }).click();
await page.waitForTimeout(300);
await page.locator('body').click({ position: { x: 5, y: 300 } });
for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowRight');
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/e14/running-zh-1280.png` });
await browser.close();
