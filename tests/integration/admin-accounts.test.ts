// The admin demotes a teacher to student or removes an account (lib/dal/admin-accounts.ts,
// lib/actions/admin-accounts.ts), against a real database and real better-auth sessions: only
// the admin may; never oneself or the last admin; a teacher's classes are never deleted with
// them; the person's sessions stop working at once. The last-admin rule needs to know every
// admin, so this file makes its own fresh database (as first-admin.test.ts does). Only the
// session lookup of the actions and Next's cache and redirect are stood in for.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { createClassroom, createViewer } from '../factories';
import { form as formOf } from './action-form';
import { useFreshDatabase } from './fresh-database';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));

const { demoteUserAction, removeUserAction } = await import('@/lib/actions/admin-accounts');
const { demoteToStudent, getAccountRemoval, removeAccount } = await import('@/lib/dal/admin-accounts');
const { getAuth, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } = await import('@/lib/auth-server');
const { readSessionViewer } = await import('@/lib/auth-session-sql');

let restore: () => Promise<void> = async () => {};
let db: Db;

beforeAll(async () => {
  restore = await useFreshDatabase('accounts');
  db = await getDb();
}, 120_000);

afterAll(() => restore());

beforeEach(() => {
  session.viewer = null;
});

const idle = { status: 'idle' } as const;
const form = (userId: string) => formOf({ userId });
const roleOf = async (id: string) => (await db.user.findUnique({ where: { id }, select: { role: true } }))?.role;

const RULES = { idleSeconds: SESSION_IDLE_SECONDS, updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS, absoluteSeconds: SESSION_ABSOLUTE_SECONDS };

/** A real account signed in through better-auth, with `role`: its id and session cookie. */
async function signedIn(role: Viewer['role']): Promise<{ id: string; cookie: string }> {
  const auth = await getAuth();
  const email = `${role}-${randomBytes(4).toString('hex')}@accounts.test`;
  const response = await auth.api.signUpEmail({ body: { email, password: 'a long enough password 42', name: `Signed-in ${role}` }, asResponse: true });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { id } = await db.user.update({ where: { email }, data: { role }, select: { id: true } });
  return { id, cookie };
}

/** Who the request with this cookie is, both ways the app asks (one SQL statement; better-auth). */
async function whoIs(cookie: string) {
  const auth = await getAuth();
  const headers = new Headers({ cookie });
  const fast = await readSessionViewer(auth, headers, RULES);
  const full = await auth.api.getSession({ headers });
  return { fast: fast?.role ?? null, full: full ? (full.user as { role?: string }).role ?? null : null };
}

describe('only the admin demotes or removes accounts', () => {
  it.each(['student', 'teacher'] as const)('a %s is refused, by the DAL and by the actions, and nothing changes', async (role) => {
    const viewer = await createViewer(db, role);
    const teacher = await createViewer(db, 'teacher');
    expect(await demoteToStudent(viewer, teacher.id)).toEqual({ result: 'forbidden' });
    expect(await removeAccount(viewer, teacher.id)).toEqual({ result: 'forbidden' });
    expect(await getAccountRemoval(viewer, teacher.id)).toBeNull();
    session.viewer = viewer;
    expect(await demoteUserAction(idle, form(teacher.id))).toMatchObject({ status: 'error', message: 'Only the admin can do this.' });
    expect(await removeUserAction(idle, form(teacher.id))).toMatchObject({ status: 'error', message: 'Only the admin can do this.' });
    expect(await roleOf(teacher.id)).toBe('teacher');
  });
});

