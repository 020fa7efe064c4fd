import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumFlags';
import { freePortSync } from './scripts/browser/freePort';

// The preview server takes a free port (a preview left running on 4173 must not fail the suite) unless E2E_PORT
// names one; the choice goes into the environment so the worker processes, which load this file again, agree.
// The build folder (E2E_OUT) can be overridden so two runs on one machine do not collide, and the build command
// (E2E_BUILD) to test a build made some other way.
// An empty E2E_PORT counts as unset.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePortSync());
const PORT = Number(process.env.E2E_PORT);
const OUT = process.env.E2E_OUT ?? 'dist';
const build = process.env.E2E_BUILD ?? `npm run build -- --outDir ${OUT} --emptyOutDir`;
const TIMED = ['**/bigRun.spec.ts', '**/growth.spec.ts'];

/** End-to-end tests in the Chromium chromiumFlags.ts finds (Debian's first), against the production build. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
    // The offline spec allows the service worker; elsewhere it would only fetch every asset in the background.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // The specs that time the page (no main-thread task over 50 ms while a big run builds) run last and alone,
  // so they measure the app rather than the other tests sharing the machine's cores.
  projects: [
    { name: 'app', testIgnore: TIMED },
    { name: 'timed', testMatch: TIMED, dependencies: ['app'], workers: 1 },
  ],
  webServer: {
    command: `${build} && node_modules/.bin/vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
