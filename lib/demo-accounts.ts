// The embedded demo's accounts, created on first run and listed in the README.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { hashPassword } from './password';

// The admin comes first: the first account on an installation is its admin.
export const DEMO_ACCOUNTS = [
  { name: 'Alex Admin', email: 'admin@gleaner.test', password: 'gleaner-admin-demo', role: 'admin' },
  { name: 'Tess Teacher', email: 'teacher@gleaner.test', password: 'gleaner-teacher-demo', role: 'teacher' },
  { name: 'Ada Student', email: 'ada@gleaner.test', password: 'gleaner-student-demo', role: 'student' },
  { name: 'Ben Student', email: 'ben@gleaner.test', password: 'gleaner-student-demo', role: 'student' },
] as const;

/** Creates a credential account the way better-auth stores one (User + Account with providerId "credential"). */
export async function createPasswordUser(
  db: Db,
  user: { name: string; email: string; password: string; role: string },
): Promise<string> {
  const id = randomUUID();
  const password = await hashPassword(user.password);
  await db.$transaction([
    db.user.create({ data: { id, name: user.name, email: user.email.toLowerCase(), role: user.role, emailVerified: false } }),
    db.account.create({ data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password } }),
  ]);
  return id;
}

/** Idempotent: an account that exists already is left alone (its password may have changed). */
export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await createPasswordUser(db, account);
    created += 1;
  }
  return created;
}
