import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site (`npm run build` first), served with the headers a
 * deployment sends: by scripts/serve.ts, or with `E2E_SERVER=nginx` (or `caddy`) by that server
 * with the generated deploy/ configuration (scripts/e2e-server.ts).
 * Machines without downloadable browsers use Debian's Chromium; elsewhere Playwright's own.
 * Debian's headless shell comes first: it is the same Blink without the browser's window
 * machinery, the build Playwright itself runs headless tests in, and it ran the tools, pages
 * and explorer specs in about half the time of the full browser on a 2-core machine. (`--headed` needs
 * the full browser: `CHROMIUM_PATH=/usr/bin/chromium`.)
 */
const systemChromium = [
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
].find((path): path is string => Boolean(path) && existsSync(path as string));
const port = Number(process.env['E2E_PORT'] ?? 4329);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  // Generous limits: the suite shares 2 cores with the preview server and Chromium.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // The offline spec turns the service worker on for itself; elsewhere its precache
    // downloads would only slow every test down.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    env: { E2E_PORT: String(port) },
    url: baseURL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
