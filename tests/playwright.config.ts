/**
 * Browser tests against the built site, served by the plain static server in
 * src/cli/static-server.ts. `npm test` builds dist/ (root) and dist-base/
 * (BASE_PATH=/docs/push/) first.
 *
 * Browser: Debian's Chromium by default (CHROMIUM_PATH=/usr/bin/chromium);
 * set CHROMIUM_PATH= (empty) to use Playwright's own downloaded browser.
 */
import { defineConfig } from '@playwright/test';

/** Ports of the test servers; E2E_PORT moves them all, so two checkouts can test at once. */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4410);
export const BASE_PORT = ROOT_PORT + 1;
export const BASE_PATH = '/docs/push/';
/** dist/ again, sent with the production security headers (CSP): tests/e2e/security.spec.ts. */
export const SECURE_PORT = ROOT_PORT + 2;

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Waits, not timing checks: on a loaded 2-core machine a first search (Pagefind start-up plus the
  // lookup index) took over the 5 s default, and every check waiting for "results" failed at once.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Chromium refuses some ports outright (5060 and 5061 are SIP); E2E_PORT may land on one.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', `--explicitly-allowed-ports=${ROOT_PORT},${BASE_PORT},${SECURE_PORT}`],
    },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: [
    { command: `node src/cli/serve.ts dist --port ${ROOT_PORT}`, cwd: '..', url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: false },
    { command: `node src/cli/serve.ts dist-base --port ${BASE_PORT}`, cwd: '..', env: { BASE_PATH }, url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`, reuseExistingServer: false },
    { command: `node src/cli/serve.ts dist --secure --port ${SECURE_PORT}`, cwd: '..', url: `http://127.0.0.1:${SECURE_PORT}/`, reuseExistingServer: false },
  ],
});
