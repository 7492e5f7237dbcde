// Quiz attempts: start, answer, submit, review. Every function takes the viewer first and puts
// ownership in the query's `where`, so another student's attempt id finds nothing (404).
// Answer keys are read only when grading and in the review of a submitted attempt.
// Deadlines (assignment time limits and due times) are the server's: answers and submits after
// the deadline and its grace are refused, and the attempt is closed with what was saved.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { toRole } from '@/lib/roles';
import { acceptsWrites, effectiveDueAt, isLateSubmission, openDeadlineCutoff } from '@/lib/assignments/policy';
import { orderForAttempt } from '@/lib/assignments/shuffle';
import { getDb, isPostgres, type Db } from '@/lib/db';
import { readAnswerState, writeAnswer } from './answer-save-sql';
import { choiceValue, isAnswerCorrect } from '@/lib/grading';
import { getPracticePause, type PracticePause } from './assignment-visibility';
import { choosePracticeQuiz } from './practice-retry';
import { recordQuizReviews } from './study';
import { readGradedResults, readUnrecordedAttempts } from './study-sql';
import { parseChoices } from './question-fields';
import {
  markGrades,
  markSubmitted,
  readAttemptForClose,
  readAttemptForSave,
  readAttemptForTaking,
  readGradingRows,
  readQuestionsWithSavedAnswers,
  recordScore,
} from './quiz-sql';

export interface QuizQuestionView {
  id: string;
  position: number;
  type: string;
  prompt: string;
  /** What the student picks from; the answer key is not part of this shape. */
  choices: { label: string; value: string }[];
}

export interface AttemptForTaking {
  id: string;
  status: 'in_progress' | 'submitted';
  article: { slug: string; title: string };
  /** Set when the attempt belongs to an assignment. */
  assignment: { id: string; title: string } | null;
  /** When the server stops taking answers (before its short grace period), if ever. */
  deadlineAt: Date | null;
  questions: QuizQuestionView[];
  answers: Record<string, string>;
  /** The server's clock (ms) just before `answers` were read: the quiz page orders them against
   * its own saves by it (a save's reply carries when it was stored). */
  answersReadAt: number;
}

export type SaveAnswerResult = 'saved' | 'not_found' | 'closed' | 'invalid_choice' | 'conflict';
export type SubmitResult =
  | { outcome: 'submitted'; score: number; total: number; autoSubmitted: boolean; isLate: boolean }
  | { outcome: 'already_submitted' | 'not_found' };

/**
 * Students: resume their open attempt at the article's practice quiz, or start one (a try after
 * the first asks the ones last got wrong again, then those not seen yet: practice-retry.ts). Null if
 * there is no quiz, or while one of the student's assignments uses its questions (DESIGN.md;
 * `practicePausedFor` tells until when).
 */
