// Reviews of submitted attempts and the student's score history. Only the attempt's owner
// reads them, and correct answers appear only once the attempt is submitted.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { reviewHold, type ClassClock, type ReviewHold } from '@/lib/assignments/policy';
import { orderForAttempt } from '@/lib/assignments/shuffle';
import { choiceLabel, percent } from '@/lib/grading';
import { closeIfExpired } from './attempts';
import { CHANGED_MARK } from './response-overrides';
import { parseAccepted, parseChoices, toSourceRef } from './question-fields';
import { readClassClock, readQuestionsForReview, readSubmittedAttempt } from './quiz-sql';
import { readHiddenQuestionIds } from './visibility-sql';

export interface ReviewedQuestion {
  id: string;
  position: number;
  type: string;
  prompt: string;
  choices: string[];
  yourAnswer: string | null;
  /** Null while the review setting (or an open assignment) keeps the answer from the student. */
  correctAnswer: string | null;
  /** The other answers a short answer accepts; empty whenever `correctAnswer` is withheld. */
  alsoAccepted: string[];
  isCorrect: boolean | null;
  /** The teacher changed this answer's mark (shown only where `isCorrect` is): their name and when. */
  markedByTeacher: { name: string; at: Date } | null;
  explanation: string | null;
  source: { sentence: string; start: number; end: number } | null;
}

/**
 * Why correct answers are not shown: the assignment's setting (policy.ts reviewHold: the
 * student's own due time, or a classmate still working), or another assignment still open.
 */
export type AnswersWithheld = ReviewHold | { reason: 'open_assignment' };

export interface AttemptReview {
  id: string;
  article: { slug: string; title: string };
  submittedAt: Date;
  score: number;
  total: number;
  percent: number;
  assignment: { id: string; title: string } | null;
  isLate: boolean;
  autoSubmitted: boolean;
  withheld: AnswersWithheld;
  /**
   * How many answers a teacher marked differently from the automatic grade; the score counts
   * their marks. Told even while answers are withheld (which ones is not), so the score never
   * changes without a word.
   */
  teacherMarks: number;
  questions: ReviewedQuestion[];
}


/**
 * The attempt's owner only, and only after submission; null otherwise (the page shows 404).
 * Correct answers follow DESIGN.md's one rule: an assignment's review setting decides for its
 * attempts ("after the due time" waits for the last student of the class); questions that an
 * open assignment of the student's classes uses stay hidden in any other attempt's review.
 */
