import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { counters, expectStep, STEP, stepCount, totalsOf } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** The folder GitHub Pages serves a project site from: https://<user>.github.io/<repo>/. */
const SUB_PATH = '/data-path-lab/';
/** The build the suite's web server made (playwright.config.ts: E2E_OUT, default dist). */
const BUILD = resolve(process.env.E2E_OUT ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static host that serves the build under SUB_PATH only, as GitHub Pages does: anything else is a 404. */
async function pagesHost(): Promise<{ base: string; server: Server; missing: string[] }> {
  const missing: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = () => {
      missing.push(path);
      res.writeHead(404).end();
    };
    if (!path.startsWith(SUB_PATH)) return notFound();
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html');
    if (rel.startsWith('..')) return notFound();
    const file = join(BUILD, rel.endsWith('/') ? `${rel}index.html` : rel);
    void stat(file)
      .then((s) => (s.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => {
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
        },
        () => notFound(),
      );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}${SUB_PATH}`, server, missing };
}

test('the build works from a sub-path (GitHub Pages): lazy views, Chinese, the worker, the service worker', async ({
  page,
}) => {
  const { base, server, missing } = await pagesHost();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}#/read-write?file=10000&lang=zh-CN&pane=memory&v=1`);
    // The run comes from the simulation worker, the Chinese catalogue and the memory view are lazy chunks.
    await expect(page.locator(`${STEP}[data-scenario="read-write"]`)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('tab', { name: '内存与页表' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.mem-pte-bits').first()).toBeVisible();
    await page.keyboard.press('End');
    await expectStep(page, (await stepCount(page)) - 1);
    expect(await counters(page)).toEqual(totalsOf('read-write', 'file=10000'));
    // The service worker is scoped to the folder, not the host's root.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope), {
        timeout: 30_000,
      })
      .toBe(base);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});
