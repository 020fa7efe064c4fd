import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'sim',
          // Property tests simulate hundreds of traces; a slow shared CI core must not turn them into timeouts.
          testTimeout: 60_000,
          include: [
            'tests/sim/**/*.test.ts',
            'tests/url/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/fidelity/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/tooling/**/*.test.ts',
            'tests/worker/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/helpers/syncTraces.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          testTimeout: 30_000,
          include: ['tests/ui/**/*.test.{ts,tsx}', 'tests/state/**/*.test.ts'],
          environment: 'jsdom',
          globals: true,
          setupFiles: ['tests/helpers/syncTraces.ts', 'tests/ui/setup.ts'],
        },
      },
    ],
  },
});
