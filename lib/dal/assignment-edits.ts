// Changing an assignment after it was made, and more time for one student. Only the teacher of
// the assignment's class gets anywhere: the teacher id is in every `where`, so another teacher
// finds nothing (404) and a student is refused. Running attempts get their deadlines recomputed
// in the same transaction as the change (lib/assignments/policy.ts recomputedDeadline).
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { recomputedDeadline, rulesForStudent, type AssignmentSettings } from '@/lib/assignments/policy';
import { getDb, type Db } from '@/lib/db';
import { fromLocalDateTime, type ExtensionInput, type UpdateAssignmentInput } from '@/lib/schemas/assignments';
import { closeExpiredAttempts } from './attempts';
import { isTeacher } from './review';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const RULES_SELECT = {
  openAt: true, dueAt: true, attemptsAllowed: true, timeLimitSeconds: true, latePolicy: true, reviewPolicy: true, gradingMethod: true,
} as const;

/**
 * Moves the deadline of every running attempt at the assignment (or only `userId`'s) to what
 * the current rules and extensions give. Returns how many moved.
 */
async function recomputeRunningDeadlines(tx: Tx, assignmentId: string, now: Date, userId?: string): Promise<number> {
  const a = await tx.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      ...RULES_SELECT,
      attempts: { where: { status: 'in_progress', ...(userId ? { userId } : {}) }, select: { id: true, userId: true, startedAt: true, deadlineAt: true } },
      extensions: { where: userId ? { userId } : {}, select: { userId: true, dueAt: true, extraMinutes: true } },
    },
  });
  const extensionOf = new Map(a.extensions.map((e) => [e.userId, e]));
  let moved = 0;
  for (const t of a.attempts) {
    const next = recomputedDeadline(rulesForStudent(a, extensionOf.get(t.userId)), t.startedAt, t.deadlineAt, now);
    if ((next?.getTime() ?? null) === (t.deadlineAt?.getTime() ?? null)) continue;
    // Conditional: an attempt submitted meanwhile keeps the deadline it was graded under.
    const changed = await tx.attempt.updateMany({ where: { id: t.id, status: 'in_progress' }, data: { deadlineAt: next } });
    moved += changed.count;
  }
  return moved;
}

export interface AssignmentForEdit extends AssignmentSettings {
  id: string;
  title: string;
  class: { id: string; name: string };
  questionCount: number;
  attemptCount: number;
  runningCount: number;
}

/** Teachers: one assignment of their own classes as the edit form shows it; null otherwise. */
export async function getAssignmentForEdit(viewer: Viewer, assignmentId: string): Promise<AssignmentForEdit | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: viewer.id } },
    select: {
      id: true, title: true, shuffleQuestions: true, shuffleChoices: true, ...RULES_SELECT,
      class: { select: { id: true, name: true } },
      quiz: { select: { _count: { select: { questions: true } } } },
      _count: { select: { attempts: true } },
    },
  });
  if (!a) return null;
  const runningCount = await db.attempt.count({ where: { assignmentId, status: 'in_progress' } });
  const { quiz, _count, ...rest } = a;
  return { ...rest, questionCount: quiz._count.questions, attemptCount: _count.attempts, runningCount };
}

/**
 * An emptied opening time keeps an assignment already open as it opened (its attempts were
 * counted from then). One not open yet is not opened by it: a partly typed date-time arrives
 * empty too, and opening next week's quiz by accident cannot be taken back once students start —
 * the form's "Now" button fills in the time instead. Null then.
 */
async function keptOpenAt(tx: Tx, assignmentId: string, now: Date): Promise<Date | null> {
  const current = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { openAt: true } });
  return current && current.openAt <= now ? current.openAt : null;
}

export type UpdateAssignmentResult = { result: 'ok'; movedDeadlines: number } | { result: 'forbidden' | 'not_found' | 'open_missing' };

/**
 * Teachers: changes the schedule and rules of an assignment of their own classes. Shuffling
 * changes only while nobody has started (it would reorder a running attempt). Running attempts
 * get deadlines from the new rules; attempts whose time had already run out are graded first,
 * under the rules they ran under.
 */
export async function updateAssignment(viewer: Viewer, input: UpdateAssignmentInput, now = new Date()): Promise<UpdateAssignmentResult> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  const where = { id: input.assignmentId, class: { teacherId: viewer.id } };
  if (!(await db.assignment.count({ where }))) return { result: 'not_found' };
  await closeExpiredAttempts(now, { assignmentIds: [input.assignmentId] });
  const offset = input.tzOffset ?? 0;
  return db.$transaction(async (tx) => {
    const started = await tx.attempt.count({ where: { assignmentId: input.assignmentId } });
    const openAt = input.openAt ? fromLocalDateTime(input.openAt, offset) : await keptOpenAt(tx, input.assignmentId, now);
    if (!openAt) return { result: 'open_missing' as const };
    const updated = await tx.assignment.updateMany({
      where,
      data: {
        title: input.title,
        openAt,
        dueAt: fromLocalDateTime(input.dueAt, offset),
        attemptsAllowed: input.attemptsAllowed === 'unlimited' ? null : input.attemptsAllowed,
        gradingMethod: input.gradingMethod,
        timeLimitSeconds: typeof input.timeLimitMinutes === 'number' ? input.timeLimitMinutes * 60 : null,
        reviewPolicy: input.reviewPolicy,
        latePolicy: input.latePolicy,
        ...(started === 0 ? { shuffleQuestions: input.shuffleQuestions, shuffleChoices: input.shuffleChoices } : {}),
      },
    });
    if (updated.count === 0) return { result: 'not_found' as const };
    return { result: 'ok' as const, movedDeadlines: await recomputeRunningDeadlines(tx, input.assignmentId, now) };
  });
}

