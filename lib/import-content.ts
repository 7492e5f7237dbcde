// Imports parsed articles into the database: draws questions with the generator and keeps
// re-imports idempotent. Generation is keyed by the article's content hash and the generator
// version; questions are content-addressed, so unchanged ones keep their ids and responses.
import 'server-only';
import { createHash } from 'node:crypto';
import type { ParsedArticle } from './content';
import { isPostgres, type Db } from './db';
import { generate, GENERATOR_VERSION, type Flashcard, type GeneratedQuestion, type GenerationRefusal } from './generator';
import { newOriginalQuestion } from './question-identity';

/** How many ranked candidates an article keeps for review; the practice quiz takes the best. */
export const CANDIDATES_PER_ARTICLE = 30;
export const PRACTICE_QUIZ_SIZE = 10;

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportResult {
  slug: string;
  outcome: ImportOutcome;
  questionCount: number;
  /** The article was stored for reading but no questions were drawn from it (e.g. not English). */
  refused?: GenerationRefusal;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function questionKey(q: GeneratedQuestion): string {
  const identity = [q.type, q.prompt, q.choices, q.answer, q.source.sentence, q.source.start, q.source.end];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
}

export function flashcardKey(c: Flashcard): string {
  const identity = [c.kind, c.front, c.back, c.source.sentence, c.source.start, c.source.end];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
}

export async function importArticle(db: Db, article: ParsedArticle): Promise<ImportResult> {
  const existing = await db.article.findUnique({
    where: { slug: article.slug },
    select: { id: true, contentHash: true, generatorVersion: true },
  });
  // Articles imported before flashcards were stored get them on the next import (a one-time backfill).
  const isCurrent = existing && existing.contentHash === article.contentHash && existing.generatorVersion === GENERATOR_VERSION;
  if (isCurrent && (await db.flashcard.count({ where: { articleId: existing.id } })) > 0) {
    const questionCount = await db.question.count({ where: { articleId: existing.id, status: { in: ['draft', 'approved'] } } });
    return { slug: article.slug, outcome: 'unchanged', questionCount };
  }

  // Pure and CPU-bound: run it before the transaction so the database is held only for writes.
  const generated = generate(article.body, { count: CANDIDATES_PER_ARTICLE, title: article.frontMatter.title });
  const fm = article.frontMatter;
  const fields = {
    title: fm.title,
    source: fm.source,
    url: fm.url ?? null,
    published: fm.published ?? null,
    license: fm.license,
    body: article.body,
    wordCount: wordCount(article.body),
    contentHash: article.contentHash,
    generatorVersion: GENERATOR_VERSION,
  };

  await db.$transaction(async (tx) => {
    // An existing article keeps its title: a teacher may have renamed it (lib/dal/article-manage.ts),
    // and nothing records whether the title in the database came from the file or from a
    // teacher. Telling them apart would need the file's last imported title stored beside it;
    // keeping the title on every update is simpler and never undoes a teacher's choice — a file
    // whose title changed only brings its new text, and a teacher renames it by hand if wanted.
    const { title: _fileTitle, ...updateFields } = fields;
    const { id: articleId, title } = await tx.article.upsert({
      where: { slug: article.slug },
      create: { slug: article.slug, ...fields },
      update: updateFields,
      select: { id: true, title: true },
    });

    const keptIds: string[] = [];
    for (const [rank, q] of generated.questions.entries()) {
      const genKey = questionKey(q);
      const data = {
        type: q.type,
        kind: q.kind,
        prompt: q.prompt,
        choicesJson: JSON.stringify(q.choices),
        answer: q.answer,
        explanation: q.explanation,
        difficulty: q.difficulty,
        rank,
        sourceSentence: q.source.sentence,
        sourceStart: q.source.start,
        sourceEnd: q.source.end,
        generatorVersion: GENERATOR_VERSION,
      };
      const row = await tx.question.upsert({
        where: { articleId_genKey: { articleId, genKey } },
        create: { ...newOriginalQuestion(), articleId, genKey, origin: 'generated', status: 'draft', ...data },
        // Same content as before: keep the row (and its id); a retired one comes back as a draft,
        // unless a teacher's edit retired it: the edited version stands in its place.
        update: { rank },
        select: { id: true, status: true, lineageId: true },
      });
      const edited = row.status === 'retired' && (await tx.question.count({ where: { lineageId: row.lineageId, id: { not: row.id } } })) > 0;
      if (row.status === 'retired' && !edited) await tx.question.update({ where: { id: row.id }, data: { status: 'draft' } });
      keptIds.push(row.id);
    }

    // Drafts no longer produced are retired; approved, edited or rejected ones are a teacher's call.
    await tx.question.updateMany({
      where: { articleId, origin: 'generated', status: 'draft', id: { notIn: keptIds } },
      data: { status: 'retired' },
    });

    await storeFlashcards(tx as unknown as Db, articleId, generated.flashcards);
    await refreshPracticeQuiz(tx as unknown as Db, articleId, title);
  });

  return {
    slug: article.slug,
    outcome: existing ? 'updated' : 'created',
    questionCount: generated.questions.length,
    ...(generated.refused ? { refused: generated.refused } : {}),
  };
}

/** Flashcards follow the questions' rules: same content keeps its row (and students' schedules). */
async function storeFlashcards(db: Db, articleId: string, cards: Flashcard[]): Promise<void> {
  const keptIds: string[] = [];
  for (const [rank, c] of cards.entries()) {
    const genKey = flashcardKey(c);
    const row = await db.flashcard.upsert({
      where: { articleId_genKey: { articleId, genKey } },
      create: {
        articleId, genKey, status: 'draft', kind: c.kind, front: c.front, back: c.back, rank,
        sourceSentence: c.source.sentence, sourceStart: c.source.start, sourceEnd: c.source.end, generatorVersion: GENERATOR_VERSION,
      },
      update: { rank },
      select: { id: true, status: true },
    });
    if (row.status === 'retired') await db.flashcard.update({ where: { id: row.id }, data: { status: 'draft' } });
    keptIds.push(row.id);
  }
  await db.flashcard.updateMany({
    where: { articleId, status: 'draft', id: { notIn: keptIds } },
    data: { status: 'retired' },
  });
}

/**
 * Holds the article's row until the caller's transaction ends, so changes to one article's
 * questions and practice quiz take turns (PostgreSQL; SQLite runs one write transaction at a
 * time). FOR NO KEY UPDATE, not FOR UPDATE: a question inserted in the same transactions takes a
 * key-share lock on its article, which FOR UPDATE would deadlock against. Callers that change a
 * question before the quiz take it first, in the order every writer of an article uses.
 */
export async function lockArticle(db: Db, articleId: string): Promise<void> {
  if (isPostgres()) await db.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR NO KEY UPDATE`;
}

/** Points the article's current practice quiz at its best questions, keeping the old quiz for past attempts. */
export async function refreshPracticeQuiz(db: Db, articleId: string, title: string): Promise<void> {
  // Two decisions on one article at once (two teachers, two tabs) must not both replace the
  // current quiz, leaving two: the article's row lock makes the second wait and then read the
  // quiz the first one made.
  await lockArticle(db, articleId);
  const best = await db.question.findMany({
    where: { articleId, status: { in: ['approved', 'draft'] } },
    // 'approved' sorts before 'draft': a teacher's approved questions come first.
    orderBy: [{ status: 'asc' }, { rank: 'asc' }, { createdAt: 'asc' }],
    take: PRACTICE_QUIZ_SIZE,
    select: { id: true },
  });
  const current = await db.quiz.findFirst({
    where: { articleId, kind: 'practice', isCurrent: true },
    select: { id: true, questions: { orderBy: { position: 'asc' }, select: { questionId: true } } },
  });
  const bestIds = best.map((q) => q.id);
  if (current && current.questions.map((q) => q.questionId).join() === bestIds.join()) return;
  if (current) await db.quiz.update({ where: { id: current.id }, data: { isCurrent: false } });
  if (bestIds.length === 0) return;
  await db.quiz.create({
    data: {
      articleId,
      title: `${title}: practice quiz`,
      kind: 'practice',
      isCurrent: true,
      questions: { create: bestIds.map((questionId, position) => ({ questionId, position })) },
    },
  });
}

export async function importArticles(
  db: Db,
  articles: ParsedArticle[],
  onProgress?: (done: number, total: number, result: ImportResult) => void,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const article of articles) {
    const result = await importArticle(db, article);
    results.push(result);
    onProgress?.(results.length, articles.length, result);
  }
  return results;
}
