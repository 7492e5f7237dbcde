'use server';
// Teachers' article management: rename, archive or restore, delete. The DAL checks the role again.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteUnusedArticle, renameArticle, setArticleArchived, SHIPPED_ARTICLE_MESSAGE } from '@/lib/dal/article-manage';
import type { ActionState } from '@/lib/schemas/action-state';
import { archiveArticleSchema, deleteArticleSchema, renameArticleSchema } from '@/lib/schemas/article-manage';
import { validatedActionWithViewer } from './validated-action';

const FAILURES = {
  forbidden: 'Only teachers can manage articles.',
  not_found: 'That article no longer exists.',
} as const;

export const renameArticleAction = validatedActionWithViewer(renameArticleSchema, async ({ slug, title }, viewer): Promise<ActionState> => {
  const result = await renameArticle(viewer, slug, title);
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath('/', 'layout');
  return { status: 'ok', message: `Renamed to “${title}”.`, values: { title } };
});

export const archiveArticleAction = validatedActionWithViewer(archiveArticleSchema, async ({ slug, archive }, viewer): Promise<ActionState> => {
  const result = await setArticleArchived(viewer, slug, archive === 'archive');
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath('/', 'layout');
  return {
    status: 'ok',
    message: archive === 'archive'
      ? 'Archived. Students no longer see it in the library, practice or study; past assignments and results keep it.'
      : 'Restored: it is back in the library, practice, study decks and the assignment list.',
  };
});

export const deleteArticleAction = validatedActionWithViewer(deleteArticleSchema, async ({ slug }, viewer): Promise<ActionState> => {
  const result = await deleteUnusedArticle(viewer, slug);
  if (result === 'in_use') {
    return {
      status: 'error',
      message: 'This article has been used (a quiz attempt, an assignment, a student’s flashcards, or questions a teacher approved or wrote), so it cannot be deleted. Archive it instead.',
    };
  }
  if (result === 'shipped') return { status: 'error', message: SHIPPED_ARTICLE_MESSAGE };
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath('/', 'layout');
  // A flag, not the title: a notice that repeated the address would show whatever a crafted link said.
  redirect('/teach?deleted=1');
});
