import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'] });
for (const [lang, edit] of [['en', 'Edit a copy'], ['zh-CN', '编辑副本']]) {
  for (const [w, h] of [[1280, 800], [1920, 1080]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(`http://127.0.0.1:4331/#/read-write?step=5&lang=${lang}&v=1`);
    await page.waitForSelector('[data-steps]');
    await page.getByRole('button', { name: edit }).click();
    await page.waitForSelector('.cm-content');
    const line = page.locator('.cm-line', { hasText: 'n = read(3, buf, B);' });
    await line.getByText('read', { exact: true }).first().dblclick();
    await page.keyboard.type('raed');
    await page.waitForTimeout(500);
    await page.locator('.cm-lintRange-error').hover();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/e14/editor-${lang}-${w}.png` });
    await page.close();
  }
}
await browser.close();
