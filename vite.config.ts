import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after one visit (a lecture hall's Wi-Fi): every asset is precached, the lazily loaded views,
    // the Chinese catalogue and the simulation worker included. An update waits for the user (registerType
    // 'prompt', src/ui/offline): never a reload in the middle of a lecture.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Data Path Lab',
        short_name: 'Data Path Lab',
        description:
          'Step through how data moves between disk, kernel, user space and the NIC on Linux: copies, DMA, mode switches, page faults.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f3f4f6',
        theme_color: '#0b3d91',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Every browser that runs es2022 modules supports <link rel=modulepreload>: no polyfill needed.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
});
