// The admin's side of "who is a teacher": teacher requests, the user list, and the roles a new
// account starts with. Every function for the admin checks the viewer's role itself, because
// server actions are public endpoints; others get null / 'forbidden' and nothing changes.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { toRole, type Role } from '@/lib/roles';
import { resolveDatabaseTarget } from '@/lib/database-url';
import { getDb } from '@/lib/db';
import { redeemInviteIn } from './invites';

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === 'admin';
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  teacherRequestedAt: Date | null;
}

const USER_FIELDS = { id: true, name: true, email: true, role: true, createdAt: true, teacherRequestedAt: true } as const;

/** Admin only: students waiting for a teacher account, oldest request first. */
export async function listTeacherRequests(viewer: Viewer): Promise<AdminUser[] | null> {
  if (!isAdmin(viewer)) return null;
  const db = await getDb();
  const rows = await db.user.findMany({
    where: { role: 'student', teacherRequestedAt: { not: null } },
    orderBy: { teacherRequestedAt: 'asc' },
    select: USER_FIELDS,
  });
  return rows.map((r) => ({ ...r, role: toRole(r.role) }));
}

export interface AdminUserRow extends AdminUser {
  /** Classes they teach (archived ones too): the admin's page for them offers to hand these over. */
  classesTaught: number;
}

/** Admin only: every account with its role, admins and teachers first. */
export async function listUsers(viewer: Viewer): Promise<AdminUserRow[] | null> {
  if (!isAdmin(viewer)) return null;
  const db = await getDb();
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { ...USER_FIELDS, _count: { select: { classesTaught: true } } },
    take: 1000,
  });
  const rank: Record<Role, number> = { admin: 0, teacher: 1, student: 2 };
  return rows
    .map(({ _count, ...r }) => ({ ...r, role: toRole(r.role), classesTaught: _count.classesTaught }))
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/** Admin only: approve makes the student a teacher; decline clears the request. */
export async function decideTeacherRequest(
  viewer: Viewer,
  userId: string,
  decision: 'approve' | 'decline',
): Promise<'ok' | 'forbidden' | 'not_found'> {
  if (!isAdmin(viewer)) return 'forbidden';
  const db = await getDb();
  const { count } = await db.user.updateMany({
    where: { id: userId, role: 'student', teacherRequestedAt: { not: null } },
    data: decision === 'approve' ? { role: 'teacher', teacherRequestedAt: null } : { teacherRequestedAt: null },
  });
  return count === 1 ? 'ok' : 'not_found';
}

/**
 * The first account on a new installation becomes the admin. One statement decides it: no admin
 * exists and no other user was created earlier. SQLite runs writes one at a time; on PostgreSQL
 * a transaction-scoped advisory lock does the same, so two racing sign-ups never make two admins.
 */
async function promoteIfFirstUser(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (resolveDatabaseTarget().provider === 'postgresql') {
      await tx.$queryRawUnsafe('SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(71230001)) AS l');
    }
    const count = await tx.$executeRaw`
      UPDATE "user" SET "role" = 'admin'
      WHERE "id" = ${userId}
        AND NOT EXISTS (SELECT 1 FROM "user" AS a WHERE a."role" = 'admin')
        AND NOT EXISTS (
          SELECT 1 FROM "user" AS o, "user" AS me
          WHERE me."id" = ${userId} AND o."id" <> me."id"
            AND (o."createdAt" < me."createdAt" OR (o."createdAt" = me."createdAt" AND o."id" < me."id"))
        )`;
    return count === 1;
  });
}

export interface NewAccountChoices {
  wantsTeacher: boolean;
  inviteToken?: string;
  openTeacherSignup: boolean;
}

/**
 * Called by the sign-up action only, for the account it has just created: settles the role.
 * The invite outcome is 'none' without a token, else whether it made the account a teacher.
 */
export async function settleNewAccountRole(
  userId: string,
  choices: NewAccountChoices,
): Promise<{ role: Role; invite: 'none' | 'ok' | 'invalid' }> {
  const inviteOutcome = choices.inviteToken ? 'invalid' : 'none';
  if (await promoteIfFirstUser(userId)) return { role: 'admin', invite: inviteOutcome };
  const db = await getDb();
  if (choices.inviteToken) {
    const token = choices.inviteToken;
    const ok = await db.$transaction((tx) => redeemInviteIn(tx, userId, token));
    if (ok) return { role: 'teacher', invite: 'ok' };
  }
  if (choices.wantsTeacher) {
    const data = choices.openTeacherSignup ? { role: 'teacher' } : { teacherRequestedAt: new Date() };
    await db.user.updateMany({ where: { id: userId, role: 'student' }, data });
    return { role: choices.openTeacherSignup ? 'teacher' : 'student', invite: inviteOutcome };
  }
  return { role: 'student', invite: inviteOutcome };
}
