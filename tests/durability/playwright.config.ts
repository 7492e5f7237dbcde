import { defineConfig } from '@playwright/test';

// `npm run test:durability`: load, crash and database-setting tests against production servers
// of the suite build (.next-security, shared with the security suite and rebuilt only when the
// source changed). No browser: the specs speak HTTP and read the database directly.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/durability',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
});
