// A backup taken while students submit holds every attempt acknowledged before it began,
// and restores into a working database (SQLite file or PostgreSQL server, per the run).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { restoreDatabase } from '@/lib/backup';
import { resolveDatabaseTarget } from '@/lib/database-url';
import { saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

const run = promisify(execFile);
let db: Db;
const dir = mkdtempSync(path.join(tmpdir(), 'gleaner-backup-'));
beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await disconnectDb();
  rmSync(dir, { recursive: true, force: true });
});

async function submittedIdsIn(url: string): Promise<Set<string>> {
  const target = resolveDatabaseTarget(url);
  if (target.provider === 'sqlite') {
    const copy = new Database(target.file, { readonly: true });
    const rows = copy.prepare("SELECT id FROM Attempt WHERE status = 'submitted'").all() as { id: string }[];
    copy.close();
    return new Set(rows.map((r) => r.id));
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Attempt" WHERE status = 'submitted'`);
  await client.end();
  return new Set(rows.map((r) => r.id));
}

it('restores a backup taken during writes with every acknowledged attempt', async () => {
  const sourceUrl = process.env.DATABASE_URL!;
  const target = resolveDatabaseTarget(sourceUrl);
  const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
  const student = await createViewer(db);

  const acknowledged: string[] = [];
  let writing = true;
  const writer = (async () => {
    while (writing) {
      const attemptId = (await startPracticeAttempt(student, slug))!;
      await saveAnswer(student, attemptId, questionIds[0], 'Paris');
      const result = await submitAttempt(student, attemptId);
      if (result.outcome === 'submitted') acknowledged.push(attemptId);
      // better-sqlite3 answers synchronously, so without this the loop would starve timers and I/O.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  while (acknowledged.length < 5) await new Promise((r) => setTimeout(r, 10));
  const beforeBackup = [...acknowledged];
  const backupFile = path.join(dir, target.provider === 'sqlite' ? 'backup.db' : 'backup.dump');
  // The backup runs as its own process, as `npm run db:backup` would, while the writer goes on.
  await run('npx', ['tsx', 'scripts/db-backup.ts', backupFile], { env: { ...process.env, DATABASE_URL: sourceUrl } });
  const writtenDuringBackup = acknowledged.length - beforeBackup.length;
  writing = false;
  await writer;

  let restoredUrl: string;
  if (target.provider === 'sqlite') {
    restoredUrl = `file:${path.join(dir, 'restored.db')}`;
  } else {
    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    const name = `restored_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(sourceUrl);
    u.pathname = `/${name}`;
    restoredUrl = u.toString();
  }
  await restoreDatabase(resolveDatabaseTarget(restoredUrl), backupFile);

  const restored = await submittedIdsIn(restoredUrl);
  for (const id of beforeBackup) expect(restored.has(id), `attempt ${id} acknowledged before the backup`).toBe(true);
  expect(restored.size).toBeGreaterThanOrEqual(beforeBackup.length);
  expect(writtenDuringBackup).toBeGreaterThan(0); // the backup really ran beside writes
});
