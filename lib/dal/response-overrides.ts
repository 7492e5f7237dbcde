// A teacher's mark on a submitted answer: right or wrong, whatever the automatic grade said
// ("86 milion pounds" for "£86 million"; a key that was wrong when the class answered). The mark
// replaces Response.isCorrect, so every reader of the score (results, the gradebook, the
// statistics, the attempts CSV) shows it; the automatic grade stays in autoIsCorrect, and marking
// the answer back to it removes the override.
//
// Each change recounts the attempt's score inside the same transaction, with the attempt's row
// locked first: two marks at once on one attempt take turns, and the score is always the number of
// its right answers, never an increment of a stale read.
//
// The study schedule is not rewritten: a submit already fed its grades to FSRS (StudyCard +
// ReviewLog) and later reviews built on them; the student's next review of the card follows from
// there. (Only grades the sweep has still to record — the server stopped between a submit and
// its schedule — are read as they stand then, marks included.)
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, isPostgres, type Db } from '@/lib/db';
import { normalizeAnswer } from '@/lib/grading';
import { isTeacher } from './review';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type MarkResult =
  | { result: 'ok'; changed: number; students: number }
  | { result: 'not_found' }
  | { result: 'not_submitted' }
  | { result: 'not_answered' };

interface StoredMark {
  isCorrect: boolean | null;
  autoIsCorrect: boolean | null;
}

/**
 * The fields that give a response the mark `target`, or null when it already has it. The first
 * override keeps the automatic grade; a mark equal to it is no override (who and when cleared).
 */
export function markFields(stored: StoredMark, target: boolean, teacherId: string, now: Date) {
  const current = stored.isCorrect ?? false;
  if (current === target) return null;
  const automatic = stored.autoIsCorrect ?? current;
  const isOverride = target !== automatic;
  return {
    isCorrect: target,
    autoIsCorrect: automatic,
    overriddenById: isOverride ? teacherId : null,
    overriddenAt: isOverride ? now : null,
  };
}

/**
 * What two answers to one question share when the same mark fits both: a typed answer as
 * grading compares it (case, accents, spacing, outer punctuation ignored), a choice exactly.
 */
export function answerMatchKey(type: string, answer: string): string {
  return type === 'short_answer' ? normalizeAnswer(answer) : answer;
}

/**
 * A response whose mark a teacher changed: it differs from the automatic grade now (marking it
 * back clears overriddenAt). What the results, the gradebook and the scores count as "mark changed".
 */
export const CHANGED_MARK = { overriddenAt: { not: null } } as const;

/**
 * Locks the submitted attempts (by id, in id order) so marks and recounts on them take turns.
 * PostgreSQL: row locks until the transaction ends. SQLite runs one write transaction at a time.
 */
