// `npm test`: makes sure a browser is there (installing Debian's Chromium when it can), then static checks, every
// Vitest project and the Playwright end-to-end suite; ends with one `total: N passed, N failed` line read by CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { INSTALL_HINT, findChromium, planBrowser, thisSystem } from './browser/findChromium';

const run = (cmd: string, args: readonly string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** The browser for the e2e tests: found, or installed with apt-get where that is possible; else a reason. */
function ensureBrowser(): { readonly browser?: string; readonly problem?: string } {
  const chosen = process.env.CHROMIUM_PATH || undefined;
  const plan = planBrowser(findChromium(), chosen, thisSystem());
  if ('use' in plan) return { browser: plan.use };
  if ('stop' in plan) return { problem: plan.stop };
  console.log("npm test: no Chromium found; installing Debian's chromium package for the end-to-end tests:");
  for (const [cmd, ...args] of plan.install) {
    console.log(`$ ${[cmd, ...args].join(' ')}`);
    if (run(cmd!, args) !== 0) return { problem: INSTALL_HINT };
  }
  const installed = findChromium();
  return installed ? { browser: installed } : { problem: INSTALL_HINT };
}

const hasE2e = existsSync('playwright.config.ts');
const { browser, problem } = hasE2e ? ensureBrowser() : {};
if (problem) {
  // One line, before anything runs: what to install.
  console.error(problem);
  process.exit(1);
}
if (browser) console.log(`npm test: end-to-end tests run in ${browser}`);

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/vitest.json', 'test-results/e2e.json']) rmSync(f, { force: true });

let failedStatic = 0;
for (const script of ['typecheck', 'lint', 'format:check']) {
  if (run('npm', ['run', '--silent', script]) !== 0) {
    console.error(`\n${script} failed`);
    failedStatic++;
  }
}

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const e2eStatus = browser
  ? run('npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
      CHROMIUM_PATH: browser,
    })
  : 0;

let passed = 0;
let failed = failedStatic;
if (existsSync('test-results/vitest.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed +=
    v.numFailedTests + (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0);
} else failed++;
if (hasE2e) {
  if (existsSync('test-results/e2e.json')) {
    const e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += e.stats.expected + e.stats.flaky;
    failed += e.stats.unexpected;
  } else failed++;
}
if (vitestStatus !== 0 || e2eStatus !== 0) failed = Math.max(failed, 1);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
