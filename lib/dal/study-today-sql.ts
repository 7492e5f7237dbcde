// The Today page's list of decks, as SQL through Prisma's `$queryRaw`. Why: the builder's
// `_count` with a filter groups the whole Question table in a subquery and then joins it through
// a temporary index, and Prisma 6 compiles it again on every call; measured in process on the
// 500,000-row bench database (bench/deck-filter.ts, a loaded machine) the builder took 120–400 ms
// and this statement 30–100 ms for the same 500 rows. Portable as lib/dal/quiz-sql.ts is.
import 'server-only';
import { join } from '@prisma/client/runtime/client';
import type { Db } from '@/lib/db';
import { DECK_FLASHCARD_STATUSES, DECK_QUESTION_STATUSES } from './study-deck';

export interface DeckSize {
  id: string;
  slug: string;
  title: string;
  /** Flashcards and questions of a deck status, before the assignment rule takes any out. */
  cards: number;
}

/**
 * Every article not archived, by title, with how many of its cards have a deck status. Public
 * data (the library lists the same articles): any signed-in viewer's Today page reads it.
 */
export async function readDeckSizes(db: Pick<Db, '$queryRaw'>): Promise<DeckSize[]> {
  // Each count reads one article's entries of the (articleId, status) indexes.
  const rows = await db.$queryRaw<{ id: string; slug: string; title: string; flashcards: number | bigint; questions: number | bigint }[]>`
    SELECT a."id", a."slug", a."title",
      (SELECT COUNT(*) FROM "Flashcard" f WHERE f."articleId" = a."id" AND f."status" IN (${join(DECK_FLASHCARD_STATUSES)})) AS "flashcards",
      (SELECT COUNT(*) FROM "Question" q WHERE q."articleId" = a."id" AND q."status" IN (${join(DECK_QUESTION_STATUSES)})) AS "questions"
    FROM "Article" a
    WHERE a."archivedAt" IS NULL
    ORDER BY a."title" ASC`;
  // PostgreSQL's COUNT is a bigint.
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, cards: Number(r.flashcards) + Number(r.questions) }));
}
