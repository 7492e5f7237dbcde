// The first account on a new installation is the admin, even when sign-ups race. Needs an empty
// user table, so this file makes its own fresh database (SQLite file or PostgreSQL database).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { settleNewAccountRole } from '@/lib/dal/admin';
import { disconnectDb, getDb } from '@/lib/db';

const sharedUrl = process.env.DATABASE_URL ?? '';
let cleanup: () => Promise<void> = async () => {};

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  let url: string;
  if (sharedUrl.startsWith('postgres')) {
    const name = `gleaner_first_${randomBytes(6).toString('hex')}`;
    await onServer(sharedUrl, `CREATE DATABASE ${name}`);
    const u = new URL(sharedUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    cleanup = () => onServer(sharedUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'gleaner-first-'));
    url = `file:${path.join(dir, 'first.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  // lib/db keeps one client per process; this file's worker uses the fresh database only.
  await disconnectDb();
  process.env.DATABASE_URL = url;
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = sharedUrl;
  await cleanup();
});

it('of 20 racing first sign-ups exactly one, the earliest, becomes the admin; later ones stay students', async () => {
  const db = await getDb();
  expect(await db.user.count()).toBe(0);
  const base = Date.now();
  const ids = Array.from({ length: 20 }, (_, i) => `racer-${String(i).padStart(2, '0')}`);
  await Promise.all(
    ids.map((id, i) => db.user.create({ data: { id, name: id, email: `${id}@test.gleaner`, createdAt: new Date(base + i) } })),
  );
  const results = await Promise.all(ids.map((id) => settleNewAccountRole(id, { wantsTeacher: true, openTeacherSignup: false })));
  expect(results.filter((r) => r.role === 'admin')).toHaveLength(1);
  const admins = await db.user.findMany({ where: { role: 'admin' }, select: { id: true, teacherRequestedAt: true } });
  expect(admins).toEqual([{ id: 'racer-00', teacherRequestedAt: null }]);

  await db.user.create({ data: { id: 'latecomer', name: 'Late', email: 'late@test.gleaner' } });
  expect((await settleNewAccountRole('latecomer', { wantsTeacher: false, openTeacherSignup: false })).role).toBe('student');
  expect(await db.user.count({ where: { role: 'admin' } })).toBe(1);
});
