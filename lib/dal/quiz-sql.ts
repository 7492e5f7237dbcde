// The statements on the quiz's hot paths (showing a question, saving an answer), written as SQL
// through Prisma's `$queryRaw`/`$executeRaw` instead of its query builder.
//
// Why: Prisma 6's query compiler builds every query again, in WebAssembly, on each call (Prisma 7
// caches plans; it is off the table here, DESIGN.md). Measured in process on the bench database
// (tmp scripts, one call at a time): the save path's nested `findFirst` 4.1 ms, an `updateMany`
// 1.0 ms and an `upsert` 2.5 ms, against 0.2–0.3 ms for the same statements raw — and a class
// saving at once waits on each of them in turn.
//
// Portable on purpose: both databases run these (tests/integration on SQLite and PostgreSQL).
// Identifiers are double-quoted (PostgreSQL folds unquoted names to lower case), upserts use
// `ON CONFLICT`, and values are bound parameters, which the driver adapters encode as Prisma
// does (a Date is stored in the same text form on SQLite, and read back as a Date).
// Authorization stays in the `where`, as everywhere in lib/dal: every statement that finds an
// attempt carries the viewer's id. The ones that take an attempt or quiz id alone (answers,
// questions, grading) run only after such a statement found it, in the same transaction where
// it matters; a new caller must do the same.
import 'server-only';
import type { ClassClock } from '@/lib/assignments/policy';
import type { Db } from '@/lib/db';
import { answerKey } from './question-fields';
// The same helper the generated clients re-export as Prisma.join (both share this runtime).
import { join, sqltag as sql } from '@prisma/client/runtime/client';

type Sql = Pick<Db, '$queryRaw' | '$executeRaw'>;

export interface AttemptForSaveRow {
  status: string;
  deadlineAt: Date | null;
  /** Null when the question is not in this attempt's quiz. */
  type: string | null;
  choicesJson: string | null;
}

/** The viewer's attempt, with the one question being answered if it belongs to the quiz. */
export async function readAttemptForSave(db: Sql, userId: string, attemptId: string, questionId: string): Promise<AttemptForSaveRow | null> {
  const rows = await db.$queryRaw<AttemptForSaveRow[]>`
    SELECT a."status", a."deadlineAt", q."type", q."choicesJson"
    FROM "Attempt" a
    LEFT JOIN "QuizQuestion" qq ON qq."quizId" = a."quizId" AND qq."questionId" = ${questionId}
    LEFT JOIN "Question" q ON q."id" = qq."questionId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;
  return rows[0] ?? null;
}

export interface AttemptForTakingRow {
  id: string;
  status: string;
  deadlineAt: Date | null;
  quizId: string;
  articleSlug: string;
  articleTitle: string;
  assignmentId: string | null;
  assignmentTitle: string | null;
  shuffleQuestions: boolean | null;
  shuffleChoices: boolean | null;
}

/** The viewer's attempt with its article and assignment (no questions). */
export async function readAttemptForTaking(db: Sql, userId: string, attemptId: string): Promise<AttemptForTakingRow | null> {
  const rows = await db.$queryRaw<AttemptForTakingRow[]>`
    SELECT a."id", a."status", a."deadlineAt", a."quizId",
      ar."slug" AS "articleSlug", ar."title" AS "articleTitle",
      s."id" AS "assignmentId", s."title" AS "assignmentTitle", s."shuffleQuestions", s."shuffleChoices"
    FROM "Attempt" a
    JOIN "Quiz" qz ON qz."id" = a."quizId"
    JOIN "Article" ar ON ar."id" = qz."articleId"
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;
  return rows[0] ?? null;
}

export interface QuestionWithAnswerRow {
  position: number;
  id: string;
  type: string;
  prompt: string;
  choicesJson: string;
  /** The attempt's saved answer, if any — never the answer key. */
  saved: string | null;
}

