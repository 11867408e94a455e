import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/browser';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against
 * the built app served by the reference server (`server/`), which also answers
 * the sync API on the same origin, on a port of its own so that a developer's
 * `npm start` on 4173 does not clash with a test run. Each port builds into
 * its own folder, so parallel runs on different ports never overwrite each
 * other's build; the database is in memory, fresh for every run.
 */
const port = Number(process.env.E2E_PORT ?? 4174);
const outDir = `.e2e-dist/${port}`;
/** The tokens the sync tests sign in with (see docs/server.md). */
const E2E_TOKENS = 'e2e-official:Maria Rossi:official,e2e-technical:Luca Bianchi:technical';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command:
      `npx vite build --logLevel warn --outDir ${outDir} --emptyOutDir && ` +
      `npx tsx server/src/main.ts --port ${port} --host localhost --static ${outDir} --db :memory:`,
    env: { MATTONCINI_TOKENS: E2E_TOKENS },
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
