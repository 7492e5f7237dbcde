// Requests share one database client. On SQLite that is one connection, so without care a
// statement from one request runs inside another request's open transaction: it sees that
// transaction's uncommitted writes, and its own write is undone if that transaction rolls back
// — an acknowledged write lost. Both must hold on SQLite as they do on PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
/** Its error message once it fails (handled at once: on PostgreSQL it may fail before it is awaited). */
const settle = (p: Promise<unknown>) => p.then(() => 'committed', (error: Error) => error.message);

/**
 * Request 1: renames the student in a transaction, waits (as a transaction does between its
 * statements), then fails. `open` resolves once the rename is in; `failed` gives the error.
 */
async function renameThenFail(studentId: string, name: string) {
  let markOpen: () => void = () => {};
  const open = new Promise<void>((resolve) => (markOpen = resolve));
  const failed = settle(db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: studentId }, data: { name } });
    markOpen();
    await tick();
    await tick();
    throw new Error('request 1 fails');
  }));
  await open;
  return { failed };
}

it('a write made while another request’s transaction is open survives that transaction’s rollback', async () => {
  const student = await createViewer(db);
  const { failed } = await renameThenFail(student.id, 'Renamed, then rolled back');
  // Request 2, meanwhile: its own write, acknowledged before request 1 ends.
  await db.user.update({ where: { id: student.id }, data: { email: `kept-${student.id}@gleaner.test` } });
  expect(await failed).toBe('request 1 fails');
  const after = await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { name: true, email: true } });
  expect(after.email).toBe(`kept-${student.id}@gleaner.test`);
  expect(after.name).toBe(student.name);
});

it('a read made while another request’s transaction is open never sees a write that is then rolled back', async () => {
  const student = await createViewer(db);
  const { failed } = await renameThenFail(student.id, 'Never committed');
  const seen = await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { name: true } });
  expect(await failed).toBe('request 1 fails');
  expect(seen.name).toBe(student.name);
});

it('a transaction whose COMMIT fails does not leave the database waiting for it', async () => {
  const student = await createViewer(db);
  // The database ends the transaction under Prisma's feet (as SQLite does after SQLITE_BUSY or a
  // full disk), so the COMMIT that Prisma sends next fails on SQLite.
  await settle(db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: student.id }, data: { name: 'Ended early' } });
    await tx.$executeRawUnsafe('ROLLBACK');
  }));
  const answered = await Promise.race([
    db.user.findUniqueOrThrow({ where: { id: student.id }, select: { id: true } }).then(() => 'answered'),
    new Promise((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3000)),
  ]);
  expect(answered).toBe('answered');
  // And transactions work again.
  await db.$transaction(async (tx) => tx.user.update({ where: { id: student.id }, data: { name: 'Renamed' } }));
  expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).name).toBe('Renamed');
});
