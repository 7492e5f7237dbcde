import { defineConfig, devices } from '@playwright/test';

// The e2e server is `npm start` itself (the README's run command) on its own SQLite file
// and port, so every run walks the path a new user takes.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e/gleaner.db';

export default defineConfig({
  testDir: './e2e',
  // Two-instance tests need PostgreSQL and their own servers: playwright.scale.config.ts.
  testIgnore: ['scale-out/**'],
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Keep Chromium off the closed network (DESIGN.md); not --disable-features, which
      // would replace Playwright's own list.
      args: ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(PORT), DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
