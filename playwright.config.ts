// Browser tests (`npm run test:e2e`): `npm start` on a free port with a fresh temporary data
// folder (it builds the SPA first if frontend/dist is stale), driven by Debian's chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freePort } from './test/helpers/free-port.ts';

// The config is evaluated again in each worker: the first evaluation (the runner's) chooses, and
// the environment carries its choice to the workers. The runner removes the folder on exit, after
// it has stopped the server.
if (!process.env.WAYMARK_E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  process.env.WAYMARK_E2E_DATA_DIR = dataDir;
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
process.env.WAYMARK_E2E_PORT ??= String(await freePort());
const port = process.env.WAYMARK_E2E_PORT;
// The fake Telegram Bot API (test/peers/telegram.ts) that e2e/inbox.spec.ts starts on this port:
// the server reads its Telegram API base once, at start, so the port is fixed before it starts.
process.env.WAYMARK_E2E_TELEGRAM_PORT ??= String(await freePort());
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npm start',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    // A first start builds the SPA and migrates a new database.
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: port,
      WAYMARK_DATA_DIR: process.env.WAYMARK_E2E_DATA_DIR,
      WAYMARK_SEED_DEMO: 'false',
      WAYMARK_TELEGRAM_API_URL: `http://127.0.0.1:${process.env.WAYMARK_E2E_TELEGRAM_PORT}`,
    },
  },
});
