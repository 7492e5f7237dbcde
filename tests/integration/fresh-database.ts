// A database of the test file's own, migrated and empty: for tests that must know every user on
// it (the first account becomes the admin; the last admin cannot go). Beside the shared test
// database: a new SQLite file, or a new database on the same PostgreSQL server.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { disconnectDb } from '@/lib/db';

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Makes and migrates the database, and points this worker's lib/db at it (lib/db keeps one client
 * per process). Returns what puts things back: the shared database again, this one dropped.
 */
export async function useFreshDatabase(label: string): Promise<() => Promise<void>> {
  const sharedUrl = process.env.DATABASE_URL ?? '';
  let url: string;
  let drop: () => Promise<void>;
  if (sharedUrl.startsWith('postgres')) {
    const name = `gleaner_${label}_${randomBytes(6).toString('hex')}`;
    await onServer(sharedUrl, `CREATE DATABASE ${name}`);
    const u = new URL(sharedUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = () => onServer(sharedUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), `gleaner-${label}-`));
    url = `file:${path.join(dir, `${label}.db`)}`;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  await disconnectDb();
  process.env.DATABASE_URL = url;
  return async () => {
    await disconnectDb();
    process.env.DATABASE_URL = sharedUrl;
    await drop();
  };
}
