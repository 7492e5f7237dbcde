// Approving every draft of an article at once. Only a teacher or the admin may call it.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { lockArticle, refreshPracticeQuiz } from '@/lib/import-content';
import { isTeacher } from './review';

export type ApproveDraftsResult =
  | { result: 'ok'; approved: number; skipped: number }
  | { result: 'forbidden' | 'not_found' };

/**
 * Teachers: approves the drafts the teacher was shown (`questionIds`), as a single approval
 * does each one: only a question of this article still in draft changes (one decided, edited or
 * retired since — another tab, another teacher — is left as it is and counted in `skipped`), under
 * the article's lock, and the practice quiz follows once. A draft added since the page was loaded
 * (a re-import) is not in the list, so nothing the teacher has not seen is approved.
 */
export async function approveDrafts(viewer: Viewer, slug: string, questionIds: string[]): Promise<ApproveDraftsResult> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  const ids = [...new Set(questionIds)];
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug }, select: { id: true, title: true } });
    if (!article) return { result: 'not_found' as const };
    await lockArticle(tx as unknown as typeof db, article.id); // before the questions: see lockArticle
    const { count } = await tx.question.updateMany({
      where: { id: { in: ids }, articleId: article.id, status: 'draft' },
      data: { status: 'approved' },
    });
    if (count > 0) await refreshPracticeQuiz(tx as unknown as typeof db, article.id, article.title);
    return { result: 'ok' as const, approved: count, skipped: ids.length - count };
  });
}
