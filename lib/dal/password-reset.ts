// Password reset by a one-time link the admin hands over (schools may have no e-mail). The link
// works once, for 24 hours; using it sets the credential password and ends every session.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { hashPassword } from '@/lib/password';
import { hashLinkToken, newLinkToken } from '@/lib/tokens';
import { isAdmin } from './admin';

export const RESET_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Admin only: a reset link for userId; the token is returned once and never stored. */
export async function createPasswordResetLink(viewer: Viewer, userId: string): Promise<{ token: string; name: string } | 'forbidden' | 'not_found'> {
  if (!isAdmin(viewer)) return 'forbidden';
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
  if (!user) return 'not_found';
  const token = newLinkToken();
  await db.passwordResetLink.create({
    data: { tokenHash: hashLinkToken(token), userId, createdById: viewer.id, expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MS) },
  });
  return { token, name: user.name };
}

/** Anyone holding the link: whose password it resets, or null when it no longer works. */
export async function getPasswordResetTarget(token: string): Promise<{ name: string } | null> {
  const db = await getDb();
  const link = await db.passwordResetLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true } } },
  });
  if (!link || link.usedAt || link.expiresAt <= new Date()) return null;
  return { name: link.user.name };
}

/**
 * Anyone holding the link: sets the new password. Claiming the link is a conditional update in
 * the same transaction as the password change, so of many parallel uses exactly one succeeds.
 */
export async function resetPasswordWithLink(token: string, password: string): Promise<'ok' | 'invalid'> {
  const db = await getDb();
  // Hash outside the transaction: argon2id takes a while and must not hold the write lock.
  const passwordHash = await hashPassword(password);
  const tokenHash = hashLinkToken(token);
  return db.$transaction(async (tx) => {
    const link = await tx.passwordResetLink.findUnique({ where: { tokenHash }, select: { userId: true } });
    if (!link) return 'invalid';
    const now = new Date();
    const { count } = await tx.passwordResetLink.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return 'invalid';
    const updated = await tx.account.updateMany({ where: { userId: link.userId, providerId: 'credential' }, data: { password: passwordHash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: randomUUID(), accountId: link.userId, providerId: 'credential', userId: link.userId, password: passwordHash } });
    }
    // Sign out everywhere: whoever knew the old password may hold a session.
    await tx.session.deleteMany({ where: { userId: link.userId } });
    return 'ok';
  });
}
