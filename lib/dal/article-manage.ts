// Teachers manage the school's articles: rename one, delete one nobody has used yet, or archive
// one that has been used. Archiving hides an article from new work (the library, practice,
// study decks, new assignments) while every assignment, attempt, result and review log that
// points at it stays as it was. Only a teacher or the admin may call these (others get
// 'forbidden' and nothing changes).
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { lockArticle } from '@/lib/import-content';
import { isTeacher } from './review';

export type ManageResult = 'ok' | 'forbidden' | 'not_found';

/** What deleting the article would take with it, and what makes it "used" (then it can only be archived). */
export interface ArticleUsage {
  slug: string;
  title: string;
  source: string;
  createdAt: Date;
  archivedAt: Date | null;
  attempts: number;
  assignments: number;
  questions: number;
  flashcards: number;
  quizzes: number;
  /** Students' schedules for its cards (each with its review history). */
  studyCards: number;
  isUsed: boolean;
}

/** Teachers: the article with the counts the remove step shows; null if there is none. */
export async function getArticleUsage(viewer: Viewer, slug: string): Promise<ArticleUsage | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.article.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, source: true, createdAt: true, archivedAt: true,
      _count: { select: { questions: true, flashcards: true, quizzes: true, studyCards: true } },
    },
  });
  if (!a) return null;
  const [attempts, assignments] = await Promise.all([
    db.attempt.count({ where: { quiz: { articleId: a.id } } }),
    db.assignment.count({ where: { quiz: { articleId: a.id } } }),
  ]);
  return {
    slug: a.slug, title: a.title, source: a.source, createdAt: a.createdAt, archivedAt: a.archivedAt,
    attempts, assignments, questions: a._count.questions, flashcards: a._count.flashcards, quizzes: a._count.quizzes,
    studyCards: a._count.studyCards, isUsed: attempts > 0 || assignments > 0,
  };
}

/**
 * Teachers: a new title (already trimmed and checked by lib/schemas/article-manage.ts). The
 * article's own practice quizzes carry its title, so they follow. A content/ file re-imported
 * unchanged keeps the new title; an edited file brings its own title back, as it brings its text.
 */
export async function renameArticle(viewer: Viewer, slug: string, title: string): Promise<ManageResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await tx.article.findUnique({ where: { slug }, select: { id: true, title: true } });
    if (!a) return 'not_found' as const;
    await tx.article.update({ where: { id: a.id }, data: { title } });
    await tx.quiz.updateMany({ where: { articleId: a.id, kind: 'practice', title: `${a.title}: practice quiz` }, data: { title: `${title}: practice quiz` } });
    return 'ok' as const;
  });
}

export type DeleteResult = ManageResult | 'in_use';

/** A write refused by a foreign key: someone started on the article while it was being deleted. */
const isForeignKeyViolation = (e: unknown): boolean => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'P2003' || code === 'P2014' || /foreign key/i.test(String((e as Error)?.message));
};

/**
 * Teachers: deletes an article nobody has used — no attempt and no assignment on any of its
 * quizzes — with its questions, quizzes, flashcards and students' study cards, in one
 * transaction. A used one is refused with 'in_use' (archive it instead). The order follows the
 * Restrict relations in prisma/models/models.prisma: study cards (their review logs cascade)
 * hold questions and flashcards; quizzes (their quiz questions cascade) hold questions; the
 * article goes last. The usage check runs inside the transaction, and an attempt started in
 * the meantime makes a delete fail on its foreign key, which is reported as 'in_use' too.
 */
export async function deleteUnusedArticle(viewer: Viewer, slug: string): Promise<DeleteResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.article.findUnique({ where: { slug }, select: { id: true } });
      if (!a) return 'not_found' as const;
      await lockArticle(tx as unknown as typeof db, a.id);
      const used = await tx.quiz.count({ where: { articleId: a.id, OR: [{ attempts: { some: {} } }, { assignments: { some: {} } }] } });
      if (used > 0) return 'in_use' as const;
      await tx.studyCard.deleteMany({ where: { articleId: a.id } });
      await tx.quiz.deleteMany({ where: { articleId: a.id } });
      await tx.question.deleteMany({ where: { articleId: a.id } });
      await tx.flashcard.deleteMany({ where: { articleId: a.id } });
      await tx.article.delete({ where: { id: a.id } });
      return 'ok' as const;
    });
  } catch (e) {
    if (isForeignKeyViolation(e)) return 'in_use';
    throw e;
  }
}

/** Teachers: archive (hide from new work) or bring back an article; nothing else about it changes. */
export async function setArticleArchived(viewer: Viewer, slug: string, isArchived: boolean, now = new Date()): Promise<ManageResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  // Archiving twice (two tabs) keeps the first date.
  const { count } = await db.article.updateMany({
    where: { slug, archivedAt: isArchived ? null : { not: null } },
    data: { archivedAt: isArchived ? now : null },
  });
  if (count === 1) return 'ok';
  return (await db.article.count({ where: { slug } })) === 1 ? 'ok' : 'not_found';
}
