// DESIGN.md's one rule for answers (assignment-visibility.ts) as SQL, for the paths a submit
// runs (the results page it renders and the study schedule it updates) and for the Today page's
// counts of every deck (readHiddenDeckQuestions says why). Why SQL on a submit: Prisma 6
// compiles each builder query in WebAssembly on every call, and these relation filters were the
// costliest left on a submit (lib/dal/quiz-sql.ts says more). The condition must say exactly
// what `hidingAssignmentsWhere` says; tests/integration/answer-release.test.ts checks both
// against the pure rule on both databases.
import 'server-only';
import { empty, join, sqltag as sql, type Sql as Fragment } from '@prisma/client/runtime/client';
import { openDeadlineCutoff } from '@/lib/assignments/policy';
import type { Db } from '@/lib/db';
import { DECK_QUESTION_STATUSES } from './study-deck';

type Sql = Pick<Db, '$queryRaw'>;

/**
 * True for an assignment `s` of one of the viewer's classes that still holds its answers: its
 * due time, any student's extension, or a running attempt's deadline plus grace is still ahead.
 */
function holdsAnswersCondition(viewerId: string, now: Date): Fragment {
  return sql`
    EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = s."classId" AND e."userId" = ${viewerId})
    AND ${stillTakesAnswersCondition(now)}`;
}

/** The time half of `holdsAnswersCondition`, for a query that reaches `s` from the viewer's enrolments. */
function stillTakesAnswersCondition(now: Date): Fragment {
  return sql`(s."dueAt" > ${now}
      OR EXISTS (SELECT 1 FROM "AssignmentExtension" x WHERE x."assignmentId" = s."id" AND x."dueAt" > ${now})
      OR EXISTS (SELECT 1 FROM "Attempt" t WHERE t."assignmentId" = s."id" AND t."status" = 'in_progress'
        AND t."deadlineAt" > ${openDeadlineCutoff(now)}))`;
}

/**
 * Whether some version of question `q` (its lineage: assignment-visibility.ts says why) is in an
 * assignment that holds its answers from this viewer (other than `except`).
 */
function hiddenCondition(viewerId: string, now: Date, except?: string): Fragment {
  // The versions as an IN list, not a join from "Question": written when "QuizQuestion" had no
  // index on questionId and SQLite planned that join as a scan of every quiz's questions for each
  // question asked. With migration 0011's indexes (QuizQuestion.questionId, Assignment.quizId)
  // SQLite reads this one from the question by index too: about 10 ms at 500,000 rows
  // (bench/deck-filter.ts).
  return sql`EXISTS (
    SELECT 1 FROM "QuizQuestion" qq JOIN "Assignment" s ON s."quizId" = qq."quizId"
    WHERE qq."questionId" IN (SELECT v."id" FROM "Question" v WHERE v."lineageId" = q."lineageId") ${except ? sql`AND s."id" <> ${except}` : empty}
      AND ${holdsAnswersCondition(viewerId, now)})`;
}

/** Of these question ids, the ones an assignment hides from the viewer now (`except` one assignment). */
export async function readHiddenQuestionIds(db: Sql, viewerId: string, questionIds: string[], now: Date, except?: string): Promise<Set<string>> {
  if (questionIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT q."id" FROM "Question" q
    WHERE q."id" IN (${join(questionIds)}) AND ${hiddenCondition(viewerId, now, except)}`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Every question of a deck status that an assignment hides from the viewer now, all versions
 * (`deckQuestionWhere`'s condition read the other way round), with its article. For the Today
 * page, which counts every article's deck: asking `hiddenCondition` of each question cost a
 * lookup chain per question of the whole bank (3.9 s at 500,000 quiz rows on SQLite). This one
 * starts from the viewer's enrolments, so its cost follows their classes' assignments and the
 * questions of those still holding answers (a join on Enrollment's primary key says what the
 * EXISTS of `holdsAnswersCondition` says: one row per class at most).
 */
export async function readHiddenDeckQuestions(db: Sql, viewerId: string, now: Date): Promise<{ id: string; articleId: string }[]> {
  return db.$queryRaw<{ id: string; articleId: string }[]>`
    SELECT DISTINCT v."id", v."articleId"
    FROM "Enrollment" e
      JOIN "Assignment" s ON s."classId" = e."classId"
      JOIN "QuizQuestion" qq ON qq."quizId" = s."quizId"
      JOIN "Question" asked ON asked."id" = qq."questionId"
      JOIN "Question" v ON v."lineageId" = asked."lineageId"
    WHERE e."userId" = ${viewerId} AND ${stillTakesAnswersCondition(now)} AND v."status" IN (${join(DECK_QUESTION_STATUSES)})`;
}

/** Of these question ids, the ones in the viewer's study deck now (deckQuestionWhere), with their article. */
export async function readDeckQuestions(db: Sql, viewerId: string, questionIds: string[], now: Date): Promise<{ id: string; articleId: string }[]> {
  if (questionIds.length === 0) return [];
  return db.$queryRaw<{ id: string; articleId: string }[]>`
    SELECT q."id", q."articleId" FROM "Question" q
    WHERE q."id" IN (${join(questionIds)}) AND q."status" IN (${join(DECK_QUESTION_STATUSES)})
      AND NOT ${hiddenCondition(viewerId, now)}`;
}

/** The viewer's assignments (among these) that hold their answers now; for tests that compare the rules. */
export async function readHoldingAssignmentIds(db: Sql, viewerId: string, assignmentIds: string[], now: Date): Promise<Set<string>> {
  if (assignmentIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Assignment" s WHERE s."id" IN (${join(assignmentIds)}) AND ${holdsAnswersCondition(viewerId, now)}`;
  return new Set(rows.map((r) => r.id));
}
