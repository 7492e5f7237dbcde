// Assignments: a teacher's quiz given to one of their classes with a schedule and rules.
// Teachers reach only assignments of classes they teach (the teacher id is in every `where`);
// students reach only assignments of classes they are enrolled in.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { attemptDeadline, canStartAttempt, gradeByMethod, rulesForStudent, studentStatus, type StartCheck, type StudentStatus } from '@/lib/assignments/policy';
import { getDb, isPostgres, type Db } from '@/lib/db';
import { percent } from '@/lib/grading';
import { lockArticle } from '@/lib/import-content';
import { fromLocalDateTime, type CreateAssignmentInput } from '@/lib/schemas/assignments';
import { closeExpiredAttempts } from './attempts';
import { CHANGED_MARK } from './response-overrides';
import { isTeacher } from './review';

export interface AssignableQuestion {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  origin: string;
}

export interface AssignFormData {
  class: { id: string; name: string };
  /** Source and date added tell apart articles of the same title. */
  articles: { slug: string; title: string; source: string; createdAt: Date; approved: number }[];
  /** The chosen article's approved questions, best first. */
  article: { slug: string; title: string; questions: AssignableQuestion[] } | null;
}

/** Teachers: what the "new assignment" form offers for one of their active classes. */
export async function getAssignFormData(viewer: Viewer, classId: string, slug?: string): Promise<AssignFormData | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const c = await db.class.findFirst({ where: { id: classId, teacherId: viewer.id, archivedAt: null }, select: { id: true, name: true } });
  if (!c) return null;
  const articles = await db.article.findMany({
    // Archived articles take no new assignments; the ones they have keep working.
    where: { archivedAt: null },
    orderBy: [{ title: 'asc' }, { createdAt: 'asc' }],
    select: { slug: true, title: true, source: true, createdAt: true, _count: { select: { questions: { where: { status: 'approved' } } } } },
  });
  const chosen = slug ? articles.find((a) => a.slug === slug) : undefined;
  const questions = chosen
    ? await db.question.findMany({
        where: { article: { slug: chosen.slug }, status: 'approved' },
        orderBy: [{ rank: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, type: true, kind: true, prompt: true, origin: true },
      })
    : [];
  return {
    class: c,
    articles: articles.map((a) => ({ slug: a.slug, title: a.title, source: a.source, createdAt: a.createdAt, approved: a._count.questions })),
    article: chosen ? { slug: chosen.slug, title: chosen.title, questions } : null,
  };
}

export type CreateAssignmentResult =
  | { result: 'ok'; id: string }
  | { result: 'forbidden' | 'not_found' | 'no_questions' | 'unknown_questions' | 'due_in_past' };

/**
 * Teachers: builds the quiz (the picked approved questions, or the best N approved) and
 * assigns it to one of their active classes, in one transaction.
 */
export async function createAssignment(viewer: Viewer, input: CreateAssignmentInput, now = new Date()): Promise<CreateAssignmentResult> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  const c = await db.class.findFirst({ where: { id: input.classId, teacherId: viewer.id, archivedAt: null }, select: { id: true } });
  const article = await db.article.findFirst({ where: { slug: input.articleSlug, archivedAt: null }, select: { id: true } });
  if (!c || !article) return { result: 'not_found' };
  const offset = input.tzOffset ?? 0;
  const dueAt = fromLocalDateTime(input.dueAt, offset);
  const openAt = input.openAt ? fromLocalDateTime(input.openAt, offset) : now;
  if (dueAt <= now) return { result: 'due_in_past' };

  const made = await db.$transaction(async (tx) => {
    // A question edit at this moment (lib/dal/question-edit-reach.ts) takes the article's lock
    // first too: the questions are read after it commits (the new version, not the one it
    // retired), or the edit waits and then finds this assignment unstarted and reaches it.
    await lockArticle(tx as unknown as Db, article.id);
    const approved = await tx.question.findMany({
      where: { articleId: article.id, status: 'approved', ...(input.questionMode === 'pick' ? { id: { in: input.questionIds } } : {}) },
      orderBy: [{ rank: 'asc' }, { createdAt: 'asc' }],
      select: { id: true },
    });
    if (input.questionMode === 'pick' && approved.length !== new Set(input.questionIds).size) return 'unknown_questions' as const;
    const chosen = input.questionMode === 'pick'
      // Picked questions keep the order the teacher sees them in (rank), not the click order.
      ? approved
      : approved.slice(0, input.bestCount);
    if (chosen.length === 0) return 'no_questions' as const;
    const quiz = await tx.quiz.create({
      data: {
        articleId: article.id,
        title: input.title,
        kind: 'assigned',
        isCurrent: false,
        ownerId: viewer.id,
        questions: { create: chosen.map((q, position) => ({ questionId: q.id, position })) },
      },
      select: { id: true },
    });
    const assignment = await tx.assignment.create({
      data: {
        classId: c.id,
        quizId: quiz.id,
        title: input.title,
        openAt,
        dueAt,
        attemptsAllowed: input.attemptsAllowed === 'unlimited' ? null : input.attemptsAllowed,
        gradingMethod: input.gradingMethod,
        timeLimitSeconds: typeof input.timeLimitMinutes === 'number' ? input.timeLimitMinutes * 60 : null,
        shuffleQuestions: input.shuffleQuestions,
        shuffleChoices: input.shuffleChoices,
        reviewPolicy: input.reviewPolicy,
        latePolicy: input.latePolicy,
      },
      select: { id: true },
    });
    return { id: assignment.id };
  });
  return typeof made === 'string' ? { result: made } : { result: 'ok', id: made.id };
}

