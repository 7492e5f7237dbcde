// Which questions a student's next try at an article's practice quiz asks. The first try takes
// the article's current practice quiz as it is (approved questions first, then the best
// drafts). A try after that asks again the questions the student last got wrong (or left blank) —
// what "Try again" after a score is for, and an approved question missed comes before a draft
// never seen — then questions not seen yet, then the ones last got right, longest ago first; and
// asks them in a new order — so "Try again" is not the same ten questions in the same order. The
// questions picked become a practice quiz of their own (not current), as an assignment's
// questions do, so the attempt, its grading and its review read them like any other quiz.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '@/lib/auth';
import { seededShuffle } from '@/lib/assignments/shuffle';
import type { Db } from '@/lib/db';
import { notHiddenByAssignments } from './assignment-visibility';

/** How many of the student's latest tries at an article count as what they have seen. */
const HISTORY_ATTEMPTS = 50;

export interface PracticeHistoryEntry {
  /** Whether the student's latest answer to it was right (false: wrong or left blank). */
  lastRight: boolean;
  /** When they last saw it (ms). */
  lastSeenAt: number;
}

/**
 * Pure: the questions of the next try, in the order it asks them. `pool` is in the practice
 * quiz's own order (best first); `history` says, by question id, what the student did last time
 * they saw it; `previousOrder` is the order of their last try, which the new order never repeats
 * (when it has two questions or more). `seed` makes the shuffle repeatable in tests.
 */
export function pickPracticeQuestions(
  pool: readonly string[],
  size: number,
  history: ReadonlyMap<string, PracticeHistoryEntry>,
  previousOrder: readonly string[],
  seed: string,
): string[] {
  const group = (id: string) => {
    const seen = history.get(id);
    return !seen ? 1 : seen.lastRight ? 2 : 0;
  };
  const ranked = pool
    .map((id, rank) => ({ id, rank, group: group(id), seenAt: history.get(id)?.lastSeenAt ?? 0 }))
    .sort((a, b) => a.group - b.group || (a.group === 2 ? a.seenAt - b.seenAt : 0) || a.rank - b.rank);
  const chosen = ranked.slice(0, size).map((q) => q.id);
  const order = seededShuffle(chosen, seed);
  // The same questions in the same order as last time is what the student complained of.
  if (order.length > 1 && order.join() === previousOrder.join()) order.push(order.shift()!);
  return order;
}

/**
 * The student's own history at one article: from their latest submitted attempts (practice and
 * assignments), the last result of each question they were asked (from practice only), and the
 * order of their latest practice try.
 */
async function readHistory(db: Db, viewer: Viewer, articleId: string) {
  const attempts = await db.attempt.findMany({
    where: { userId: viewer.id, status: 'submitted', quiz: { articleId } },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_ATTEMPTS,
    select: {
      submittedAt: true,
      assignmentId: true,
      quiz: { select: { questions: { orderBy: { position: 'asc' }, select: { questionId: true } } } },
      responses: { select: { questionId: true, isCorrect: true } },
    },
  });
  const history = new Map<string, PracticeHistoryEntry>();
  // Newest first: the first time a question turns up is the last time the student saw it.
  for (const attempt of attempts) {
    const right = new Set(attempt.responses.filter((r) => r.isCorrect).map((r) => r.questionId));
    for (const { questionId } of attempt.quiz.questions) {
      if (history.has(questionId)) continue;
      // An assignment's question counts as seen, never as wrong: its review may be closed to the
      // student, and a retry asking the wrong ones first would tell them which they got wrong.
      const lastRight = attempt.assignmentId !== null || right.has(questionId);
      history.set(questionId, { lastRight, lastSeenAt: attempt.submittedAt?.getTime() ?? 0 });
    }
  }
  const lastPractice = attempts.find((a) => a.assignmentId === null);
  return { history, previousOrder: lastPractice?.quiz.questions.map((q) => q.questionId) ?? [] };
}

/**
 * Students, when starting a practice try: the quiz this try takes. The current practice quiz on
 * a first try; after one, a new practice quiz of the questions pickPracticeQuestions chooses from
 * the article's active questions that no assignment holds back from this student. The caller has
 * checked that practice is not paused.
 */
export async function choosePracticeQuiz(
  db: Db,
  viewer: Viewer,
  current: { id: string; articleId: string; title: string; size: number },
  now: Date,
): Promise<{ quizId: string; total: number }> {
  const { history, previousOrder } = await readHistory(db, viewer, current.articleId);
  if (history.size === 0) return { quizId: current.id, total: current.size };
  const pool = await db.question.findMany({
    where: { articleId: current.articleId, status: { in: ['approved', 'draft'] }, ...notHiddenByAssignments(viewer, now) },
    // The practice quiz's own order (refreshPracticeQuiz): approved first, then by rank.
    orderBy: [{ status: 'asc' }, { rank: 'asc' }, { createdAt: 'asc' }],
    select: { id: true },
  });
  const picked = pickPracticeQuestions(pool.map((q) => q.id), current.size, history, previousOrder, randomUUID());
  if (picked.length === 0) return { quizId: current.id, total: current.size };
  const quiz = await db.quiz.create({
    data: {
      articleId: current.articleId,
      title: current.title,
      kind: 'practice',
      // Not the article's current quiz: that stays the one a first try takes. Its owner is the
      // student, so their open try is found again (startPracticeAttempt).
      isCurrent: false,
      ownerId: viewer.id,
      questions: { create: picked.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
  return { quizId: quiz.id, total: picked.length };
}
