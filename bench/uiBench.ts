// `npm run bench:ui`: the UI budgets of DESIGN §9 in headless Chromium at 1920×1080, against the production
// build served by vite preview: build the 1 GiB read/write trace in the page, scrub to 50 random steps
// (longest main-thread block per scrub, budget 50 ms) and play at max speed for 5 s (median fps, target 55).
// Flags: --no-build (serve the existing dist/), --url http://… (measure a server that is already running).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromiumFlags';

const PORT = 4179;
/** The step indicator: the element with both hooks (data-step alone is not unique enough to rely on). */
const STEP = '[data-step][data-steps]';
const HASH = '#/read-write?file=1g&lang=en&v=1';
const SCRUBS = 50;
const PLAY_MS = 5000;
const BUDGET = { buildMs: 2000, scrubMs: 50, fps: 55 };

const argv = process.argv.slice(2);
const urlFlag = argv.indexOf('--url');

async function serve(): Promise<{ base: string; server?: ChildProcess }> {
  if (urlFlag >= 0) return { base: argv[urlFlag + 1]! };
  if (!argv.includes('--no-build')) {
    const built = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

/** Opens the 1 GiB trace; the page records each trace build as a `dpl:simulate` performance measure. */
async function measureOpen(page: Page, base: string) {
  const t0 = Date.now();
  await page.goto(base + HASH);
  await page.waitForFunction(
    () => Number(document.querySelector('[data-steps]')?.getAttribute('data-steps')) > 1e6,
    null,
    {
      timeout: 120_000,
    },
  );
  const loadMs = Date.now() - t0;
  const simulateMs = await page.evaluate(() =>
    Math.max(0, ...performance.getEntriesByName('dpl:simulate').map((e) => e.duration)),
  );
  const steps = Number(await page.locator('[data-steps]').getAttribute('data-steps'));
  return { loadMs, simulateMs, steps };
}

/** Scrubs to seeded random positions; per scrub: handler time, time to the next frame, longest long task. */
async function measureScrub(page: Page, steps: number) {
  return page.evaluate(
    async ({ n, steps }) => {
      const longTasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
      try {
        observer.observe({ type: 'longtask', buffered: false });
      } catch {
        // Long Tasks API unavailable: the frame timing below still bounds the block.
      }
      const input = document.querySelector<HTMLInputElement>('input.scrubber')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      let seed = 20240601;
      const rows: { pos: number; handlerMs: number; frameMs: number; longTaskMs: number }[] = [];
      await frame();
      for (let i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const pos = seed % steps;
        const before = longTasks.length;
        const t0 = performance.now();
        setValue.call(input, String(pos));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        await frame();
        const t2 = performance.now();
        await new Promise((r) => setTimeout(r, 30));
        const lt = longTasks.slice(before).reduce((m, e) => Math.max(m, e.duration), 0);
        rows.push({ pos, handlerMs: t1 - t0, frameMs: t2 - t0, longTaskMs: lt });
      }
      observer.disconnect();
      const shown = Number(document.querySelector('[data-step][data-steps]')?.getAttribute('data-step'));
      return { rows, shown, last: rows.at(-1)!.pos };
    },
    { n: SCRUBS, steps },
  );
}

/** Plays at max speed for PLAY_MS and records every animation-frame delta and how far the step moved. */
async function measurePlay(page: Page) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
  await page.locator(STEP).click();
  const start = Number(await page.locator(STEP).getAttribute('data-step'));
  await page.keyboard.press('Space');
  const { deltas, machineUpdates } = await page.evaluate(
    (ms) =>
      new Promise<{ deltas: number[]; machineUpdates: number }>((resolve) => {
        // The machine view's SVG carries the step it shows: count the frames in which it really changed.
        const machine = () =>
          document.querySelector('[data-testid="machine"] [data-mv-step]')?.getAttribute('data-mv-step');
        const out: number[] = [];
        let shown = machine();
        let machineUpdates = 0;
        let last = performance.now();
        const end = last + ms;
        const tick = (now: number) => {
          out.push(now - last);
          last = now;
          const m = machine();
          if (m !== shown) machineUpdates++;
          shown = m;
          if (now < end) requestAnimationFrame(tick);
          else resolve({ deltas: out.slice(1), machineUpdates });
        };
        requestAnimationFrame(tick);
      }),
    PLAY_MS,
  );
  await page.keyboard.press('Space');
  const end = Number(await page.locator(STEP).getAttribute('data-step'));
  return { deltas, machineUpdates, advanced: end - start };
}

const { base, server } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // tsx keeps function names with an `__name` helper that does not exist inside the page.
  await page.addInitScript('globalThis.__name = (f) => f;');
  const open = await measureOpen(page, base);
  await page.waitForTimeout(500);
  const scrub = await measureScrub(page, open.steps);
  const play = await measurePlay(page);

  const worst = scrub.rows.reduce((m, r) => Math.max(m, r.frameMs, r.longTaskMs), 0);
  const fps = 1000 / median(play.deltas);
  const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
  const table = [
    '| measure | value | budget | |',
    '|---|---|---|---|',
    `| read-write file=1g: trace build in the page (simulate) | ${open.simulateMs.toFixed(0)} ms | ≤ ${BUDGET.buildMs} ms | ${ok(open.simulateMs <= BUDGET.buildMs)} |`,
    `| read-write file=1g: link opened to first render | ${open.loadMs} ms (${open.steps.toLocaleString('en-US')} steps) | – | |`,
    `| scrub, ${SCRUBS} random steps: median input → next frame | ${median(scrub.rows.map((r) => r.frameMs)).toFixed(1)} ms | – | |`,
    `| scrub: median input handler (React render) | ${median(scrub.rows.map((r) => r.handlerMs)).toFixed(1)} ms | – | |`,
    `| scrub: longest main-thread block | ${worst.toFixed(1)} ms | ≤ ${BUDGET.scrubMs} ms | ${ok(worst <= BUDGET.scrubMs)} |`,
    `| scrub landed on the step asked for | ${scrub.shown === scrub.last ? 'yes' : `no (${scrub.shown} ≠ ${scrub.last})`} | yes | ${ok(scrub.shown === scrub.last)} |`,
    `| play at max for ${PLAY_MS / 1000} s: median fps | ${fps.toFixed(1)} | ≥ ${BUDGET.fps} | ${ok(fps >= BUDGET.fps)} |`,
    `| play at max: 95th percentile / slowest frame | ${quantile(play.deltas, 0.95).toFixed(1)} / ${Math.max(...play.deltas).toFixed(1)} ms | – | |`,
    `| play at max: machine view redrawn | ${(play.machineUpdates / (PLAY_MS / 1000)).toFixed(1)} times/s | – | |`,
    `| play at max: steps advanced (→ whole trace in) | ${play.advanced.toLocaleString('en-US')} (${((open.steps / Math.max(play.advanced, 1)) * (PLAY_MS / 1000)).toFixed(0)} s) | ~30 s | |`,
  ];
  console.log(`\nUI benchmark, headless Chromium 1920×1080, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(table.join('\n'));
} finally {
  await browser.close();
  server?.kill();
}