/** Teachers: delete one of their assignments with its attempts (the quiz stays for the record). */
export async function deleteAssignment(viewer: Viewer, assignmentId: string): Promise<{ result: 'ok'; classId: string } | { result: 'not_found' }> {
  if (!isTeacher(viewer)) return { result: 'not_found' };
  const db = await getDb();
  const a = await db.assignment.findFirst({ where: { id: assignmentId, class: { teacherId: viewer.id } }, select: { classId: true } });
  if (!a) return { result: 'not_found' };
  await db.assignment.deleteMany({ where: { id: assignmentId, class: { teacherId: viewer.id } } });
  return { result: 'ok', classId: a.classId };
}

export interface ClassAssignmentSummary {
  id: string;
  title: string;
  articleTitle: string;
  openAt: Date;
  dueAt: Date;
  questionCount: number;
  submittedStudents: number;
}

/** Teachers: the assignments of one of their classes, latest due first. */
export async function listClassAssignments(viewer: Viewer, classId: string): Promise<ClassAssignmentSummary[] | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const c = await db.class.findFirst({ where: { id: classId, teacherId: viewer.id }, select: { id: true } });
  if (!c) return null;
  const rows = await db.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true, title: true, openAt: true, dueAt: true,
      quiz: { select: { article: { select: { title: true } }, _count: { select: { questions: true } } } },
      attempts: { where: { status: 'submitted' }, distinct: ['userId'], select: { userId: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id, title: a.title, openAt: a.openAt, dueAt: a.dueAt,
    articleTitle: a.quiz.article.title,
    questionCount: a.quiz._count.questions,
    submittedStudents: a.attempts.length,
  }));
}

export interface MyAssignment {
  id: string;
  title: string;
  className: string;
  articleTitle: string;
  openAt: Date;
  /** The student's own due time: the class's, or their extension's when later. */
  dueAt: Date;
  /** With the student's extra minutes, if any. */
  timeLimitSeconds: number | null;
  /** The teacher gave this student more time. */
  isExtended: boolean;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  latePolicy: string;
  status: StudentStatus;
  /** Percent by the assignment's grading method, null before a submission. */
  grade: number | null;
  gradingMethod: string;
  /**
   * Answers a teacher marked differently from the automatic grade, over the student's submitted
   * attempts (as their gradebook cell counts them). A count only, never which answers, so it is
   * told whatever the review setting withholds — as My scores and the results page tell it.
   */
  changedMarks: number;
  openAttemptId: string | null;
  canStart: StartCheck;
  lastSubmittedAttemptId: string | null;
  /** Due within the next 24 hours. */
  dueSoon: boolean;
}

/** Students: the assignments of their classes, what is due soonest first, with status and grade. */
export async function listMyAssignments(viewer: Viewer, now = new Date()): Promise<MyAssignment[]> {
  await closeExpiredAttempts(now, { userId: viewer.id });
  const db = await getDb();
  const rows = await db.assignment.findMany({
    where: { class: { archivedAt: null, enrollments: { some: { userId: viewer.id } } } },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true, title: true, openAt: true, dueAt: true, attemptsAllowed: true, gradingMethod: true, timeLimitSeconds: true,
      latePolicy: true, reviewPolicy: true,
      class: { select: { name: true } },
      quiz: { select: { article: { select: { title: true } } } },
      extensions: { where: { userId: viewer.id }, select: { dueAt: true, extraMinutes: true } },
      attempts: {
        where: { userId: viewer.id },
        orderBy: { startedAt: 'asc' },
        select: {
          id: true, status: true, isLate: true, score: true, total: true, submittedAt: true,
          _count: { select: { responses: { where: CHANGED_MARK } } },
        },
      },
    },
  });
  const mine = rows.map(({ extensions, ...a }) => ({ ...rulesForStudent(a, extensions[0]), isExtended: extensions.length > 0 }));
  // An extension can move an assignment later in the list.
  mine.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime());
  return mine.map((a) => {
    const submitted = a.attempts.filter((t) => t.status === 'submitted' && t.submittedAt);
    const open = a.attempts.find((t) => t.status === 'in_progress');
    return {
      id: a.id, title: a.title, className: a.class.name, articleTitle: a.quiz.article.title,
      openAt: a.openAt, dueAt: a.dueAt, timeLimitSeconds: a.timeLimitSeconds, isExtended: a.isExtended, attemptsAllowed: a.attemptsAllowed,
      attemptsUsed: a.attempts.length, latePolicy: a.latePolicy, gradingMethod: a.gradingMethod,
      status: studentStatus(a, now, a.attempts),
      grade: gradeByMethod(a.gradingMethod, submitted.map((t) => ({ percent: percent(t.score ?? 0, t.total), submittedAt: t.submittedAt! }))),
      changedMarks: submitted.reduce((sum, t) => sum + t._count.responses, 0),
      openAttemptId: open?.id ?? null,
      canStart: canStartAttempt(a, now, a.attempts.length),
      lastSubmittedAttemptId: submitted.at(-1)?.id ?? null,
      dueSoon: a.dueAt > now && a.dueAt.getTime() - now.getTime() < 24 * 3600_000,
    };
  });
}

