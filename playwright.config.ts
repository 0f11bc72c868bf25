import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run on Debian's Chromium (Playwright cannot download its own here): an explicit
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE wins, then /usr/bin/chromium, else Playwright's own browser.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

/** E2E_PORT lets several checkouts run their browser tests side by side, each on its own preview server. */
const PORT = Number(process.env.E2E_PORT) || 4173;
/** E2E_BASE_URL points the tests at a server already running (e.g. `npx vite --port 5181`) and skips the build. */
const EXTERNAL_URL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL_URL || `http://127.0.0.1:${PORT}`;
/**
 * The same build served by a plain static server with the documented deploy headers (README
 * "Deploying the built planner"): only the specs that prove privacy, offline use and the headers
 * run there. Not with E2E_BASE_URL, which has no build to serve.
 */
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT) || PORT + 10;
const STATIC_URL = `http://127.0.0.1:${STATIC_PORT}`;
const STATIC_PROJECT = 'static-dist'; // e2e/fixtures.ts STATIC_PROJECT
const STATIC_SPECS = ['privacy.spec.ts', 'offline.spec.ts', 'static-deploy.spec.ts'];

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    // No GPU in CI containers; no calls home from the browser while tests run.
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-domain-reliability',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: 'static-deploy.spec.ts' },
    ...(EXTERNAL_URL ? [] : [{ name: STATIC_PROJECT, use: { ...chromium, baseURL: STATIC_URL }, testMatch: STATIC_SPECS }]),
  ],
  webServer: EXTERNAL_URL
    ? undefined
    : [
        {
          command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
          url: BASE_URL,
          // Reusing silently picks up whatever holds the port: only on a developer's machine.
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // Reads dist/ per request: ready (200 on /) once the build above has written it.
          command: `node e2e/static-server.mjs --port ${STATIC_PORT} --root dist`,
          url: `${STATIC_URL}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
});
