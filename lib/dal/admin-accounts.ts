// The admin demotes a teacher (or another admin) to student, or removes an account. Admin only;
// others get 'forbidden' and nothing changes. Guards: never oneself, never the last admin.
//
// Sessions: the role is read from the user row on every request (lib/auth-session-sql.ts joins
// it; better-auth's getSession reads the user too, and no cookie cache is configured), so a
// demotion already holds on the next request. The demoted user's sessions are deleted as well,
// so every open tab is signed out at once rather than carrying on with pages rendered for a
// teacher. A removed user's sessions go with the user row (Session cascades).
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { resolveDatabaseTarget } from '@/lib/database-url';
import { getDb, type Db } from '@/lib/db';
import { isAdmin } from './admin';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type AccountRefusal = 'forbidden' | 'not_found' | 'self' | 'last_admin';

/**
 * Role changes take turns: on PostgreSQL the advisory lock promoteIfFirstUser (admin.ts) takes,
 * so two admins demoting each other at once cannot leave none, nor can a class be handed to someone
 * being demoted (class-handover.ts); SQLite runs one write at a time.
 */
export async function lockRoles(tx: Tx): Promise<void> {
  if (resolveDatabaseTarget().provider === 'postgresql') {
    await tx.$queryRawUnsafe('SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(71230001)) AS l');
  }
}

/** Why the admin may not change or remove this account, read inside the caller's transaction. */
async function refusalFor(tx: Tx, viewer: Viewer, userId: string): Promise<AccountRefusal | { role: string; name: string }> {
  if (userId === viewer.id) return 'self';
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, name: true } });
  if (!target) return 'not_found';
  if (target.role === 'admin' && (await tx.user.count({ where: { role: 'admin', id: { not: userId } } })) === 0) return 'last_admin';
  return target;
}

export type DemoteResult = { result: 'ok'; name: string } | { result: AccountRefusal | 'already_student' };

/**
 * Admin only: runs `change` on another account in one transaction, role changes taking turns
 * (lockRoles), once the guards pass (refusalFor); refused otherwise and nothing changes.
 */
async function changeAccount<T>(
  viewer: Viewer,
  userId: string,
  change: (tx: Tx, target: { role: string; name: string }) => Promise<T>,
): Promise<T | { result: AccountRefusal }> {
  if (!isAdmin(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockRoles(tx);
    const target = await refusalFor(tx, viewer, userId);
    if (typeof target === 'string') return { result: target };
    return change(tx, target);
  });
}

/** Admin only: a teacher or another admin becomes a student and is signed out everywhere. */
export async function demoteToStudent(viewer: Viewer, userId: string): Promise<DemoteResult> {
  return changeAccount(viewer, userId, async (tx, target) => {
    if (target.role === 'student') return { result: 'already_student' as const };
    await tx.user.update({ where: { id: userId }, data: { role: 'student', teacherRequestedAt: null } });
    await tx.session.deleteMany({ where: { userId } });
    return { result: 'ok' as const, name: target.name };
  });
}

/** What removing an account takes with it, for the confirmation step. */
export interface AccountRemoval {
  id: string;
  name: string;
  email: string;
  role: string;
  attempts: number;
  studyCards: number;
  enrollments: number;
  /** Classes they teach: removing them would delete the classes with every student's grades there. */
  classesTaught: number;
  /** Teacher invites they made that are still open: links already handed out stop working. */
  openInvites: number;
  refusal: AccountRefusal | null;
}

/** Admin only: the account and what removing it would delete; null if forbidden or gone. */
export async function getAccountRemoval(viewer: Viewer, userId: string): Promise<AccountRemoval | null> {
  if (!isAdmin(viewer)) return null;
  const db = await getDb();
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, name: true, email: true, role: true,
      _count: {
        select: {
          attempts: true, studyCards: true, enrollments: true, classesTaught: true,
          invitesCreated: { where: { usedAt: null, expiresAt: { gt: new Date() } } },
        },
      },
    },
  });
  if (!u) return null;
  const otherAdmins = u.role === 'admin' ? await db.user.count({ where: { role: 'admin', id: { not: userId } } }) : 1;
  return {
    id: u.id, name: u.name, email: u.email, role: u.role,
    attempts: u._count.attempts, studyCards: u._count.studyCards, enrollments: u._count.enrollments, classesTaught: u._count.classesTaught,
    openInvites: u._count.invitesCreated,
    refusal: userId === viewer.id ? 'self' : otherAdmins === 0 ? 'last_admin' : null,
  };
}

export type RemoveResult = { result: 'ok'; name: string } | { result: AccountRefusal | 'teaches_classes' };

/**
 * Admin only: deletes the account. Its sessions, sign-in accounts, own attempts (with their
 * answers), study cards and review history, class memberships, extensions and the teacher invites
 * it made go with it (the User relations cascade; the confirmation step counts open invites). Someone who teaches a class is refused ('teaches_classes'): Class
 * cascades to its assignments and every student's attempts there, so the admin hands the classes
 * over first (class-handover.ts) or demotes them instead, which keeps the classes and grades.
 */
export async function removeAccount(viewer: Viewer, userId: string): Promise<RemoveResult> {
  return changeAccount(viewer, userId, async (tx, target) => {
    if ((await tx.class.count({ where: { teacherId: userId } })) > 0) return { result: 'teaches_classes' as const };
    await tx.user.delete({ where: { id: userId } });
    return { result: 'ok' as const, name: target.name };
  });
}