export type StartAssignmentResult = { outcome: 'ok'; attemptId: string } | { outcome: Exclude<StartCheck, 'ok'> | 'not_found' };

/** A class member's view of one assignment: its rules with their own extension, and their attempts. */
async function readAssignmentForStudent(db: Pick<Db, 'assignment'>, viewer: Viewer, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, enrollments: { some: { userId: viewer.id } } } },
    select: {
      id: true, quizId: true, openAt: true, dueAt: true, attemptsAllowed: true, timeLimitSeconds: true, latePolicy: true,
      reviewPolicy: true, gradingMethod: true,
      quiz: { select: { _count: { select: { questions: true } } } },
      attempts: { where: { userId: viewer.id }, select: { id: true, status: true } },
      extensions: { where: { userId: viewer.id }, select: { dueAt: true, extraMinutes: true } },
    },
  });
  // The student's own due time and time limit, with any extension their teacher gave them.
  return found ? rulesForStudent(found, found.extensions[0]) : null;
}

/** Students: whether a new attempt at this assignment would start now (its results page offers "Try again"). */
export async function canStartAgain(viewer: Viewer, assignmentId: string, now = new Date()): Promise<boolean> {
  const a = await readAssignmentForStudent(await getDb(), viewer, assignmentId);
  return !!a && !a.attempts.some((t) => t.status === 'in_progress') && canStartAttempt(a, now, a.attempts.length) === 'ok';
}

/**
 * Students: resume their open attempt at an assignment, or start one if its schedule and
 * attempt limit allow. The attempt's deadline is fixed now, by the server's clock.
 */
export async function startAssignmentAttempt(viewer: Viewer, assignmentId: string, now = new Date()): Promise<StartAssignmentResult> {
  await closeExpiredAttempts(now, { userId: viewer.id, assignmentIds: [assignmentId] });
  const db = await getDb();
  // Two starts at once (two tabs, a double click) take turns, so the second resumes the first's
  // attempt: on PostgreSQL an advisory lock per student and assignment; SQLite runs one write
  // transaction at a time. (Creating and then taking back the later of two attempts let a
  // start that read in between resume an attempt that was then deleted.)
  return db.$transaction(async (tx): Promise<StartAssignmentResult> => {
    if (isPostgres()) {
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`start:${viewer.id}:${assignmentId}`}))) AS l`;
      // Before the assignment is read: takes turns with a question edit that puts its new version
      // in this assignment's quiz while no one has started (lib/dal/question-edit-reach.ts), so the
      // attempt gets the quiz wholly before or wholly after the edit. Shared: starts don't wait for
      // each other.
      await tx.$queryRaw`
        SELECT 1 AS locked FROM "Assignment"
        WHERE "id" = ${assignmentId} AND "classId" IN (SELECT "classId" FROM "Enrollment" WHERE "userId" = ${viewer.id})
        FOR SHARE`;
    }
    const a = await readAssignmentForStudent(tx, viewer, assignmentId);
    if (!a) return { outcome: 'not_found' };
    const open = a.attempts.find((t) => t.status === 'in_progress');
    if (open) return { outcome: 'ok', attemptId: open.id };
    const check = canStartAttempt(a, now, a.attempts.length);
    if (check !== 'ok') return { outcome: check };
    const created = await tx.attempt.create({
      data: {
        userId: viewer.id, quizId: a.quizId, assignmentId: a.id, total: a.quiz._count.questions,
        startedAt: now, deadlineAt: attemptDeadline(a, now),
      },
      select: { id: true },
    });
    return { outcome: 'ok', attemptId: created.id };
  });
}
