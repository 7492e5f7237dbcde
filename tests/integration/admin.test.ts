// Who is a teacher, against a real database: only the admin may act, tokens are stored hashed,
// one-time links work once however many requests race, and a reset signs the user out everywhere.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideTeacherRequest, listTeacherRequests, listUsers, settleNewAccountRole } from '@/lib/dal/admin';
import { acceptInvite, createTeacherInvite, isInviteUsable, listOpenInvites, redeemInviteIn, revokeInvite } from '@/lib/dal/invites';
import { createPasswordResetLink, getPasswordResetTarget, resetPasswordWithLink } from '@/lib/dal/password-reset';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createPasswordUser } from '@/lib/demo-accounts';
import { verifyPassword } from '@/lib/password';
import { hashLinkToken } from '@/lib/tokens';
import { createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

async function roleOf(id: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;
}

async function requestTeacher(): Promise<string> {
  const user = await createViewer(db, 'student');
  await db.user.update({ where: { id: user.id }, data: { teacherRequestedAt: new Date() } });
  return user.id;
}

describe('admin actions are refused to everyone but the admin', () => {
  it.each(['student', 'teacher'] as const)('a %s gets forbidden and nothing changes', async (role) => {
    const viewer = await createViewer(db, role);
    const admin = await createViewer(db, 'admin');
    const requester = await requestTeacher();
    const invite = await createTeacherInvite(admin);
    if (invite === 'forbidden') throw new Error('admin refused');
    const inviteRow = await db.teacherInvite.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(invite.token) } });

    expect(await listTeacherRequests(viewer)).toBeNull();
    expect(await listUsers(viewer)).toBeNull();
    expect(await listOpenInvites(viewer)).toBeNull();
    expect(await decideTeacherRequest(viewer, requester, 'approve')).toBe('forbidden');
    expect(await createTeacherInvite(viewer)).toBe('forbidden');
    expect(await revokeInvite(viewer, inviteRow.id)).toBe('forbidden');
    expect(await createPasswordResetLink(viewer, requester)).toBe('forbidden');

    expect(await roleOf(requester)).toBe('student');
    expect(await db.teacherInvite.count({ where: { createdById: viewer.id } })).toBe(0);
    expect(await db.teacherInvite.findUnique({ where: { id: inviteRow.id } })).not.toBeNull();
    expect(await db.passwordResetLink.count({ where: { userId: requester } })).toBe(0);
  });
});

describe('teacher requests', () => {
  it('a sign-up that asks to teach stays a student until the admin approves', async () => {
    const admin = await createViewer(db, 'admin');
    const asker = await createViewer(db, 'student');
    expect(await settleNewAccountRole(asker.id, { wantsTeacher: true, openTeacherSignup: false })).toEqual({ role: 'student', invite: 'none' });
    expect(await roleOf(asker.id)).toBe('student');
    expect((await listTeacherRequests(admin))?.map((r) => r.id)).toContain(asker.id);

    expect(await decideTeacherRequest(admin, asker.id, 'approve')).toBe('ok');
    expect(await roleOf(asker.id)).toBe('teacher');
    expect((await listTeacherRequests(admin))?.map((r) => r.id)).not.toContain(asker.id);
    // Deciding twice finds nothing to decide.
    expect(await decideTeacherRequest(admin, asker.id, 'approve')).toBe('not_found');
  });

  it('declining clears the request and keeps the student', async () => {
    const admin = await createViewer(db, 'admin');
    const asker = await requestTeacher();
    expect(await decideTeacherRequest(admin, asker, 'decline')).toBe('ok');
    const row = await db.user.findUniqueOrThrow({ where: { id: asker } });
    expect(row).toMatchObject({ role: 'student', teacherRequestedAt: null });
  });

  it('the open demo makes the asker a teacher at once; a later account is never made admin', async () => {
    const asker = await createViewer(db, 'student');
    expect(await settleNewAccountRole(asker.id, { wantsTeacher: true, openTeacherSignup: true })).toEqual({ role: 'teacher', invite: 'none' });
    expect(await roleOf(asker.id)).toBe('teacher');
    const plain = await createViewer(db, 'student');
    expect((await settleNewAccountRole(plain.id, { wantsTeacher: false, openTeacherSignup: true })).role).toBe('student');
    expect(await roleOf(plain.id)).toBe('student');
  });
});

