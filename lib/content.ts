// Loads articles from content/ and from teachers' uploads into one validated shape.
// Offsets everywhere in Gleaner are UTF-16 indices into `body`: the text after the
// front matter with line endings normalized to LF (DESIGN.md, "Provenance").
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';

export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    source: z.string().trim().min(1).max(200),
    url: z.url().max(2000).optional(),
    // YAML turns an unquoted date into a Date; accept both and keep ISO text.
    published: z
      .union([z.string().max(40), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .optional(),
    license: z.string().trim().min(1).max(200),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface ParsedArticle {
  slug: string;
  frontMatter: FrontMatter;
  body: string;
  contentHash: string;
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Splits front matter (if any) from the body; the body keeps its exact text, LF-normalized. */
export function splitFrontMatter(raw: string): { data: Record<string, unknown>; body: string } {
  const text = normalizeNewlines(raw).replace(/^\uFEFF/, '');
  if (!text.startsWith('---\n')) return { data: {}, body: text };
  // gray-matter caches by input string and mutates; pass a fresh options object to skip the cache.
  const parsed = matter(text, {});
  return { data: parsed.data as Record<string, unknown>, body: parsed.content.replace(/^\n/, '') };
}

export function slugFromFilename(file: string): string {
  return path
    .basename(file)
    .replace(/\.(md|markdown|txt)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function hashContent(frontMatter: FrontMatter, body: string): string {
  return createHash('sha256').update(JSON.stringify({ frontMatter, body })).digest('hex');
}

export function parseArticle(raw: string, file: string): ParsedArticle {
  const { data, body } = splitFrontMatter(raw);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`);
    throw new ContentError(file, `invalid front matter (${issues.join('; ')})`);
  }
  if (body.trim().length === 0) throw new ContentError(file, 'the article body is empty');
  const slug = slugFromFilename(file);
  if (!slug) throw new ContentError(file, 'the file name gives no usable slug');
  return { slug, frontMatter: result.data, body, contentHash: hashContent(result.data, body) };
}

/** Where the articles that ship with Gleaner live; `npm start` imports them on every start. */
export const SHIPPED_ARTICLES_DIR = 'content/articles';

const isArticleFile = (f: string) => /\.(md|markdown)$/i.test(f);

/**
 * True when a file in content/articles gives this slug. Such an article is re-imported at the
 * next start, so deleting it would not stick (lib/dal/article-manage.ts only archives it). The
 * folder is read each time: it is a handful of files, and a file added since the start counts.
 */
export async function isShippedArticle(slug: string, dir = path.resolve(SHIPPED_ARTICLES_DIR)): Promise<boolean> {
  // A runtime folder, not a module: the comment keeps Turbopack from tracing the whole project.
  const files = await readdir(/* turbopackIgnore: true */ dir).catch(() => [] as string[]);
  return files.some((f) => isArticleFile(f) && slugFromFilename(f) === slug);
}

/** Reads every Markdown article under a folder, sorted by file name for a stable import order. */
export async function loadArticles(dir: string): Promise<ParsedArticle[]> {
  const files = (await readdir(dir)).filter(isArticleFile).sort();
  return Promise.all(files.map(async (f) => parseArticle(await readFile(path.join(dir, f), 'utf8'), f)));
}
