// The first account on a new installation is the admin, even when sign-ups race. Needs an empty
// user table, so this file makes its own fresh database (SQLite file or PostgreSQL database).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { settleNewAccountRole } from '@/lib/dal/admin';
import { getDb } from '@/lib/db';
import { useFreshDatabase } from './fresh-database';

let restore: () => Promise<void> = async () => {};

beforeAll(async () => {
  restore = await useFreshDatabase('first');
}, 120_000);

afterAll(() => restore());

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