/** A quiz's questions in quiz order with one attempt's saved answers (not the answer key). */
export async function readQuestionsWithSavedAnswers(db: Sql, quizId: string, attemptId: string): Promise<QuestionWithAnswerRow[]> {
  return db.$queryRaw<QuestionWithAnswerRow[]>`
    SELECT qq."position", q."id", q."type", q."prompt", q."choicesJson", r."answer" AS "saved"
    FROM "QuizQuestion" qq
    JOIN "Question" q ON q."id" = qq."questionId"
    LEFT JOIN "Response" r ON r."attemptId" = ${attemptId} AND r."questionId" = q."id"
    WHERE qq."quizId" = ${quizId}
    ORDER BY qq."position"`;
}

export interface AttemptForCloseRow {
  status: string;
  quizId: string;
  deadlineAt: Date | null;
  /** The assignment's due time, and the student's own (extension) due time if any. */
  dueAt: Date | null;
  extensionDueAt: Date | null;
}

/** What closing an attempt needs to know: its state, deadline and due times. */
export async function readAttemptForClose(db: Sql, userId: string, attemptId: string): Promise<AttemptForCloseRow | null> {
  const rows = await db.$queryRaw<AttemptForCloseRow[]>`
    SELECT a."status", a."quizId", a."deadlineAt", s."dueAt", e."dueAt" AS "extensionDueAt"
    FROM "Attempt" a
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    LEFT JOIN "AssignmentExtension" e ON e."assignmentId" = a."assignmentId" AND e."userId" = a."userId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;
  return rows[0] ?? null;
}

/** The conditional status flip: true for exactly one of many simultaneous closes. */
export async function markSubmitted(
  db: Sql,
  userId: string,
  attemptId: string,
  close: { submittedAt: Date; autoSubmitted: boolean; isLate: boolean; now: Date },
): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Attempt" SET "status" = 'submitted', "submittedAt" = ${close.submittedAt},
      "autoSubmitted" = ${close.autoSubmitted}, "isLate" = ${close.isLate}, "updatedAt" = ${close.now}
    WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "status" = 'in_progress'`;
  return changed > 0;
}

/** One question of a quiz being graded. */
export interface GradingRow {
  questionId: string;
  type: string;
  /** What the question asks about (a person's surname alone counts: lib/grading.ts). */
  kind: string;
  /**
   * The answer key, read only when grading: the question's answer first, then the other answers
   * a teacher accepts (short answers). isAnswerCorrect takes it as it is.
   */
  key: string[];
  /** The attempt's stored answer to this question, if any. */
  responseId: string | null;
  given: string | null;
}

/** Each question of the quiz with its answer key and the attempt's answer: one read to grade. */
export async function readGradingRows(db: Sql, attemptId: string, quizId: string): Promise<GradingRow[]> {
  const rows = await db.$queryRaw<(Omit<GradingRow, 'key'> & { answer: string; acceptedJson: string })[]>`
    SELECT q."id" AS "questionId", q."type", q."kind", q."answer", q."acceptedJson", r."id" AS "responseId", r."answer" AS "given"
    FROM "QuizQuestion" qq JOIN "Question" q ON q."id" = qq."questionId"
    LEFT JOIN "Response" r ON r."attemptId" = ${attemptId} AND r."questionId" = q."id"
    WHERE qq."quizId" = ${quizId}`;
  return rows.map(({ answer, acceptedJson, ...row }) => ({ ...row, key: answerKey(answer, acceptedJson) }));
}

/** Marks every answer of the attempt right (these ids) or wrong, in one statement. */
export async function markGrades(db: Sql, attemptId: string, rightResponseIds: string[], now: Date): Promise<void> {
  const isCorrect = rightResponseIds.length ? sql`CASE WHEN "id" IN (${join(rightResponseIds)}) THEN TRUE ELSE FALSE END` : sql`FALSE`;
  await db.$executeRaw`UPDATE "Response" SET "isCorrect" = ${isCorrect}, "updatedAt" = ${now} WHERE "attemptId" = ${attemptId}`;
}

