// Teachers manage the school's articles: rename one, delete one nobody has used yet, or archive
// one that has been used or that ships in content/. Archiving hides an article from new work (the library, practice,
// study decks, new assignments) while every assignment, attempt, result and review log that
// points at it stays as it was. Only a teacher or the admin may call these (others get
// 'forbidden' and nothing changes).
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { isShippedArticle } from '@/lib/content';
import { getDb, type Db } from '@/lib/db';
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
  /** Questions a teacher decided on or wrote (approved, retired, or of origin "teacher"): DESIGN.md never deletes them. */
  keptQuestions: number;
  isUsed: boolean;
  /** It comes from a file in content/articles, which `npm start` imports again: it can only be archived. */
  isShipped: boolean;
}

/** Questions that are never deleted (DESIGN.md): approved or retired ones, and those a teacher wrote. */
const keptQuestionWhere = (articleId: string) => ({ articleId, OR: [{ status: { in: ['approved', 'retired'] } }, { origin: 'teacher' }] });

/**
 * What makes an article "used", so it can only be archived: an attempt or an assignment on any
 * of its quizzes, a student's study card (its review logs are their streak and history), or a
 * question DESIGN.md never deletes.
 */
async function countUsage(db: Db, articleId: string) {
  const [attempts, assignments, studyCards, keptQuestions] = await Promise.all([
    db.attempt.count({ where: { quiz: { articleId } } }),
    db.assignment.count({ where: { quiz: { articleId } } }),
    db.studyCard.count({ where: { articleId } }),
    db.question.count({ where: keptQuestionWhere(articleId) }),
  ]);
  return { attempts, assignments, studyCards, keptQuestions, isUsed: attempts + assignments + studyCards + keptQuestions > 0 };
}

/** Teachers: the article with the counts the remove step shows; null if there is none. */
export async function getArticleUsage(viewer: Viewer, slug: string): Promise<ArticleUsage | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const a = await db.article.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, source: true, createdAt: true, archivedAt: true,
      _count: { select: { questions: true, flashcards: true, quizzes: true } },
    },
  });
  if (!a) return null;
  const [usage, isShipped] = await Promise.all([countUsage(db, a.id), isShippedArticle(a.slug)]);
  return {
    slug: a.slug, title: a.title, source: a.source, createdAt: a.createdAt, archivedAt: a.archivedAt,
    questions: a._count.questions, flashcards: a._count.flashcards, quizzes: a._count.quizzes, ...usage, isShipped,
  };
}

/**
 * Teachers: a new title (already trimmed and checked by lib/schemas/article-manage.ts). The
 * article's own practice quizzes carry its title, so they follow. It sticks: re-importing a
 * content/ file never writes the file's title over an existing article's (lib/import-content.ts).
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

export type DeleteResult = ManageResult | 'in_use' | 'shipped';

/** Why a content/ article is only archived: said by the delete action and the manage page. */
export const SHIPPED_ARTICLE_MESSAGE = 'This article ships with Gleaner in content/ and would come back at the next start; archive it instead.';

/** A write refused by a foreign key: someone started on the article while it was being deleted. */
const isForeignKeyViolation = (e: unknown): boolean => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'P2003' || code === 'P2014' || /foreign key/i.test(String((e as Error)?.message));
};

/**
 * Teachers: deletes an article nobody has used (countUsage: no attempt, assignment, study card,
 * or question a teacher decided on) with its draft and rejected questions, quizzes and
 * flashcards, in one transaction. A used one is refused with 'in_use', and one shipped in
 * content/ with 'shipped' (it would come back at the next start): archive those instead. The
 * order follows the Restrict relations in prisma/models/models.prisma: quizzes (their quiz
 * questions cascade) hold questions; the article goes last. The usage check runs inside the
 * transaction, and an attempt or study card made in the meantime makes a delete fail on its
 * foreign key, which is reported as 'in_use' too.
 */
export async function deleteUnusedArticle(viewer: Viewer, slug: string): Promise<DeleteResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  if (await isShippedArticle(slug)) return (await db.article.count({ where: { slug } })) === 1 ? 'shipped' : 'not_found';
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.article.findUnique({ where: { slug }, select: { id: true } });
      if (!a) return 'not_found' as const;
      await lockArticle(tx as unknown as Db, a.id);
      if ((await countUsage(tx as unknown as Db, a.id)).isUsed) return 'in_use' as const;
      // No study card is deleted here: one a student made since the check holds its flashcard,
      // so the delete fails on its foreign key and is reported as 'in_use'.
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
