// Which of a teacher's other assignments still hold back the answers to some questions, so the
// assign and edit forms can say so before the teacher saves. DESIGN.md's one rule keeps an
// assignment's answers from its own class until the last student's time is up
// (policy.ts holdsAnswers), but only from that class: another class given the same questions
// may see the answers sooner (a review right after submitting, an earlier due time) and pass
// them on; and in the same class, the held questions stay hidden in the new assignment's
// review too. Read-only; a teacher sees only assignments of their own classes.
// The same question is any version of it (assignment-visibility.ts): an assignment still asking
// the wording before an edit holds the edited one too.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { answersReleaseAt } from '@/lib/assignments/policy';
import { getDb } from '@/lib/db';
import { holdsAnswersWhere } from './assignment-visibility';
import { isTeacher } from './review';

/** An upper bound on the question ids one check looks at (a quiz has at most a few dozen). */
const MAX_QUESTION_IDS = 1000;

export interface AnswerHold {
  assignmentId: string;
  title: string;
  class: { id: string; name: string };
  /** The class the form is about: there the held questions stay hidden in its review as well. */
  isSameClass: boolean;
  dueAt: Date;
  /** When the last student of that class runs out of time: policy.ts answersReleaseAt. */
  releaseAt: Date;
  /** Held past the class's due time by a student's extension or an attempt still running. */
  isExtended: boolean;
  /** The questions, of those asked about, that the assignment shares (some version of each). */
  questionIds: string[];
}

/**
 * Teachers: their assignments (any class, `exceptAssignmentId` left out) that share some of
 * these questions and still hold their answers at `now`, the latest release first. `classId` is
 * the class the form is about. Null for anyone who is not a teacher.
 */
export async function listAnswerHolds(
  viewer: Viewer,
  target: { classId: string; questionIds: string[]; exceptAssignmentId?: string },
  now = new Date(),
): Promise<AnswerHold[] | null> {
  if (!isTeacher(viewer)) return null;
  const questionIds = [...new Set(target.questionIds)].slice(0, MAX_QUESTION_IDS);
  if (questionIds.length === 0) return [];
  const db = await getDb();
  // The asked questions by lineage, in the order asked.
  const asked = await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, lineageId: true } });
  const lineageOf = new Map(asked.map((q) => [q.id, q.lineageId]));
  const askedByLineage = new Map<string, string[]>();
  for (const id of questionIds) {
    const lineageId = lineageOf.get(id);
    if (lineageId) askedByLineage.set(lineageId, [...(askedByLineage.get(lineageId) ?? []), id]);
  }
  const sameQuestion = { question: { lineageId: { in: [...askedByLineage.keys()] } } };
  const rows = await db.assignment.findMany({
    where: {
      ...holdsAnswersWhere(now),
      class: { teacherId: viewer.id },
      quiz: { questions: { some: sameQuestion } },
      ...(target.exceptAssignmentId ? { id: { not: target.exceptAssignmentId } } : {}),
    },
    select: {
      id: true, title: true, dueAt: true,
      class: { select: { id: true, name: true } },
      extensions: { select: { userId: true, dueAt: true } },
      attempts: { where: { status: 'in_progress' }, select: { deadlineAt: true } },
      quiz: { select: { questions: { where: sameQuestion, orderBy: { position: 'asc' }, select: { question: { select: { lineageId: true } } } } } },
    },
  });
  return rows
    .map((a) => {
      const releaseAt = answersReleaseAt({ dueAt: a.dueAt, extensions: a.extensions, runningDeadlines: a.attempts.map((t) => t.deadlineAt) });
      return {
        assignmentId: a.id,
        title: a.title,
        class: a.class,
        isSameClass: a.class.id === target.classId,
        dueAt: a.dueAt,
        releaseAt,
        isExtended: releaseAt.getTime() > a.dueAt.getTime(),
        questionIds: [...new Set(a.quiz.questions.flatMap((q) => askedByLineage.get(q.question.lineageId) ?? []))],
      };
    })
    .filter((h) => h.releaseAt.getTime() > now.getTime())
    .sort((x, y) => y.releaseAt.getTime() - x.releaseAt.getTime() || x.title.localeCompare(y.title));
}

/**
 * Teachers: the holds that concern one of their assignments (its questions, in other
 * assignments); null if the assignment is not theirs.
 */
export async function listAnswerHoldsForAssignment(viewer: Viewer, assignmentId: string, now = new Date()): Promise<AnswerHold[] | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: viewer.id } },
    select: { classId: true, quiz: { select: { questions: { select: { questionId: true } } } } },
  });
  if (!a) return null;
  return listAnswerHolds(viewer, { classId: a.classId, questionIds: a.quiz.questions.map((q) => q.questionId), exceptAssignmentId: assignmentId }, now);
}