describe('teacher invites', () => {
  it('stores only the hash of the token', async () => {
    const admin = await createViewer(db, 'admin');
    const invite = await createTeacherInvite(admin);
    if (invite === 'forbidden') throw new Error('admin refused');
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.teacherInvite.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(invite.token) } });
    expect(JSON.stringify(row)).not.toContain(invite.token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
  });

  it('20 people racing for one invite make exactly one teacher', async () => {
    const admin = await createViewer(db, 'admin');
    const invite = await createTeacherInvite(admin);
    if (invite === 'forbidden') throw new Error('admin refused');
    const students = await Promise.all(Array.from({ length: 20 }, () => createViewer(db, 'student')));
    const results = await Promise.all(students.map((s) => acceptInvite(s, invite.token)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'invalid')).toHaveLength(19);
    const roles = await db.user.findMany({ where: { id: { in: students.map((s) => s.id) } }, select: { id: true, role: true } });
    const teachers = roles.filter((r) => r.role === 'teacher');
    expect(teachers).toHaveLength(1);
    const row = await db.teacherInvite.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(invite.token) } });
    expect(row.usedById).toBe(teachers[0].id);
    expect(await isInviteUsable(invite.token)).toBe(false);
  });

  it('a sign-up with an invite becomes a teacher; expired, revoked and unknown invites leave a student', async () => {
    const admin = await createViewer(db, 'admin');
    const made = async () => {
      const invite = await createTeacherInvite(admin);
      if (invite === 'forbidden') throw new Error('admin refused');
      return invite.token;
    };
    const good = await made();
    const newcomer = await createViewer(db, 'student');
    expect(await settleNewAccountRole(newcomer.id, { wantsTeacher: false, inviteToken: good, openTeacherSignup: false })).toEqual({ role: 'teacher', invite: 'ok' });

    const expired = await made();
    await db.teacherInvite.update({ where: { tokenHash: hashLinkToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await made();
    const revokedRow = await db.teacherInvite.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(revoked) } });
    expect(await revokeInvite(admin, revokedRow.id)).toBe('ok');
    expect((await listOpenInvites(admin))?.map((i) => i.id)).not.toContain(revokedRow.id);

    for (const token of [good, expired, revoked, 'x'.repeat(43)]) {
      const late = await createViewer(db, 'student');
      expect(await settleNewAccountRole(late.id, { wantsTeacher: false, inviteToken: token, openTeacherSignup: false })).toEqual({ role: 'student', invite: 'invalid' });
      expect(await roleOf(late.id)).toBe('student');
    }
    // A used invite cannot be revoked: it records who made the teacher.
    const usedRow = await db.teacherInvite.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(good) } });
    expect(await revokeInvite(admin, usedRow.id)).toBe('not_found');
  });

  it('a teacher accepting an invite leaves it unused', async () => {
    const admin = await createViewer(db, 'admin');
    const teacher = await createViewer(db, 'teacher');
    const invite = await createTeacherInvite(admin);
    if (invite === 'forbidden') throw new Error('admin refused');
    expect(await acceptInvite(teacher, invite.token)).toBe('already_teacher');
    expect(await isInviteUsable(invite.token)).toBe(true);
    // An admin never loses the role through an invite.
    expect(await db.$transaction((tx) => redeemInviteIn(tx, admin.id, invite.token))).toBe(true);
    expect(await roleOf(admin.id)).toBe('admin');
  });
});

describe('password reset links', () => {
  async function userWithSessions(password: string): Promise<string> {
    const id = await createPasswordUser(db, { name: 'Reset Me', email: `reset-${randomUUID().slice(0, 8)}@test.gleaner`, password, role: 'student' });
    for (let i = 0; i < 3; i += 1) {
      await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: id, expiresAt: new Date(Date.now() + 3600_000) } });
    }
    return id;
  }

  async function storedHash(userId: string): Promise<string> {
    return (await db.account.findFirstOrThrow({ where: { userId, providerId: 'credential' } })).password ?? '';
  }

  it('sets the new password once, stores only the hash, and ends every session', async () => {
    const admin = await createViewer(db, 'admin');
    const userId = await userWithSessions('old-password-1');
    const link = await createPasswordResetLink(admin, userId);
    if (typeof link === 'string') throw new Error(link);
    const row = await db.passwordResetLink.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(link.token) } });
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(await getPasswordResetTarget(link.token)).toEqual({ name: 'Reset Me' });

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => resetPasswordWithLink(link.token, `new-password-${i}`)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    const winner = results.indexOf('ok');
    const hash = await storedHash(userId);
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword({ hash, password: `new-password-${winner}` })).toBe(true);
    expect(await verifyPassword({ hash, password: 'old-password-1' })).toBe(false);
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await getPasswordResetTarget(link.token)).toBeNull();
  });

  it('an expired or unknown link changes nothing', async () => {
    const admin = await createViewer(db, 'admin');
    const userId = await userWithSessions('old-password-2');
    const link = await createPasswordResetLink(admin, userId);
    if (typeof link === 'string') throw new Error(link);
    await db.passwordResetLink.update({ where: { tokenHash: hashLinkToken(link.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPasswordWithLink(link.token, 'new-password-x')).toBe('invalid');
    expect(await resetPasswordWithLink('y'.repeat(43), 'new-password-x')).toBe('invalid');
    expect(await verifyPassword({ hash: await storedHash(userId), password: 'old-password-2' })).toBe(true);
    expect(await db.session.count({ where: { userId } })).toBe(3);
    expect(await createPasswordResetLink(admin, 'no-such-user')).toBe('not_found');
  });
});
