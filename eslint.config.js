// Layer rules: ui → state → sim, url → sim; src/sim is pure (no UI, DOM, clock, randomness, timers).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const simDeepImport = {
  group: ['**/sim/*', '!**/sim/index', '!**/sim/index.ts'],
  message: 'Import the simulation core only through src/sim/index.ts.',
};
const uiImport = {
  group: ['../ui', '../ui/*', '../../ui', '../../ui/*', '**/src/ui/*'],
  message: 'Only the app entry imports src/ui.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      // Per-agent e2e builds (E2E_OUT=dist-<name>).
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'tests/fidelity/build',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'zustand',
                'zustand/*',
                'd3',
                'd3-*',
                '**/ui/**',
                '**/state/**',
                '**/url/**',
                '**/i18n/**',
                '**/cli/**',
                'node:*',
                'fs',
                'path',
              ],
              message: 'src/sim is the pure core: no UI, state, DOM or I/O imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'performance',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'queueMicrotask',
        'process',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
        { object: 'Date', property: 'now', message: 'The core uses simulated time only.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The core uses simulated time only.' },
        { selector: 'ExportAllDeclaration', message: 'Explicit named exports only.' },
      ],
    },
  },
  {
    files: [
      'src/state/**/*.ts',
      'src/url/**/*.ts',
      'src/i18n/**/*.ts',
      'src/cli/**/*.ts',
      'src/worker/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [simDeepImport, uiImport] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [simDeepImport, { group: ['d3'], message: 'Import d3 submodules, not the barrel.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [simDeepImport] }] },
  },
);