export async function getAttemptReview(viewer: Viewer, attemptId: string, now = new Date()): Promise<AttemptReview | null> {
  const db = await getDb();
  // Flat statements rather than one nested select: see lib/dal/quiz-sql.ts (a submit renders
  // this page in its reply).
  let attempt = await readSubmittedAttempt(db, viewer.id, attemptId);
  if (!attempt) {
    // Not submitted: its time may have run out since it was last opened, which closes it.
    await closeIfExpired(viewer, attemptId, now);
    attempt = await readSubmittedAttempt(db, viewer.id, attemptId);
  }
  if (!attempt || !attempt.submittedAt) return null;
  const rows = await readQuestionsForReview(db, attempt.quizId, attempt.id);
  const score = attempt.score ?? 0;
  const assignment =
    attempt.assignmentId && attempt.dueAt
      ? {
          id: attempt.assignmentId,
          title: attempt.assignmentTitle ?? '',
          reviewPolicy: attempt.reviewPolicy ?? '',
          shuffleQuestions: Boolean(attempt.shuffleQuestions),
          shuffleChoices: Boolean(attempt.shuffleChoices),
          dueAt: attempt.dueAt,
        }
      : null;
  // The assignment's own setting decides for its questions; any other assignment of the
  // student's classes that holds some of them keeps those hidden (DESIGN.md's one rule).
  let withheld: AnswersWithheld = null;
  if (assignment) {
    // Only "after the due time" looks at the class's clock.
    const clock: ClassClock =
      assignment.reviewPolicy === 'after_due'
        ? await readClassClock(db, assignment)
        : { dueAt: assignment.dueAt, extensions: [], runningDeadlines: [] };
    withheld = reviewHold(assignment.reviewPolicy, clock, viewer.id, now);
  }
  let hidden = new Set<string>();
  if (withheld === null) {
    hidden = await readHiddenQuestionIds(db, viewer.id, rows.map((q) => q.id), now, assignment?.id);
    if (hidden.size > 0) withheld = { reason: 'open_assignment' };
  }
  const showAll = !withheld || withheld.reason === 'open_assignment';
  const questions = rows.map((q) => ({ ...q, position: Number(q.position), choices: parseChoices(q.choicesJson) }));
  return {
    id: attempt.id,
    article: { slug: attempt.articleSlug, title: attempt.articleTitle },
    submittedAt: attempt.submittedAt,
    score,
    total: Number(attempt.total),
    percent: percent(score, Number(attempt.total)),
    assignment: assignment ? { id: assignment.id, title: assignment.title } : null,
    isLate: Boolean(attempt.isLate),
    autoSubmitted: Boolean(attempt.autoSubmitted),
    withheld,
    teacherMarks: questions.filter((q) => q.overriddenAt !== null).length,
    questions: orderForAttempt(attempt.id, questions, assignment).map((q) => {
      const shown = showAll && !hidden.has(q.id);
      return {
        id: q.id,
        position: q.position,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices,
        yourAnswer: q.given !== null ? choiceLabel(q.type, q.choices, q.given) : null,
        correctAnswer: shown ? choiceLabel(q.type, q.choices, q.answer) : null,
        alsoAccepted: shown && q.type === 'short_answer' ? parseAccepted(q.acceptedJson) : [],
        isCorrect: shown ? Boolean(q.isCorrect) : null,
        markedByTeacher: shown && q.overriddenAt ? { name: q.overriddenByName ?? 'your teacher', at: q.overriddenAt } : null,
        explanation: shown ? q.explanation : null,
        source: shown ? toSourceRef(q) : null,
      };
    }),
  };
}

export interface ScoreRow {
  attemptId: string;
  submittedAt: Date;
  article: { slug: string; title: string };
  /** The assignment the attempt was for; null for practice. */
  assignment: { id: string; title: string } | null;
  score: number;
  total: number;
  percent: number;
  /**
   * How many answers a teacher marked differently from the automatic grade, as the attempt's
   * results say it (teacherMarks): a count only, never which answers, so it is told whatever
   * the assignment's review setting withholds.
   */
  changedMarks: number;
}

export interface QuizScoreSummary {
  article: { slug: string; title: string };
  assignment: { id: string; title: string } | null;
  attempts: number;
  best: ScoreRow;
  latest: ScoreRow;
}

/**
 * The viewer's own submitted attempts, newest first, with best and latest per quiz: each
 * assignment apart, and an article's practice quiz apart from its assignments.
 */
export async function listMyScores(viewer: Viewer): Promise<{ attempts: ScoreRow[]; perQuiz: QuizScoreSummary[] }> {
  const db = await getDb();
  const rows = await db.attempt.findMany({
    where: { userId: viewer.id, status: 'submitted' },
    orderBy: { submittedAt: 'desc' },
    take: 500,
    select: {
      id: true, submittedAt: true, score: true, total: true,
      quiz: { select: { article: { select: { slug: true, title: true } } } },
      assignment: { select: { id: true, title: true } },
      _count: { select: { responses: { where: CHANGED_MARK } } },
    },
  });
  const attempts: ScoreRow[] = rows.map((r) => ({
    attemptId: r.id,
    submittedAt: r.submittedAt ?? new Date(0),
    article: r.quiz.article,
    assignment: r.assignment,
    score: r.score ?? 0,
    total: r.total,
    percent: percent(r.score ?? 0, r.total),
    changedMarks: r._count.responses,
  }));
  const perQuiz = new Map<string, QuizScoreSummary>();
  for (const row of attempts) {
    const key = row.assignment ? `assignment:${row.assignment.id}` : `practice:${row.article.slug}`;
    const summary = perQuiz.get(key);
    if (!summary) {
      perQuiz.set(key, { article: row.article, assignment: row.assignment, attempts: 1, best: row, latest: row });
      continue;
    }
    summary.attempts += 1;
    if (row.percent > summary.best.percent) summary.best = row;
  }
  return { attempts, perQuiz: [...perQuiz.values()] };
}
