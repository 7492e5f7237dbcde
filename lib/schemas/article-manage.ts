// Teachers managing an article: rename, archive or restore, delete. Shared by forms and actions.
import { z } from 'zod';
import { ARTICLE_TITLE_MAX } from '@/lib/input-limits';

const slug = z.string().min(1).max(200);

/** Checked as add-article checks a title: trimmed, not empty, within the limit (which it names). */
export const articleTitleSchema = z
  .string()
  .trim()
  .min(1, 'Enter a title.')
  .max(ARTICLE_TITLE_MAX, `Use at most ${ARTICLE_TITLE_MAX} characters.`);

export const renameArticleSchema = z.object({ slug, title: articleTitleSchema }).strict();

export const archiveArticleSchema = z.object({ slug, archive: z.enum(['archive', 'restore']) }).strict();

export const deleteArticleSchema = z.object({ slug }).strict();
