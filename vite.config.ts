import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  // Every browser that runs es2022 modules supports <link rel=modulepreload>: no polyfill needed.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
});