async function lockSubmitted(tx: Tx, where: { id: string } | { assignmentId: string }): Promise<string[]> {
  if (isPostgres()) {
    const rows =
      'id' in where
        ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Attempt" WHERE "id" = ${where.id} AND "status" = 'submitted' FOR UPDATE`
        : await tx.$queryRaw<{ id: string }[]>`
            SELECT "id" FROM "Attempt" WHERE "assignmentId" = ${where.assignmentId} AND "status" = 'submitted' ORDER BY "id" FOR UPDATE`;
    return rows.map((r) => r.id);
  }
  const rows = await tx.attempt.findMany({ where: { ...where, status: 'submitted' }, orderBy: { id: 'asc' }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The attempt's score: how many of its quiz's questions have an answer marked right now. */
async function recountScore(tx: Tx, attemptId: string, now: Date): Promise<void> {
  const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { quizId: true } });
  const score = await tx.response.count({
    where: { attemptId, isCorrect: true, question: { quizQuestions: { some: { quizId: attempt.quizId } } } },
  });
  await tx.attempt.update({ where: { id: attemptId }, data: { score, updatedAt: now } });
}

/** The answer a teacher chose, on an attempt at an assignment of their own class; null otherwise. */
async function findOwnedAnswer(tx: Tx, viewer: Viewer, attemptId: string, questionId: string) {
  return tx.response.findFirst({
    where: { attemptId, questionId, attempt: { assignment: { class: { teacherId: viewer.id } } } },
    select: {
      id: true, answer: true, isCorrect: true, autoIsCorrect: true,
      question: { select: { type: true } },
      attempt: { select: { status: true, assignmentId: true } },
    },
  });
}

/**
 * Teachers, on attempts at assignments of their own classes: marks one submitted answer right
 * (`isCorrect`) or wrong and recounts the attempt's score. An attempt still in progress is the
 * student's (its submit grades it): `not_submitted`. A blank answer has nothing to mark.
 */
export async function markAnswer(
  viewer: Viewer,
  input: { attemptId: string; questionId: string; isCorrect: boolean },
  now = new Date(),
): Promise<MarkResult> {
  if (!isTeacher(viewer)) return { result: 'not_found' };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const owned = await findOwnedAnswer(tx, viewer, input.attemptId, input.questionId);
    if (!owned) return { result: 'not_found' as const };
    // Locked, then read again: the mark applies to the answer as it stands after any mark before it.
    const [locked] = await lockSubmitted(tx, { id: input.attemptId });
    if (!locked) return { result: 'not_submitted' as const };
    const stored = await tx.response.findUniqueOrThrow({ where: { id: owned.id }, select: { answer: true, isCorrect: true, autoIsCorrect: true } });
    if (stored.answer === '') return { result: 'not_answered' as const };
    const fields = markFields(stored, input.isCorrect, viewer.id, now);
    if (!fields) return { result: 'ok' as const, changed: 0, students: 0 };
    await tx.response.update({ where: { id: owned.id }, data: { ...fields, updatedAt: now } });
    await recountScore(tx, input.attemptId, now);
    return { result: 'ok' as const, changed: 1, students: 1 };
  });
}

/**
 * Teachers, for the wrong-key case either way (a key that refused a right answer, or accepted a
 * wrong one — or a bulk mark made by mistake): gives the mark `isCorrect` to every submitted
 * answer to this question, in this attempt's assignment only, that is the same answer as this one
 * (answerMatchKey). An answer whose mark becomes its automatic grade again loses its override
 * (markFields), so marking back is the undo. The question bank is shared, so other assignments'
 * attempts (other teachers' classes) are left alone. `changed` counts the answers whose mark
 * changed, `students` their students.
 */
export async function markSameAnswers(
  viewer: Viewer,
  input: { attemptId: string; questionId: string; isCorrect: boolean },
  now = new Date(),
): Promise<MarkResult> {
  if (!isTeacher(viewer)) return { result: 'not_found' };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const chosen = await findOwnedAnswer(tx, viewer, input.attemptId, input.questionId);
    if (!chosen || !chosen.attempt.assignmentId) return { result: 'not_found' as const };
    if (chosen.attempt.status !== 'submitted') return { result: 'not_submitted' as const };
    if (chosen.answer === '') return { result: 'not_answered' as const };
    const locked = await lockSubmitted(tx, { assignmentId: chosen.attempt.assignmentId });
    const candidates = await tx.response.findMany({
      where: { questionId: input.questionId, attemptId: { in: locked }, answer: { not: '' } },
      orderBy: { attemptId: 'asc' },
      select: { id: true, attemptId: true, answer: true, isCorrect: true, autoIsCorrect: true, attempt: { select: { userId: true } } },
    });
    const students = new Set<string>();
    let changed = 0;
    for (const r of candidates) {
      if (answerMatchKey(chosen.question.type, r.answer) !== answerMatchKey(chosen.question.type, chosen.answer)) continue;
      const fields = markFields(r, input.isCorrect, viewer.id, now);
      if (!fields) continue;
      await tx.response.update({ where: { id: r.id }, data: { ...fields, updatedAt: now } });
      await recountScore(tx, r.attemptId, now);
      changed += 1;
      students.add(r.attempt.userId);
    }
    return { result: 'ok' as const, changed, students: students.size };
  });
}
