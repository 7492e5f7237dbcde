// Classes and enrollments. A teacher (or the admin) sees and changes only the classes they
// teach — the teacher's id is part of every `where`, so another teacher's class is simply not
// found. A student sees only the classes they are enrolled in.
import 'server-only';
import { randomInt } from 'node:crypto';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { isTeacher } from '@/lib/dal/review';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@/lib/schemas/classes';

export interface TaughtClassSummary {
  id: string;
  name: string;
  joinCode: string;
  studentCount: number;
  archived: boolean;
}

export interface RosterEntry {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
}

export interface TaughtClass extends TaughtClassSummary {
  createdAt: Date;
  students: RosterEntry[];
}

export interface EnrolledClass {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: Date;
}

export type ClassResult = 'ok' | 'forbidden' | 'not_found';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Crypto-random, so codes cannot be guessed from one another. */
export function randomJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Teachers: the classes they teach, active first, with how many students each has. */
export async function listTaughtClasses(viewer: Viewer): Promise<TaughtClassSummary[] | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const rows = await db.class.findMany({
    where: { teacherId: viewer.id },
    orderBy: [{ createdAt: 'desc' }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrollments: true } } },
  });
  const classes = rows.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, studentCount: c._count.enrollments, archived: c.archivedAt != null }));
  return [...classes.filter((c) => !c.archived), ...classes.filter((c) => c.archived)];
}

/**
 * Teachers: a new class with a fresh join code. 31^6 codes make a collision rare, but the
 * unique index decides, so a clash just draws again.
 */
export async function createClass(
  viewer: Viewer,
  name: string,
  drawCode: () => string = randomJoinCode,
): Promise<{ result: 'ok'; id: string; joinCode: string } | { result: 'forbidden' }> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.class.create({ data: { name, teacherId: viewer.id, joinCode: drawCode() }, select: { id: true, joinCode: true } });
      return { result: 'ok', id: row.id, joinCode: row.joinCode };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 9) throw error;
    }
  }
}

/** Teachers: one of their own classes with its roster; anyone else's class is null. */
export async function getTaughtClass(viewer: Viewer, classId: string): Promise<TaughtClass | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const c = await db.class.findFirst({
    where: { id: classId, teacherId: viewer.id },
    select: {
      id: true, name: true, joinCode: true, archivedAt: true, createdAt: true,
      enrollments: {
        orderBy: [{ user: { name: 'asc' } }, { joinedAt: 'asc' }],
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!c) return null;
  return {
    id: c.id, name: c.name, joinCode: c.joinCode, archived: c.archivedAt != null, createdAt: c.createdAt,
    studentCount: c.enrollments.length,
    students: c.enrollments.map((e) => ({ id: e.user.id, name: e.user.name, email: e.user.email, joinedAt: e.joinedAt })),
  };
}

/** Teachers: take one student out of one of their classes; nothing else is touched. */
export async function removeStudent(viewer: Viewer, classId: string, studentId: string): Promise<ClassResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  const removed = await db.enrollment.deleteMany({ where: { classId, userId: studentId, class: { teacherId: viewer.id } } });
  if (removed.count > 0) return 'ok';
  // Already gone is fine (a second click); a class that is not theirs is not found.
  const owned = await db.class.count({ where: { id: classId, teacherId: viewer.id } });
  return owned ? 'ok' : 'not_found';
}

/** Teachers: archive (no new students can join) or bring back one of their classes. */
export async function setClassArchived(viewer: Viewer, classId: string, archived: boolean): Promise<ClassResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  const changed = await db.class.updateMany({ where: { id: classId, teacherId: viewer.id }, data: { archivedAt: archived ? new Date() : null } });
  return changed.count > 0 ? 'ok' : 'not_found';
}

/** Anyone signed in: the class a code opens, to show before joining; archived classes are closed. */
export async function findClassByCode(viewer: Viewer, code: string): Promise<{ id: string; name: string; teacherName: string; isOwn: boolean; isMember: boolean } | null> {
  const db = await getDb();
  const c = await db.class.findFirst({
    where: { joinCode: code, archivedAt: null },
    select: { id: true, name: true, teacherId: true, teacher: { select: { name: true } }, enrollments: { where: { userId: viewer.id }, select: { userId: true } } },
  });
  if (!c) return null;
  return { id: c.id, name: c.name, teacherName: c.teacher.name, isOwn: c.teacherId === viewer.id, isMember: c.enrollments.length > 0 };
}

/** `wasMember`: the viewer was in the class already (the page says so rather than "joined"). */
export type JoinResult = { result: 'ok'; classId: string; name: string; wasMember: boolean } | { result: 'not_found' | 'own_class' };

/** Anyone signed in: join by code. Joining twice keeps the first enrollment (and its date). */
export async function joinClass(viewer: Viewer, code: string): Promise<JoinResult> {
  const db = await getDb();
  const c = await db.class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true, teacherId: true } });
  if (!c) return { result: 'not_found' };
  if (c.teacherId === viewer.id) return { result: 'own_class' };
  const key = { classId_userId: { classId: c.id, userId: viewer.id } };
  if (await db.enrollment.findUnique({ where: key, select: { classId: true } })) return { result: 'ok', classId: c.id, name: c.name, wasMember: true };
  try {
    await db.enrollment.upsert({ where: key, create: { classId: c.id, userId: viewer.id }, update: {} });
  } catch (error) {
    // Two joins at once: the other one created the row, which is all we wanted.
    if (!isUniqueViolation(error)) throw error;
  }
  return { result: 'ok', classId: c.id, name: c.name, wasMember: false };
}

/** Anyone signed in: the active classes they are enrolled in, with the teacher's name. */
export async function listEnrolledClasses(viewer: Viewer): Promise<EnrolledClass[]> {
  const db = await getDb();
  const rows = await db.enrollment.findMany({
    where: { userId: viewer.id, class: { archivedAt: null } },
    orderBy: { joinedAt: 'desc' },
    select: { joinedAt: true, class: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, teacherName: r.class.teacher.name, joinedAt: r.joinedAt }));
}
