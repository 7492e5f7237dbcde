import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Two app instances sharing one PostgreSQL database (scripts/e2e-two-instances.mjs).
// Run by `npm test` with E2E_PG_URL pointing at a fresh database on the throwaway server.
const databaseUrl = process.env.E2E_PG_URL ?? '';

export default defineConfig({
  ...base,
  testDir: './e2e/scale-out',
  testIgnore: [],
  use: { ...base.use, baseURL: 'http://localhost:3301' },
  webServer: {
    command: 'node scripts/e2e-two-instances.mjs',
    url: 'http://localhost:3302/api/health',
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { DATABASE_URL: databaseUrl, PORT_A: '3301', PORT_B: '3302' },
  },
});
