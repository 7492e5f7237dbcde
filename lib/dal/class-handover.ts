// The admin hands a teacher's classes over to another teacher (or an admin), say when the first
// one leaves the school. Only Class.teacherId changes: the join code, enrollments, assignments,
// attempts and grades stay with the class, so the receiver's gradebook shows the same results.
// Admin only (isAdmin, as in admin-accounts.ts); others get null / 'forbidden' and nothing changes.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { toRole, type Role } from '@/lib/roles';
import { isAdmin } from './admin';
import { lockRoles } from './admin-accounts';

export interface HandoverClass {
  id: string;
  name: string;
  studentCount: number;
  archived: boolean;
}

export interface HandoverReceiver {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface ClassHandover {
  /** Every class the account teaches, archived ones included (their grades are kept too). */
  classes: HandoverClass[];
  /** Current teachers and admins other than the account itself. */
  receivers: HandoverReceiver[];
}

/** Admin only: what the handover form offers for this account; null if forbidden. */
export async function getClassHandover(viewer: Viewer, userId: string): Promise<ClassHandover | null> {
  if (!isAdmin(viewer)) return null;
  const db = await getDb();
  const [rows, receivers] = await Promise.all([
    db.class.findMany({
      where: { teacherId: userId },
      orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, name: true, archivedAt: true, _count: { select: { enrollments: true } } },
    }),
    db.user.findMany({
      where: { role: { in: ['teacher', 'admin'] }, id: { not: userId } },
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      select: { id: true, name: true, email: true, role: true },
      take: 1000,
    }),
  ]);
  const classes = rows.map((c) => ({ id: c.id, name: c.name, studentCount: c._count.enrollments, archived: c.archivedAt != null }));
  return {
    // Active classes first, as on the teacher's own Classes page.
    classes: [...classes.filter((c) => !c.archived), ...classes.filter((c) => c.archived)],
    receivers: receivers.map((r) => ({ ...r, role: toRole(r.role) })),
  };
}

export type HandoverResult =
  | { result: 'ok'; moved: number; receiverName: string }
  | { result: 'forbidden' | 'same_person' | 'receiver_not_teacher' | 'receiver_enrolled' | 'stale_classes' };

/** Thrown inside the transaction so that a partial move is rolled back. */
class StaleClasses extends Error {}

/**
 * Admin only: the classes `classIds` (all taught by `fromUserId`) now belong to `toUserId`, who
 * must be a teacher or admin at that moment. All or nothing, in one transaction: a class id that
 * is not (or no longer) `fromUserId`'s refuses the whole handover ('stale_classes'). Role changes
 * take the same turn (lockRoles), so the receiver cannot be demoted half-way through.
 */
export async function handOverClasses(viewer: Viewer, fromUserId: string, toUserId: string, classIds: string[]): Promise<HandoverResult> {
  if (!isAdmin(viewer)) return { result: 'forbidden' };
  if (fromUserId === toUserId) return { result: 'same_person' };
  const ids = [...new Set(classIds)];
  if (ids.length === 0) return { result: 'stale_classes' };
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await lockRoles(tx);
      const receiver = await tx.user.findUnique({ where: { id: toUserId }, select: { name: true, role: true } });
      if (!receiver || (receiver.role !== 'teacher' && receiver.role !== 'admin')) return { result: 'receiver_not_teacher' as const };
      // A teacher is never a student of their own class (joinClass refuses 'own_class'); dropping them
      // from the roster would hide their attempts there, so the admin decides that first.
      if ((await tx.enrollment.count({ where: { classId: { in: ids }, userId: toUserId } })) > 0) return { result: 'receiver_enrolled' as const };
      // A conditional update rather than read-then-write: only classes still taught by the giver move.
      const { count } = await tx.class.updateMany({ where: { id: { in: ids }, teacherId: fromUserId }, data: { teacherId: toUserId } });
      if (count !== ids.length) throw new StaleClasses();
      return { result: 'ok' as const, moved: count, receiverName: receiver.name };
    });
  } catch (error) {
    if (error instanceof StaleClasses) return { result: 'stale_classes' };
    throw error;
  }
}