export async function recordScore(db: Sql, attemptId: string, score: number, total: number, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE "Attempt" SET "score" = ${score}, "total" = ${total}, "updatedAt" = ${now} WHERE "id" = ${attemptId}`;
}

export interface SubmittedAttemptRow {
  id: string;
  quizId: string;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  isLate: boolean;
  autoSubmitted: boolean;
  articleSlug: string;
  articleTitle: string;
  assignmentId: string | null;
  assignmentTitle: string | null;
  reviewPolicy: string | null;
  shuffleQuestions: boolean | null;
  shuffleChoices: boolean | null;
  dueAt: Date | null;
}

/** The viewer's submitted attempt with its article and assignment (the results page, after a submit). */
export async function readSubmittedAttempt(db: Sql, userId: string, attemptId: string): Promise<SubmittedAttemptRow | null> {
  const rows = await db.$queryRaw<SubmittedAttemptRow[]>`
    SELECT a."id", a."quizId", a."submittedAt", a."score", a."total", a."isLate", a."autoSubmitted",
      ar."slug" AS "articleSlug", ar."title" AS "articleTitle",
      s."id" AS "assignmentId", s."title" AS "assignmentTitle", s."reviewPolicy", s."shuffleQuestions", s."shuffleChoices", s."dueAt"
    FROM "Attempt" a
    JOIN "Quiz" qz ON qz."id" = a."quizId"
    JOIN "Article" ar ON ar."id" = qz."articleId"
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId} AND a."status" = 'submitted'`;
  return rows[0] ?? null;
}

/**
 * The class's clock at one assignment (policy.ts ClassClock): every student's extension and
 * the deadlines of its attempts still running.
 */
export async function readClassClock(db: Sql, assignment: { id: string; dueAt: Date }): Promise<ClassClock> {
  const extensions = await db.$queryRaw<{ userId: string; dueAt: Date | null }[]>`
    SELECT "userId", "dueAt" FROM "AssignmentExtension" WHERE "assignmentId" = ${assignment.id}`;
  const running = await db.$queryRaw<{ deadlineAt: Date | null }[]>`
    SELECT "deadlineAt" FROM "Attempt" WHERE "assignmentId" = ${assignment.id} AND "status" = 'in_progress'`;
  return { dueAt: assignment.dueAt, extensions, runningDeadlines: running.map((r) => r.deadlineAt) };
}

export interface ReviewedQuestionRow {
  position: number;
  id: string;
  type: string;
  prompt: string;
  choicesJson: string;
  answer: string;
  /** Other accepted answers, JSON (lib/dal/question-fields.ts parseAccepted). */
  acceptedJson: string;
  explanation: string;
  sourceSentence: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  /** The attempt's stored answer and its grade, if it answered this question. */
  given: string | null;
  isCorrect: boolean | null;
  /** Set when a teacher's mark replaced the automatic grade: when, and the teacher's name (null if the account is gone). */
  overriddenAt: Date | null;
  overriddenByName: string | null;
}

/** A quiz's questions in quiz order, answer key included, with one submitted attempt's answers. */
export async function readQuestionsForReview(db: Sql, quizId: string, attemptId: string): Promise<ReviewedQuestionRow[]> {
  return db.$queryRaw<ReviewedQuestionRow[]>`
    SELECT qq."position", q."id", q."type", q."prompt", q."choicesJson", q."answer", q."acceptedJson", q."explanation",
      q."sourceSentence", q."sourceStart", q."sourceEnd", r."answer" AS "given", r."isCorrect",
      r."overriddenAt", u."name" AS "overriddenByName"
    FROM "QuizQuestion" qq
    JOIN "Question" q ON q."id" = qq."questionId"
    LEFT JOIN "Response" r ON r."attemptId" = ${attemptId} AND r."questionId" = q."id"
    LEFT JOIN "user" u ON u."id" = r."overriddenById"
    WHERE qq."quizId" = ${quizId}
    ORDER BY qq."position"`;
}
