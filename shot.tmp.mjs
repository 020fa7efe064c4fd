import { chromium } from 'playwright-core';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const p = await b.newPage({ viewport: { width: s.w, height: s.h } });
  await p.goto('http://127.0.0.1:4310/' + s.url);
  await p.waitForTimeout(s.wait ?? 800);
  if (s.move) {
    await p.mouse.move(s.w / 2, s.h / 2);
    await p.mouse.move(s.w / 2 + 5, s.h / 2 + 5);
    await p.waitForTimeout(300);
  }
  await p.screenshot({ path: s.out });
  await p.close();
}
await b.close();