export interface ExtensionForm {
  assignment: { id: string; title: string; dueAt: Date; timeLimitSeconds: number | null; latePolicy: string; class: { id: string; name: string } };
  student: { id: string; name: string; email: string };
  extension: { dueAt: Date | null; extraMinutes: number | null } | null;
  /** The deadline of the student's running attempt, if one is running. */
  runningDeadline: Date | null | undefined;
}

/** Teachers: one student of their class and that student's extension at one assignment. */
export async function getExtensionForm(viewer: Viewer, assignmentId: string, userId: string): Promise<ExtensionForm | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: viewer.id, enrollments: { some: { userId } } } },
    select: {
      id: true, title: true, dueAt: true, timeLimitSeconds: true, latePolicy: true,
      class: { select: { id: true, name: true, enrollments: { where: { userId }, select: { user: { select: { id: true, name: true, email: true } } } } } },
      extensions: { where: { userId }, select: { dueAt: true, extraMinutes: true } },
      attempts: { where: { userId, status: 'in_progress' }, select: { deadlineAt: true }, take: 1 },
    },
  });
  if (!a) return null;
  const { class: c, extensions, attempts, ...assignment } = a;
  return {
    assignment: { ...assignment, class: { id: c.id, name: c.name } },
    student: c.enrollments[0].user,
    extension: extensions[0] ?? null,
    runningDeadline: attempts.length ? attempts[0].deadlineAt : undefined,
  };
}

export type SetExtensionResult =
  | { result: 'ok'; movedDeadlines: number }
  | { result: 'forbidden' | 'not_found' | 'not_later' | 'in_past' | 'no_time_limit' };

/**
 * Teachers: gives one student of their class more time at one assignment (replacing any
 * extension they had). A due time must be later than the class's; extra minutes need a time
 * limit. The student's running attempt gets its deadline moved at once.
 */
export async function setExtension(viewer: Viewer, input: ExtensionInput, now = new Date()): Promise<SetExtensionResult> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  const a = await db.assignment.findFirst({
    where: { id: input.assignmentId, class: { teacherId: viewer.id, enrollments: { some: { userId: input.userId } } } },
    select: { id: true, dueAt: true, timeLimitSeconds: true },
  });
  if (!a) return { result: 'not_found' };
  const dueAt = input.dueAt ? fromLocalDateTime(input.dueAt, input.tzOffset ?? 0) : null;
  const extraMinutes = typeof input.extraMinutes === 'number' ? input.extraMinutes : null;
  if (dueAt && dueAt <= a.dueAt) return { result: 'not_later' };
  if (dueAt && dueAt <= now) return { result: 'in_past' };
  if (extraMinutes && !a.timeLimitSeconds) return { result: 'no_time_limit' };
  await closeExpiredAttempts(now, { assignmentIds: [a.id], userId: input.userId });
  return db.$transaction(async (tx) => {
    await tx.assignmentExtension.upsert({
      where: { assignmentId_userId: { assignmentId: a.id, userId: input.userId } },
      create: { assignmentId: a.id, userId: input.userId, dueAt, extraMinutes },
      update: { dueAt, extraMinutes },
    });
    return { result: 'ok' as const, movedDeadlines: await recomputeRunningDeadlines(tx, a.id, now, input.userId) };
  });
}

/** Teachers: takes back a student's extension; a running attempt is shortened with notice. */
export async function removeExtension(viewer: Viewer, assignmentId: string, userId: string, now = new Date()): Promise<{ result: 'ok' | 'not_found' }> {
  if (!isTeacher(viewer)) return { result: 'not_found' };
  const db = await getDb();
  await closeExpiredAttempts(now, { assignmentIds: [assignmentId], userId });
  return db.$transaction(async (tx) => {
    const removed = await tx.assignmentExtension.deleteMany({ where: { assignmentId, userId, assignment: { class: { teacherId: viewer.id } } } });
    if (removed.count === 0) return { result: 'not_found' as const };
    await recomputeRunningDeadlines(tx, assignmentId, now, userId);
    return { result: 'ok' as const };
  });
}

export interface AssignmentStudent {
  id: string;
  name: string;
  email: string;
  extension: { dueAt: Date | null; extraMinutes: number | null } | null;
  attempts: number;
  isRunning: boolean;
}

/** Teachers: the students of an assignment's class with their extensions; null if not theirs. */
export async function listAssignmentStudents(viewer: Viewer, assignmentId: string): Promise<AssignmentStudent[] | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: viewer.id } },
    select: {
      class: { select: { enrollments: { orderBy: [{ user: { name: 'asc' } }, { joinedAt: 'asc' }], select: { user: { select: { id: true, name: true, email: true } } } } } },
      extensions: { select: { userId: true, dueAt: true, extraMinutes: true } },
      attempts: { select: { userId: true, status: true } },
    },
  });
  if (!a) return null;
  const extensionOf = new Map(a.extensions.map(({ userId, ...e }) => [userId, e]));
  return a.class.enrollments.map(({ user }) => {
    const mine = a.attempts.filter((t) => t.userId === user.id);
    return { ...user, extension: extensionOf.get(user.id) ?? null, attempts: mine.length, isRunning: mine.some((t) => t.status === 'in_progress') };
  });
}
