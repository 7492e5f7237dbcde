// The study-schedule reads and writes of a quiz submit, as SQL (writes as multi-row statements) through Prisma's
// `$executeRaw`. Why: Prisma 6 compiles each query in WebAssembly per call, and the cost grows
// with the rows: `createManyAndReturn` of ten cards measured 5.3 ms and `createMany` of ten
// review logs 5.1 ms in process (tmp micro-benchmark on the bench database), against well under
// a millisecond for the statements themselves. Every submit of a first attempt runs both.
// Portable as lib/dal/quiz-sql.ts is: quoted identifiers, bound values, ids made here.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { join, raw, sqltag as sql } from '@prisma/client/runtime/client';
import type { Db } from '@/lib/db';
import type { Schedule } from '@/lib/study/scheduler';
import type { ScheduleRow } from './study-deck';

type Sql = Pick<Db, '$executeRaw'>;

/** The viewer's cards of these questions, with the columns `toCardState` reads. */
export async function readQuestionCards(db: Pick<Db, '$queryRaw'>, userId: string, questionIds: string[]): Promise<ScheduleRow[]> {
  if (questionIds.length === 0) return [];
  return db.$queryRaw<ScheduleRow[]>`
    SELECT "id", "flashcardId", "questionId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "lastReview", "version", "isSuspended", "isLeech"
    FROM "StudyCard" WHERE "userId" = ${userId} AND "questionId" IN (${join(questionIds)})`;
}

export interface NewCard extends Schedule {
  userId: string;
  articleId: string;
  questionId: string;
  isLeech: boolean;
  isSuspended: boolean;
  version: number;
}

/**
 * Inserts the cards with fresh ids, in one statement; returns each question's card id, or null
 * when some card already existed (a study tab created it at the same instant), in which case
 * nothing of this statement counts and the caller's transaction must roll back.
 */
export async function insertQuestionCards(db: Sql, cards: NewCard[], now: Date): Promise<Map<string, string> | null> {
  const ids = new Map(cards.map((c) => [c.questionId, randomUUID()]));
  const rows = cards.map(
    (c) => sql`(${ids.get(c.questionId)!}, ${c.userId}, ${c.articleId}, ${c.questionId}, ${c.state}, ${c.due}, ${c.stability}, ${c.difficulty},
      ${c.elapsedDays}, ${c.scheduledDays}, ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.lastReview}, ${c.isLeech}, ${c.isSuspended}, ${c.version}, ${now}, ${now})`,
  );
  const inserted = await db.$executeRaw`
    INSERT INTO "StudyCard" ("id", "userId", "articleId", "questionId", "state", "due", "stability", "difficulty",
      "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "isLeech", "isSuspended", "version", "createdAt", "updatedAt")
    VALUES ${join(rows)}
    ON CONFLICT ("userId", "questionId") DO NOTHING`;
  return inserted === cards.length ? ids : null;
}

/** One review log: the grade, and the card's state before it in full (what undo restores). */
export interface NewReviewLog {
  userId: string;
  studyCardId: string;
  rating: number;
  source: string;
  reviewedAt: Date;
  cardVersion: number;
  prevState: string;
  prevDue: Date;
  prevStability: number;
  prevDifficulty: number;
  prevElapsedDays: number;
  prevScheduledDays: number;
  prevLearningSteps: number;
  prevReps: number;
  prevLapses: number;
  prevLastReview: Date | null;
  prevIsLeech: boolean;
  prevIsSuspended: boolean;
}

