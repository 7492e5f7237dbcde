// DESIGN.md's one rule for answers: a question in an assignment still open to a student stays
// out of that student's study deck and practice quizzes until the assignment's due time. This
// is the only place that says which assignments those are.
import 'server-only';
import { effectiveDueAt } from '@/lib/assignments/policy';
import type { Viewer } from '@/lib/auth';
import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';

/**
 * Assignments of the viewer's classes whose due time has not come (open or not yet open); the
 * viewer's own due time when their teacher gave them an extension.
 */
export function hidingAssignmentsWhere(viewer: Viewer, now: Date): Prisma.AssignmentWhereInput {
  return {
    OR: [{ dueAt: { gt: now } }, { extensions: { some: { userId: viewer.id, dueAt: { gt: now } } } }],
    class: { enrollments: { some: { userId: viewer.id } } },
  };
}

/** Questions that are not in any assignment hiding them from this viewer. */
export function notHiddenByAssignments(viewer: Viewer, now: Date): Prisma.QuestionWhereInput {
  return { NOT: { quizQuestions: { some: { quiz: { assignments: { some: hidingAssignmentsWhere(viewer, now) } } } } } };
}

/** Of these question ids, the ones an open assignment hides from the viewer right now. */
export async function hiddenQuestionIds(viewer: Viewer, questionIds: string[], db: Db, now = new Date()): Promise<Set<string>> {
  if (questionIds.length === 0) return new Set();
  const rows = await db.quizQuestion.findMany({
    where: { questionId: { in: questionIds }, quiz: { assignments: { some: hidingAssignmentsWhere(viewer, now) } } },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

/** When the viewer's practice of an article's quiz opens again, or null if it is open now. */
export async function practicePausedUntil(viewer: Viewer, quizId: string, db: Db, now = new Date()): Promise<Date | null> {
  const rows = await db.assignment.findMany({
    where: { ...hidingAssignmentsWhere(viewer, now), quiz: { questions: { some: { question: { quizQuestions: { some: { quizId } } } } } } },
    select: { dueAt: true, extensions: { where: { userId: viewer.id }, select: { dueAt: true } } },
  });
  const ends = rows.map((a) => effectiveDueAt(a.dueAt, a.extensions[0]).getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}
