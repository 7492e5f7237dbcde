// Teacher invites: the admin makes a one-time link; whoever signs up (or is signed in) with it
// becomes a teacher. Only the token's hash is stored, and using it is a conditional update so
// one invite makes exactly one teacher however many requests race.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { hashLinkToken, newLinkToken } from '@/lib/tokens';
import { isAdmin } from './admin';

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

type Tx = Prisma.TransactionClient;

export interface OpenInvite {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Admin only: a new invite; the token is returned once and never stored. */
export async function createTeacherInvite(viewer: Viewer): Promise<{ token: string } | 'forbidden'> {
  if (!isAdmin(viewer)) return 'forbidden';
  const db = await getDb();
  const token = newLinkToken();
  await db.teacherInvite.create({
    data: { tokenHash: hashLinkToken(token), createdById: viewer.id, expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS) },
  });
  return { token };
}

/** Admin only: invites not yet used and not expired, newest first. */
export async function listOpenInvites(viewer: Viewer): Promise<OpenInvite[] | null> {
  if (!isAdmin(viewer)) return null;
  const db = await getDb();
  return db.teacherInvite.findMany({
    where: { usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, expiresAt: true },
  });
}

/** Admin only: deletes an unused invite; a used one stays as the record of who made the teacher. */
export async function revokeInvite(viewer: Viewer, inviteId: string): Promise<'ok' | 'forbidden' | 'not_found'> {
  if (!isAdmin(viewer)) return 'forbidden';
  const db = await getDb();
  const { count } = await db.teacherInvite.deleteMany({ where: { id: inviteId, usedAt: null } });
  return count === 1 ? 'ok' : 'not_found';
}

/** Anyone holding the link: whether it would still work (shown before sign-up or acceptance). */
export async function isInviteUsable(token: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.teacherInvite.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && !row.usedAt && row.expiresAt > new Date();
}

/** Inside a transaction: claims the invite for userId and makes a student a teacher. */
export async function redeemInviteIn(tx: Tx, userId: string, token: string): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.teacherInvite.updateMany({
    where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, usedById: userId },
  });
  if (count !== 1) return false;
  await tx.user.updateMany({ where: { id: userId, role: 'student' }, data: { role: 'teacher', teacherRequestedAt: null } });
  return true;
}

/** The signed-in viewer accepts an invite. A teacher or admin already is one and leaves it unused. */
export async function acceptInvite(viewer: Viewer, token: string): Promise<'ok' | 'already_teacher' | 'invalid'> {
  if (viewer.role !== 'student') return 'already_teacher';
  const db = await getDb();
  const ok = await db.$transaction((tx) => redeemInviteIn(tx, viewer.id, token));
  return ok ? 'ok' : 'invalid';
}
