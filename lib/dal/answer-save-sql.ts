// Saving one answer in one statement. The write itself carries every condition: the attempt is
// the viewer's, still open, its deadline (with grace) not passed, and — for a tab that says
// which answer it last saw — the stored answer is still that one. Before, a save was a
// transaction of four statements plus BEGIN and COMMIT; each statement through Prisma costs
// about half a millisecond of server CPU, and on SQLite a transaction holds every other
// request's statements while it is open.
//
// Ordering against a submit: on SQLite one statement is atomic against any other writer (and
// lib/sqlite-turns.ts keeps it out of another request's open transaction). On PostgreSQL the
// attempt row is read FOR SHARE, which waits for a submit's status update to commit and then
// sees 'submitted' (so writes nothing), or makes the submit wait until this write is in (so it is
// graded). Same file as quiz-sql.ts's rules: identifiers quoted, values bound, the viewer's id in
// the attempt condition.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { empty, sqltag as sql, type Sql as SqlFragment } from '@prisma/client/runtime/client';
import { openDeadlineCutoff } from '@/lib/assignments/policy';
import type { Db } from '@/lib/db';

type Sql = Pick<Db, '$queryRaw'>;

export interface AnswerWrite {
  userId: string;
  attemptId: string;
  questionId: string;
  /** Trimmed; '' clears the answer. */
  next: string;
  /** The answer the caller last saw stored ('' for none); undefined writes unconditionally. */
  seen: string | undefined;
  now: Date;
  /** PostgreSQL: lock the attempt row so a concurrent submit is ordered before or after. */
  lockAttempt: boolean;
}

/** The attempt's id when it is the user's and open for writes, as a sub-select. */
function openAttempt(w: AnswerWrite): SqlFragment {
  const lock = w.lockAttempt ? sql`FOR SHARE` : empty;
  return sql`SELECT "id" FROM "Attempt"
    WHERE "id" = ${w.attemptId} AND "userId" = ${w.userId} AND "status" = 'in_progress'
      AND ("deadlineAt" IS NULL OR "deadlineAt" >= ${openDeadlineCutoff(w.now)}) ${lock}`;
}

/**
 * Tries the write; true when it changed the stored answer as asked. False says only that it did
 * not: the attempt closed, another tab changed the answer, or there was nothing to change —
 * `readAnswerState` tells which.
 */
export async function writeAnswer(db: Sql, w: AnswerWrite): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>(answerStatement(w));
  return rows.length > 0;
}

function answerStatement(w: AnswerWrite): SqlFragment {
  const { attemptId, questionId, next, seen, now } = w;
  const sameRow = sql`"attemptId" = ${attemptId} AND "questionId" = ${questionId}`;
  if (next === '') {
    const ifSeen = seen === undefined ? empty : sql`AND "answer" = ${seen}`;
    return sql`DELETE FROM "Response" WHERE ${sameRow} ${ifSeen} AND "attemptId" IN (${openAttempt(w)}) RETURNING "id"`;
  }
  if (seen === undefined || seen === '') {
    // A first answer (or any answer, unconditionally): insert; on an existing row, replace it
    // only when unconditional — a tab that saw no answer must not overwrite one.
    const onConflict =
      seen === undefined
        ? sql`DO UPDATE SET "answer" = excluded."answer", "answeredAt" = excluded."answeredAt", "updatedAt" = excluded."updatedAt"`
        : sql`DO NOTHING`;
    return sql`INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "answeredAt", "updatedAt")
      SELECT ${randomUUID()}, "id", ${questionId}, ${next}, ${now}, ${now} FROM (${openAttempt(w)}) AS "open"
      WHERE 1 = 1
      ON CONFLICT ("attemptId", "questionId") ${onConflict}
      RETURNING "id"`;
  }
  // An answer already equal to `next` is left as it is (its answeredAt too); the read after says "saved".
  return sql`UPDATE "Response" SET "answer" = ${next}, "answeredAt" = ${now}, "updatedAt" = ${now}
    WHERE ${sameRow} AND "answer" = ${seen} AND "answer" <> ${next} AND "attemptId" IN (${openAttempt(w)}) RETURNING "id"`;
}

export interface AnswerState {
  open: boolean;
  /** The stored answer, '' for none. */
  stored: string;
}

/** After a write that changed nothing: is the attempt still open, and what is stored? Null when not the user's. */
export async function readAnswerState(db: Sql, w: AnswerWrite): Promise<AnswerState | null> {
  const rows = await db.$queryRaw<{ status: string; deadlineAt: Date | null; answer: string | null }[]>`
    SELECT a."status", a."deadlineAt", r."answer"
    FROM "Attempt" a
    LEFT JOIN "Response" r ON r."attemptId" = a."id" AND r."questionId" = ${w.questionId}
    WHERE a."id" = ${w.attemptId} AND a."userId" = ${w.userId}`;
  const row = rows[0];
  if (!row) return null;
  const cutoff = openDeadlineCutoff(w.now);
  const open = row.status === 'in_progress' && (row.deadlineAt === null || new Date(row.deadlineAt) >= cutoff);
  return { open, stored: row.answer ?? '' };
}
