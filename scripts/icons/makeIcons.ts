/**
 * Renders public/icon.svg to the PNG icons the web app manifest lists (192 and 512 px, and a maskable 512 with
 * the safe-zone padding). Run once after changing the SVG: `npx tsx scripts/icons/makeIcons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromiumFlags';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const { size, file, pad } of [
  { size: 192, file: 'public/icon-192.png', pad: 0 },
  { size: 512, file: 'public/icon-512.png', pad: 0 },
  // Maskable: the launcher may crop to a circle; the picture keeps to the inner 80 %.
  { size: 512, file: 'public/icon-maskable-512.png', pad: 0.1 },
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size * (1 - 2 * pad);
  await page.setContent(
    `<body style="margin:0;background:#0b3d91;display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg}</div></body>`,
  );
  await page.screenshot({ path: file, omitBackground: pad === 0 });
  await page.close();
}
await browser.close();
