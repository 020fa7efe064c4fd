// `npm test`: static checks, then every Vitest project, then the Playwright end-to-end suite in Debian's
// Chromium; ends with one `total: N passed, N failed` line read by CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

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
const hasE2e = existsSync('playwright.config.ts');
const e2eStatus = hasE2e
  ? run('npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
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
