/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline app shell: after the first visit the back office starts and
    // works with the network off (services live in IndexedDB). generateSW
    // precaches the built HTML, JS, CSS and fonts plus public/templates and
    // public/schema; autoUpdate takes a new version at the next start.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Mattoncini — servizi digitali del Comune',
        short_name: 'Mattoncini',
        description: 'Costruttore visuale dei servizi digitali del Comune',
        lang: 'it',
        start_url: '/',
        display: 'standalone',
        theme_color: '#0066cc',
        background_color: '#f5f6f7',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff,woff2,json,webmanifest}'],
        // The editor's and validator's chunks are large; the shell must be whole offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Client-side routes (/servizi/…/scheda) are answered with the shell.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