describe('guards', () => {
  it('the admin cannot demote or remove themselves, nor the last admin; with another admin, an admin can be demoted', async () => {
    const admin = await createViewer(db, 'admin');
    // Any admins made by other tests in this file are made students first: `admin` is the only one.
    await db.user.updateMany({ where: { role: 'admin', id: { not: admin.id } }, data: { role: 'student' } });
    expect(await demoteToStudent(admin, admin.id)).toEqual({ result: 'self' });
    expect(await removeAccount(admin, admin.id)).toEqual({ result: 'self' });
    // Someone holding the admin role in their session but no longer in the database: `admin` is the last.
    const stale: Viewer = { id: 'stale-admin', name: 'Stale', email: 'stale@accounts.test', role: 'admin' };
    expect(await demoteToStudent(stale, admin.id)).toEqual({ result: 'last_admin' });
    expect(await removeAccount(stale, admin.id)).toEqual({ result: 'last_admin' });
    expect((await getAccountRemoval(admin, admin.id))?.refusal).toBe('self');
    expect(await roleOf(admin.id)).toBe('admin');

    const second = await createViewer(db, 'admin');
    session.viewer = admin;
    expect(await demoteUserAction(idle, form(second.id))).toMatchObject({ status: 'ok' });
    expect(await roleOf(second.id)).toBe('student');
    expect(await demoteUserAction(idle, form(admin.id))).toMatchObject({ status: 'error', message: 'You cannot do this to your own account.' });
  });

  it('a teacher of classes is not removed (their classes hold students’ grades); demoting keeps the classes', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await createClassroom(db, 1);
    expect((await getAccountRemoval(admin, room.teacher.id))?.classesTaught).toBe(1);
    session.viewer = admin;
    expect(await removeUserAction(idle, form(room.teacher.id))).toMatchObject({ status: 'error', message: expect.stringMatching(/Hand the classes over to another teacher first/) });
    expect(await roleOf(room.teacher.id)).toBe('teacher');
    expect(await demoteToStudent(admin, room.teacher.id)).toMatchObject({ result: 'ok' });
    expect(await db.class.count({ where: { id: room.classId } })).toBe(1);
    expect(await db.enrollment.count({ where: { classId: room.classId } })).toBe(1);
  });
});

describe('what removing takes with it', () => {
  it('counts the open teacher invites an admin made (their links stop working), not used or expired ones', async () => {
    const admin = await createViewer(db, 'admin');
    const other = await createViewer(db, 'admin');
    const invite = (data: { usedAt?: Date; expiresAt: Date }) =>
      db.teacherInvite.create({ data: { tokenHash: randomBytes(16).toString('hex'), createdById: other.id, ...data } });
    const later = new Date(Date.now() + 86_400_000);
    await invite({ expiresAt: later });
    await invite({ expiresAt: later });
    await invite({ expiresAt: later, usedAt: new Date() });
    await invite({ expiresAt: new Date(Date.now() - 1_000) });
    expect((await getAccountRemoval(admin, other.id))?.openInvites).toBe(2);
  });
});

describe('sessions stop at once', () => {
  it('a demoted teacher is signed out everywhere (both session reads) and is a student from then on', async () => {
    const admin = await createViewer(db, 'admin');
    const teacher = await signedIn('teacher');
    expect(await whoIs(teacher.cookie)).toEqual({ fast: 'teacher', full: 'teacher' });
    expect(await demoteToStudent(admin, teacher.id)).toMatchObject({ result: 'ok' });
    expect(await whoIs(teacher.cookie)).toEqual({ fast: null, full: null });
    expect(await roleOf(teacher.id)).toBe('student');
  });

  it('a removed student is signed out, and the confirmation step says what goes with them', async () => {
    const admin = await createViewer(db, 'admin');
    const student = await signedIn('student');
    const room = await createClassroom(db, 0);
    await db.enrollment.create({ data: { classId: room.classId, userId: student.id } });
    const removal = await getAccountRemoval(admin, student.id);
    expect(removal).toMatchObject({ attempts: 0, studyCards: 0, enrollments: 1, classesTaught: 0, refusal: null });
    expect((await whoIs(student.cookie)).fast).toBe('student');

    session.viewer = admin;
    await expect(removeUserAction(idle, form(student.id))).rejects.toMatchObject({ to: '/admin?removed=1' });
    expect(await whoIs(student.cookie)).toEqual({ fast: null, full: null });
    expect(await db.user.count({ where: { id: student.id } })).toBe(0);
    expect(await db.enrollment.count({ where: { classId: room.classId } })).toBe(0);
  });
});