export async function startPracticeAttempt(viewer: Viewer, slug: string, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const quiz = await db.quiz.findFirst({
    // An archived article is out of practice (lib/dal/article-manage.ts): no new attempt, and the
    // article page links an open one directly (openPracticeAttemptOnArchived).
    where: { kind: 'practice', isCurrent: true, article: { slug, archivedAt: null } },
    select: { id: true, articleId: true, title: true, _count: { select: { questions: true } } },
  });
  if (!quiz) return null;
  if (await getPracticePause(viewer, quiz.id, db, now)) return null;
  // Two starts at once (two tabs, a double click on "Try again") take turns, so the second
  // resumes the first's try instead of opening another (and another quiz of its own): on
  // PostgreSQL an advisory lock per student and article; SQLite runs one write transaction at a time.
  return db.$transaction(async (tx) => {
    if (isPostgres()) {
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`practice:${viewer.id}:${quiz.articleId}`}))) AS l`;
    }
    const open = await tx.attempt.findMany({
      // On the current quiz, or on one of the student's own later tries (practice-retry.ts).
      where: {
        userId: viewer.id,
        status: 'in_progress',
        assignmentId: null,
        OR: [{ quizId: quiz.id }, { quiz: { articleId: quiz.articleId, kind: 'practice', ownerId: viewer.id } }],
      },
      orderBy: { startedAt: 'desc' },
      take: 5,
      select: { id: true, quizId: true },
    });
    for (const attempt of open) {
      // A later try asks other questions than the current quiz: one an assignment set since
      // holds back is not shown again; that try waits, and a new one leaves it out.
      if (attempt.quizId === quiz.id || !(await getPracticePause(viewer, attempt.quizId, tx as unknown as Db, now))) return attempt.id;
    }
    // A try after the first asks other questions, or the same ones in another order.
    const chosen = await choosePracticeQuiz(tx as unknown as Db, viewer, { id: quiz.id, articleId: quiz.articleId, title: quiz.title, size: quiz._count.questions }, now);
    const created = await tx.attempt.create({
      data: { userId: viewer.id, quizId: chosen.quizId, total: chosen.total, startedAt: now },
      select: { id: true },
    });
    return created.id;
  });
}

/**
 * The attempt's owner only: questions without answers, in the order this attempt shows them,
 * and the answers saved so far. An attempt whose time ran out is closed first.
 */
export async function getAttemptForTaking(viewer: Viewer, attemptId: string, now = new Date()): Promise<AttemptForTaking | null> {
  const db = await getDb();
  // Two flat statements rather than a nested select: see lib/dal/quiz-sql.ts.
  const attempt = await readAttemptForTaking(db, viewer.id, attemptId);
  if (!attempt) return null;
  // Not `now` (a test's clock): compared with the save route's real clock.
  const answersReadAt = Date.now();
  const rows = await readQuestionsWithSavedAnswers(db, attempt.quizId, attempt.id);
  // Time ran out while the student was away: close it now (one read found that out, rather
  // than a check before every page).
  let status = attempt.status;
  if (status === 'in_progress' && !acceptsWrites(attempt.deadlineAt, now)) {
    await closeExpired(db, viewer, attemptId, now);
    status = 'submitted';
  }
  const questions = rows.map((q) => ({
    id: q.id,
    position: Number(q.position),
    type: q.type,
    prompt: q.prompt,
    choices: parseChoices(q.choicesJson).map((label) => ({ label, value: choiceValue(q.type, label) })),
  }));
  const assignment = attempt.assignmentId
    ? { id: attempt.assignmentId, title: attempt.assignmentTitle ?? '', shuffleQuestions: Boolean(attempt.shuffleQuestions), shuffleChoices: Boolean(attempt.shuffleChoices) }
    : null;
  return {
    id: attempt.id,
    status: status === 'submitted' ? 'submitted' : 'in_progress',
    article: { slug: attempt.articleSlug, title: attempt.articleTitle },
    assignment: assignment ? { id: assignment.id, title: assignment.title } : null,
    deadlineAt: attempt.deadlineAt,
    questions: orderForAttempt(attempt.id, questions, assignment),
    answers: Object.fromEntries(rows.filter((q) => q.saved !== null).map((q) => [q.id, q.saved as string])),
    answersReadAt,
  };
}

/**
 * The attempt's owner only, while it is open: stores (or replaces) one answer. Empty text clears
 * it. With `seen` (the answer the caller last saw stored, '' for none) the write is conditional:
 * if another tab saved a different answer since, nothing changes and the result is `conflict`.
 */
export async function saveAnswer(
  viewer: Viewer,
  attemptId: string,
  questionId: string,
  answer: string,
  now = new Date(),
  seen?: string,
): Promise<SaveAnswerResult> {
  const db = await getDb();
  const attempt = await readAttemptForSave(db, viewer.id, attemptId, questionId);
  if (!attempt) return 'not_found';
  if (attempt.status !== 'in_progress') return 'closed';
  if (!acceptsWrites(attempt.deadlineAt, now)) {
    await closeExpired(db, viewer, attemptId, now);
    return 'closed';
  }
  const { type, choicesJson } = attempt;
  if (type === null || choicesJson === null) return 'not_found';
  const trimmed = answer.trim();
  if (trimmed && type !== 'short_answer' && !parseChoices(choicesJson).some((c) => choiceValue(type, c) === trimmed)) {
    return 'invalid_choice';
  }
  // One statement that writes only while the attempt is open and the stored answer is `seen`
  // (lib/dal/answer-save-sql.ts); when it changes nothing, one read says why.
  const write = { userId: viewer.id, attemptId, questionId, next: trimmed, seen: seen?.trim(), now, lockAttempt: isPostgres() };
  if (await writeAnswer(db, write)) return 'saved';
  const state = await readAnswerState(db, write);
  if (!state) return 'not_found';
  if (!state.open) return 'closed';
  // Nothing to change is a success: one tab's autosave and its own Next may arrive in either
  // order, and clearing an answer that is not there clears nothing.
  return state.stored === trimmed ? 'saved' : 'conflict';
}

type CloseOutcome = SubmitResult & { results?: { questionId: string; isCorrect: boolean }[] };

/**
 * Closes and grades one attempt of `userId`. The status flip is a conditional update, so of
 * many simultaneous closes (submits, the sweep, a page load) exactly one grades. A close after
 * the deadline's grace is recorded at the deadline, with the answers saved before it.
 */
async function closeAndGrade(db: Db, userId: string, attemptId: string, now: Date, byCountdown = false): Promise<CloseOutcome> {
  return db.$transaction(async (tx) => {
    const current = await readAttemptForClose(tx, userId, attemptId);
    if (!current) return { outcome: 'not_found' as const };
    if (current.status !== 'in_progress') return { outcome: 'already_submitted' as const };
    // Closed by the clock: after the grace, or by the countdown's own submit at zero (within the
    // grace, so its last answers count) — either way the results say time ran out.
    const autoSubmitted = !acceptsWrites(current.deadlineAt, now) || (byCountdown && current.deadlineAt !== null && now >= current.deadlineAt);
    const submittedAt = autoSubmitted && current.deadlineAt ? current.deadlineAt : now;
    const isLate = current.dueAt ? isLateSubmission(effectiveDueAt(current.dueAt, { dueAt: current.extensionDueAt }), submittedAt) : false;
    if (!(await markSubmitted(tx, userId, attemptId, { submittedAt, autoSubmitted, isLate, now }))) return { outcome: 'already_submitted' as const };
    // Read after the flip: no save can land between this read and the grade.
    const rows = await readGradingRows(tx, attemptId, current.quizId);
    const correctIds = new Set<string>();
    const right: string[] = [];
    for (const row of rows) {
      if (row.responseId === null || row.given === null || !isAnswerCorrect(row.type, row.given, row.key, row.kind)) continue;
      correctIds.add(row.questionId);
      right.push(row.responseId);
    }
    // One statement for every answer: the submit holds the writer while it runs.
    await markGrades(tx, attemptId, right, now);
    const score = correctIds.size;
    const total = rows.length;
    await recordScore(tx, attemptId, score, total, now);
    const results = rows.map(({ questionId }) => ({ questionId, isCorrect: correctIds.has(questionId) }));
    return { outcome: 'submitted' as const, score, total, autoSubmitted, isLate, results };
  });
}

/** Feeds a graded attempt into the owner's study schedule, once, after the commit. */
async function recordInSchedule(viewer: Viewer, attemptId: string, graded: CloseOutcome, now: Date): Promise<void> {
  if (graded.outcome !== 'submitted' || !graded.results) return;
  // A schedule hiccup must not undo an acknowledged submit (the sweep retries it).
  try {
    await recordQuizReviews(viewer, attemptId, graded.results, now);
  } catch (error) {
    console.error('quiz results could not update the study schedule', error);
  }
}

/**
 * The attempt's owner only: closes and grades it. Of many simultaneous submits exactly one
 * grades and the rest see `already_submitted`. `deferSchedule` runs the study-schedule update
 * later (the server action passes Next's `after`); without it the update is done before returning.
 */
export async function submitAttempt(
  viewer: Viewer,
  attemptId: string,
  now = new Date(),
  options: { deferSchedule?: (task: () => Promise<void>) => void; byCountdown?: boolean } = {},
): Promise<SubmitResult> {
  const graded = await closeAndGrade(await getDb(), viewer.id, attemptId, now, options.byCountdown);
  // The grade is committed; the study schedule may follow after the reply (Next's `after`),
  // so the student sees the results without waiting for it.
  if (options.deferSchedule) options.deferSchedule(() => recordInSchedule(viewer, attemptId, graded, now));
  else await recordInSchedule(viewer, attemptId, graded, now);
  if (graded.outcome !== 'submitted') return graded;
  const { score, total, autoSubmitted, isLate } = graded;
  return { outcome: 'submitted', score, total, autoSubmitted, isLate };
}

/**
 * The viewer's attempt, if it is open and its time is not up: its deadline (null when it has
 * none — a teacher removed the time limit). Null when the deadline has passed, or the attempt is
 * submitted or not the viewer's. The countdown's submit at zero asks first, so time a teacher
 * added (or a limit removed) since its page was rendered is not cut short.
 */
export async function openAttemptDeadline(viewer: Viewer, attemptId: string, now: Date): Promise<{ deadlineAt: Date | null } | null> {
  const db = await getDb();
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId: viewer.id, status: 'in_progress' }, select: { deadlineAt: true } });
  if (!attempt) return null;
  return attempt.deadlineAt === null || attempt.deadlineAt > now ? { deadlineAt: attempt.deadlineAt } : null;
}

/** Closes the viewer's attempt that a read found past its deadline and grace (a close on next access). */
async function closeExpired(db: Db, viewer: Viewer, attemptId: string, now: Date): Promise<void> {
  await recordInSchedule(viewer, attemptId, await closeAndGrade(db, viewer.id, attemptId, now), now);
}

/** Closes the viewer's attempt if its time ran out (a close on next access); a no-op otherwise. */
export async function closeIfExpired(viewer: Viewer, attemptId: string, now: Date): Promise<void> {
  const db = await getDb();
  const expired = await db.attempt.count({
    where: { id: attemptId, userId: viewer.id, status: 'in_progress', deadlineAt: { lt: openDeadlineCutoff(now) } },
  });
  if (expired) await closeExpired(db, viewer, attemptId, now);
}

/**
 * Closes every attempt whose deadline and grace have passed, so a student who never comes back
 * still gets a grade. Run by the scheduled sweep (instrumentation.ts) and before the gradebook
 * and assignment lists are read. Returns how many it closed.
 */
export async function closeExpiredAttempts(now = new Date(), scope: { assignmentIds?: string[]; userId?: string } = {}): Promise<number> {
  const db = await getDb();
  const expired = await db.attempt.findMany({
    where: {
      status: 'in_progress',
      deadlineAt: { lt: openDeadlineCutoff(now) },
      ...(scope.assignmentIds ? { assignmentId: { in: scope.assignmentIds } } : {}),
      ...(scope.userId ? { userId: scope.userId } : {}),
    },
    select: { id: true, user: { select: { id: true, name: true, email: true, role: true } } },
    take: 500,
  });
  let closed = 0;
  for (const { id, user } of expired) {
    const owner: Viewer = { id: user.id, name: user.name, email: user.email, role: toRole(user.role) };
    const graded = await closeAndGrade(db, user.id, id, now);
    if (graded.outcome === 'submitted') closed += 1;
    await recordInSchedule(owner, id, graded, now);
  }
  return closed;
}

/** How long a submit's own schedule update (after its reply) gets before the sweep steps in. */
const SCHEDULE_CATCH_UP_AFTER_MS = 60_000;

/**
 * Records in the study schedule the graded attempts whose owner's schedule never got them (the
 * server stopped between a submit's reply and its schedule update). Run by the scheduled sweep;
 * each attempt is recorded once whoever gets there first. Returns how many it recorded.
 */
export async function recordMissingSchedules(now = new Date()): Promise<number> {
  const db = await getDb();
  const missing = await readUnrecordedAttempts(db, new Date(now.getTime() - SCHEDULE_CATCH_UP_AFTER_MS), 100);
  for (const a of missing) {
    const owner: Viewer = { id: a.userId, name: a.name, email: a.email, role: toRole(a.role) };
    // One attempt that keeps failing must not hold up the ones after it.
    try {
      await recordQuizReviews(owner, a.id, await readGradedResults(db, a.id, a.quizId), now);
    } catch (error) {
      console.error(`attempt ${a.id}: quiz results could not update the study schedule`, error);
    }
  }
  return missing.length;
}

/**
 * The student's open practice attempt on an archived article, for the article page's "Finish"
 * link; null if there is none or the article is not archived. Archiving does not close it:
 * the answers saved so far are the student's, so the attempt stays reachable at its own address
 * and can be finished (getAttemptForTaking, saveAnswer and submitAttempt do not look at
 * archiving). Only new attempts are refused (startPracticeAttempt). Submitting it for them
 * instead would grade a half-done try they never chose to hand in.
 */
export async function openPracticeAttemptOnArchived(viewer: Viewer, slug: string): Promise<string | null> {
  const db = await getDb();
  const open = await db.attempt.findFirst({
    where: {
      userId: viewer.id,
      status: 'in_progress',
      assignmentId: null,
      quiz: { kind: 'practice', article: { slug, archivedAt: { not: null } } },
    },
    orderBy: { startedAt: 'desc' },
    select: { id: true },
  });
  return open?.id ?? null;
}

/** Whether, and why, the viewer's practice of this article's quiz is paused; null if it is open. */
export async function practicePausedFor(viewer: Viewer, slug: string, now = new Date()): Promise<PracticePause> {
  const db = await getDb();
  const quiz = await db.quiz.findFirst({ where: { kind: 'practice', isCurrent: true, article: { slug } }, select: { id: true } });
  return quiz ? getPracticePause(viewer, quiz.id, db, now) : null;
}
