// Online backups and restores for both databases. SQLite: `VACUUM INTO` writes a consistent
// copy while the app keeps writing (WAL readers see one snapshot). PostgreSQL: pg_dump's custom
// format, restored with pg_restore.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { DatabaseTarget } from './database-url';

const run = promisify(execFile);

export function defaultBackupFile(target: DatabaseTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.resolve('backups', `gleaner-${stamp}.${target.provider === 'sqlite' ? 'db' : 'dump'}`);
}

export async function backupDatabase(target: DatabaseTarget, outFile: string): Promise<void> {
  mkdirSync(path.dirname(outFile), { recursive: true });
  if (existsSync(outFile)) throw new Error(`${outFile} exists already; choose a new file`);
  if (target.provider === 'sqlite') {
    const db = new Database(target.file, { fileMustExist: true, timeout: 10_000 });
    try {
      db.prepare('VACUUM INTO ?').run(outFile);
    } finally {
      db.close();
    }
    return;
  }
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${outFile}`, `--dbname=${target.url}`]);
}

/**
 * Replaces the database's contents with a backup. For SQLite the app must be stopped (the file
 * is swapped); PostgreSQL restores into the running database, dropping what the backup holds.
 */
export async function restoreDatabase(target: DatabaseTarget, backupFile: string): Promise<void> {
  if (!existsSync(backupFile)) throw new Error(`${backupFile} does not exist`);
  if (target.provider === 'sqlite') {
    mkdirSync(path.dirname(target.file), { recursive: true });
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target.file + suffix, { force: true });
    copyFileSync(backupFile, target.file);
    return;
  }
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${target.url}`, backupFile]);
}
