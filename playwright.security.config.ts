import { defineConfig, devices } from '@playwright/test';

// `npm run test:security`: raw HTTP attacks and Chromium (XSS) against production servers of one
// build (.next-security) on fresh SQLite and PostgreSQL databases; see tests/security/global-setup.ts.
export default defineConfig({
  testDir: './tests/security',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results/security',
  globalSetup: './tests/security/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
