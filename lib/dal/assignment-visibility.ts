// DESIGN.md's one rule for answers: a question in an assignment that some student of the class
// may still be working on stays out of the class's study decks and practice quizzes, and out of
// "after the due time" reviews, until the last student's time is up (policy.ts holdsAnswers).
// This file and its SQL twin, visibility-sql.ts (for a submit's hot path), are the only places
// that say which assignments those are.
// "A question" is every version of it: a teacher's edit makes a new row (review.ts applyEdit) and
// an assignment already started keeps the old one, often the same fact in the same words. So a
// question is hidden when any question of its lineage (Question.lineageId) is in such an
// assignment, and a practice quiz is paused when any of its questions is.
import 'server-only';
import { effectiveDueAt, openDeadlineCutoff, writesEndAt } from '@/lib/assignments/policy';
import type { Viewer } from '@/lib/auth';
import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';

/**
 * Assignments that still hold their answers: policy.ts `holdsAnswers` as a condition (the
 * class's due time, any student's extension, or a running attempt's deadline still ahead). The
 * integration tests check that the two agree.
 */
export function holdsAnswersWhere(now: Date): Prisma.AssignmentWhereInput {
  return {
    OR: [
      { dueAt: { gt: now } },
      { extensions: { some: { dueAt: { gt: now } } } },
      // A running attempt takes answers until its deadline plus the grace (acceptsWrites).
      { attempts: { some: { status: 'in_progress', deadlineAt: { gt: openDeadlineCutoff(now) } } } },
    ],
  };
}

/** Of those, the ones of the viewer's own classes: the only ones that hide answers from them. */
export function hidingAssignmentsWhere(viewer: Viewer, now: Date): Prisma.AssignmentWhereInput {
  return { ...holdsAnswersWhere(now), class: { enrollments: { some: { userId: viewer.id } } } };
}

/** Questions of which no version is in an assignment hiding them from this viewer. */
export function notHiddenByAssignments(viewer: Viewer, now: Date): Prisma.QuestionWhereInput {
  const inHidingAssignment: Prisma.QuestionWhereInput = { quizQuestions: { some: { quiz: { assignments: { some: hidingAssignmentsWhere(viewer, now) } } } } };
  return { NOT: { lineage: { versions: { some: inHidingAssignment } } } };
}

/**
 * Why the viewer's practice of a quiz is paused: their own assignment is not due yet (until
 * when), or a classmate still has time (no date: it would tell about one student's extension).
 */
export type PracticePause = { reason: 'own_time'; until: Date } | { reason: 'classmate_time' } | null;

/** Whether, and why, the viewer's practice of an article's quiz is paused right now. */
export async function getPracticePause(viewer: Viewer, quizId: string, db: Db, now = new Date()): Promise<PracticePause> {
  const rows = await db.assignment.findMany({
    // Assignments asking some version of one of the quiz's questions.
    where: { ...hidingAssignmentsWhere(viewer, now), quiz: { questions: { some: { question: { lineage: { versions: { some: { quizQuestions: { some: { quizId } } } } } } } } } },
    select: {
      dueAt: true,
      extensions: { where: { userId: viewer.id }, select: { dueAt: true } },
      attempts: { where: { userId: viewer.id, status: 'in_progress' }, select: { deadlineAt: true } },
    },
  });
  if (rows.length === 0) return null;
  // The viewer's own time: their due time, or their own attempt still running past it (late
  // work with a time limit) — that is not a classmate's time.
  const own = Math.max(
    ...rows.flatMap((a) => [
      effectiveDueAt(a.dueAt, a.extensions[0]).getTime(),
      ...a.attempts.flatMap((t) => (t.deadlineAt ? [writesEndAt(t.deadlineAt).getTime()] : [])),
    ]),
  );
  return own > now.getTime() ? { reason: 'own_time', until: new Date(own) } : { reason: 'classmate_time' };
}
