// One fresh database per test run: a SQLite file in a temp folder, or a new database on the
// PostgreSQL server at PG_URL (TEST_DATABASE=postgresql). Migrations are applied the way a
// deployment applies them (`prisma migrate deploy`), never by pushing the schema.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DATABASE ?? 'sqlite';
  let databaseUrl: string;
  let teardown: () => Promise<void>;
  if (kind === 'postgresql') {
    const adminUrl = process.env.PG_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE=postgresql needs PG_URL (npm test starts a throwaway server)');
    const name = `gleaner_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    teardown = () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'gleaner-test-'));
    databaseUrl = `file:${path.join(dir, 'test.db')}`;
    teardown = async () => rmSync(dir, { recursive: true, force: true });
  }
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'pipe' });
  project.provide('databaseUrl', databaseUrl);
  return teardown;
}
