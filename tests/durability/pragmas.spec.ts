// At start, the app's SQLite connection runs in WAL mode, waits on a busy database instead of
// failing, and syncs every commit (synchronous=FULL): what keeps an acknowledged answer.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openSql } from '../security/support/db';
import { freshSqlite, ROOT, startServer } from '../security/support/harness';

test('SQLite starts with journal_mode=wal, busy_timeout set and synchronous=FULL', async () => {
  const databaseUrl = freshSqlite('durability', 'pragmas');
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'tests/durability/support/pragmas.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  const pragmas = JSON.parse(out) as Record<string, string>;
  console.log(`app connection: ${JSON.stringify(pragmas)}`);
  expect(pragmas.journal_mode).toBe('wal');
  expect(Number(pragmas.busy_timeout)).toBeGreaterThanOrEqual(5000);
  expect(pragmas.synchronous).toBe('2'); // 2 = FULL
  expect(pragmas.foreign_keys).toBe('1');

  // The production server puts the file itself in WAL mode on its first request.
  const server = await startServer({ port: 3450, databaseUrl });
  try {
    const sql = await openSql(databaseUrl);
    expect((await sql.one<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode).toBe('wal');
    await sql.close();
  } finally {
    await server.stop();
  }
});
