// `npm run audit`: builds the app into its own folder, serves it with `vite preview` on a free port, runs
// Lighthouse 12 (desktop preset) in Debian's Chromium on two views, then the axe end-to-end scan
// (tests/e2e/a11y.spec.ts: every view × theme × language). Prints a table, writes test-results/audit/, and
// exits 1 unless performance ≥ 95, accessibility = 100, best practices ≥ 95 and axe finds nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromiumFlags';

const OUT = 'test-results/audit';
const DIST = `${OUT}/dist`;
const MIN = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof MIN;
/** A first visit (defaults, English) and a shared link mid-way (Chinese, projector theme, a big trace). */
const PAGES = [
  ['first visit, en, light', '/'],
  ['read-write step 14, zh-CN, projector', '/#/read-write?file=10000&step=14&lang=zh-CN&theme=projector&v=1'],
] as const;

/** A port nobody is listening on (the OS picks it), so the audit never collides with another server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

async function runLighthouse(base: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const rows: { page: string; scores: Record<Category, number> }[] = [];
    for (const [name, path] of PAGES) {
      const result = await lighthouse(
        base + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MIN) },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
      const file = `${OUT}/lighthouse-${rows.length + 1}.json`;
      writeFileSync(file, typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr));
      const scores = Object.fromEntries(
        (Object.keys(MIN) as Category[]).map((c) => [
          c,
          Math.round((result.lhr.categories[c]?.score ?? 0) * 100),
        ]),
      ) as Record<Category, number>;
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      if (failing.length) console.log(`  ${name}: failing audits: ${failing.join(', ')}`);
      rows.push({ page: name, scores });
    }
    return rows;
  } finally {
    await chrome.kill();
  }
}

/** The axe spec against the same build, on its own free port; returns passed/failed test counts. */
async function runAxe(): Promise<{ passed: number; failed: number }> {
  const json = `${OUT}/axe.json`;
  spawnSync('npx', ['playwright', 'test', 'tests/e2e/a11y.spec.ts', '--reporter=list,json'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_PORT: String(await freePort()),
      E2E_OUT: DIST,
      E2E_BUILD: 'true',
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    },
  });
  try {
    const stats = JSON.parse(readFileSync(json, 'utf8')).stats;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

mkdirSync(OUT, { recursive: true });
const built = spawnSync('node_modules/.bin/vite', ['build', '--outDir', DIST, '--emptyOutDir'], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);

const port = await freePort();
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
let rows: Awaited<ReturnType<typeof runLighthouse>>;
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base);
  rows = await runLighthouse(base);
} finally {
  server.kill();
}
const axe = await runAxe();

const ok = (c: Category, v: number) => v >= MIN[c];
const lines = [
  '| page | performance (≥ 95) | accessibility (100) | best practices (≥ 95) |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.page} | ${(Object.keys(MIN) as Category[]).map((c) => `${r.scores[c]}${ok(c, r.scores[c]) ? '' : ' ✗'}`).join(' | ')} |`,
  ),
  '',
  `axe (tests/e2e/a11y.spec.ts, 3 themes × 2 languages, every view): ${axe.passed} passed, ${axe.failed} failed`,
];
console.log(`\n${lines.join('\n')}`);
writeFileSync(`${OUT}/summary.md`, `${lines.join('\n')}\n`);
writeFileSync(`${OUT}/summary.json`, JSON.stringify({ lighthouse: rows, axe, thresholds: MIN }, null, 2));
const pass =
  axe.failed === 0 && rows.every((r) => (Object.keys(MIN) as Category[]).every((c) => ok(c, r.scores[c])));
console.log(pass ? 'audit: passed' : 'audit: FAILED');
process.exitCode = pass ? 0 : 1;