export async function insertReviewLogs(db: Sql, logs: NewReviewLog[]): Promise<void> {
  if (logs.length === 0) return;
  const rows = logs.map(
    (l) => sql`(${randomUUID()}, ${l.userId}, ${l.studyCardId}, ${l.rating}, ${l.source}, ${l.reviewedAt}, ${l.cardVersion}, ${l.prevState}, ${l.prevDue},
      ${l.prevStability}, ${l.prevDifficulty}, ${l.prevElapsedDays}, ${l.prevScheduledDays}, ${l.prevLearningSteps}, ${l.prevReps}, ${l.prevLapses},
      ${l.prevLastReview}, ${l.prevIsLeech}, ${l.prevIsSuspended})`,
  );
  await db.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "studyCardId", "rating", "source", "reviewedAt", "cardVersion", "prevState", "prevDue",
      "prevStability", "prevDifficulty", "prevElapsedDays", "prevScheduledDays", "prevLearningSteps", "prevReps", "prevLapses",
      "prevLastReview", "prevIsLeech", "prevIsSuspended")
    VALUES ${join(rows)}`;
}

export interface CardUpdate {
  id: string;
  /** The version the grade was computed from; the card is left alone if it moved on. */
  version: number;
  next: Schedule & { isLeech: boolean; isSuspended: boolean; version: number };
}

const UPDATED_COLUMNS = [
  'state', 'due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps',
  'reps', 'lapses', 'lastReview', 'isLeech', 'isSuspended', 'version',
] as const;

/**
 * Grades the viewer's cards in one statement, each only while it still has the version read
 * (two tabs grading count once); returns the ids it changed. Each column is a `CASE` on the id
 * whose `ELSE` is the column itself, which also gives PostgreSQL the bound values' types.
 */
export async function updateCardsIfVersion(db: Pick<Db, '$queryRaw'>, userId: string, updates: CardUpdate[], now: Date): Promise<Set<string>> {
  if (updates.length === 0) return new Set();
  const assignments = UPDATED_COLUMNS.map((name) => {
    const column = raw(`"${name}"`);
    const cases = updates.map((u) => sql`WHEN ${u.id} THEN ${u.next[name]}`);
    return sql`${column} = CASE "id" ${join(cases, ' ')} ELSE ${column} END`;
  });
  const expected = updates.map((u) => sql`("id" = ${u.id} AND "version" = ${u.version})`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "StudyCard" SET ${join(assignments)}, "updatedAt" = ${now}
    WHERE "userId" = ${userId} AND (${join(expected, ' OR ')})
    RETURNING "id"`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Marks the attempt's grades as recorded in its owner's study schedule; true for exactly one
 * caller (the submit's own update after its reply, or the sweep catching up after a restart).
 * Inside the transaction that writes the grades, so they are recorded once, or not at all.
 */
export async function claimScheduleRecord(db: Sql, userId: string, attemptId: string, now: Date): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Attempt" SET "scheduleRecordedAt" = ${now}
    WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "scheduleRecordedAt" IS NULL`;
  return changed > 0;
}

/** Submitted attempts whose grades have not reached the study schedule, submitted before `before`. */
export async function readUnrecordedAttempts(db: Pick<Db, '$queryRaw'>, before: Date, limit: number): Promise<{ id: string; quizId: string; userId: string; name: string; email: string; role: string }[]> {
  return db.$queryRaw`
    SELECT a."id", a."quizId", u."id" AS "userId", u."name", u."email", u."role"
    FROM "Attempt" a JOIN "user" u ON u."id" = a."userId"
    WHERE a."status" = 'submitted' AND a."scheduleRecordedAt" IS NULL AND a."submittedAt" < ${before}
    ORDER BY a."submittedAt" LIMIT ${limit}`;
}

/** A graded attempt's result per question of its quiz (unanswered counts as wrong). */
export async function readGradedResults(db: Pick<Db, '$queryRaw'>, attemptId: string, quizId: string): Promise<{ questionId: string; isCorrect: boolean }[]> {
  const rows = await db.$queryRaw<{ questionId: string; isCorrect: boolean | null }[]>`
    SELECT qq."questionId", r."isCorrect"
    FROM "QuizQuestion" qq LEFT JOIN "Response" r ON r."attemptId" = ${attemptId} AND r."questionId" = qq."questionId"
    WHERE qq."quizId" = ${quizId}`;
  return rows.map((r) => ({ questionId: r.questionId, isCorrect: Boolean(r.isCorrect) }));
}
