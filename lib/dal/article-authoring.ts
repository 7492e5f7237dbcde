// Teachers add articles of their own (pasted or uploaded). The article goes through the same
// import as content/ (lib/import-content): questions and flashcards are drawn from it and land
// in review as drafts. Only a teacher or the admin may call these.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { frontMatterSchema, hashContent, type FrontMatter } from '@/lib/content';
import { getDb } from '@/lib/db';
import { importArticle } from '@/lib/import-content';
import { isTeacher } from './review';

export interface NewArticle {
  title: string;
  source: string;
  url?: string;
  license: string;
  /** The article text, LF line endings, no front matter. */
  body: string;
}

export type CreateArticleResult =
  /** `notEnglish`: saved for reading, but no questions drawn (the generator's rules are English); the code of the language it looks like, or null. */
  | { status: 'created'; slug: string; questionCount: number; notEnglish?: { language: string | null } }
  /** The same text with the same details is already in Gleaner: nothing is added twice. */
  | { status: 'exists'; slug: string; questionCount: number }
  | 'forbidden';

/** Slugs /teach/articles/<slug> must never take, since the add page and import live beside them. */
const RESERVED = new Set(['add', 'new', 'import', 'export']);
const MAX_SLUG_ATTEMPTS = 50;

const SLUG_MAX = 80;

export function slugFromTitle(title: string): string {
  const whole = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A long title is cut at a word, not inside one ("…-and-taught-astronau"), unless one word is the whole of it.
  const head = whole.slice(0, SLUG_MAX + 1);
  const lastBreak = head.lastIndexOf('-');
  const cut = whole.length <= SLUG_MAX ? whole : lastBreak > 0 ? head.slice(0, lastBreak) : whole.slice(0, SLUG_MAX);
  const base = cut.replace(/-+$/, '');
  return !base || RESERVED.has(base) ? `article${base ? `-${base}` : ''}` : base;
}

const isUniqueViolation = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';

async function activeQuestionCount(slug: string): Promise<number> {
  const db = await getDb();
  return db.question.count({ where: { article: { slug }, status: { in: ['draft', 'approved'] } } });
}

/**
 * Teachers: adds an article and draws its questions (a few seconds for a long one). The slug is
 * claimed first with a plain insert, so two teachers adding the same title at once get two
 * articles rather than one overwriting the other; the import then fills it in.
 */
export async function createArticle(viewer: Viewer, input: NewArticle): Promise<CreateArticleResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const frontMatter: FrontMatter = frontMatterSchema.parse({
    title: input.title,
    source: input.source,
    license: input.license,
    ...(input.url ? { url: input.url } : {}),
  });
  const body = input.body.replace(/\r\n?/g, '\n');
  const contentHash = hashContent(frontMatter, body);
  const db = await getDb();

  const same = await db.article.findFirst({ where: { contentHash }, select: { slug: true } });
  if (same) return { status: 'exists', slug: same.slug, questionCount: await activeQuestionCount(same.slug) };

  const base = slugFromTitle(frontMatter.title);
  let slug: string | null = null;
  for (let n = 1; n <= MAX_SLUG_ATTEMPTS && !slug; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    try {
      await db.article.create({
        // A placeholder: an empty hash makes the import below treat it as changed and generate.
        data: {
          slug: candidate, title: frontMatter.title, source: frontMatter.source, url: frontMatter.url ?? null, license: frontMatter.license,
          body, wordCount: 0, contentHash: '', generatorVersion: '',
        },
        select: { id: true },
      });
      slug = candidate;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  if (!slug) throw new Error(`no free slug for "${base}" after ${MAX_SLUG_ATTEMPTS} tries`);

  try {
    const result = await importArticle(db, { slug, frontMatter, body, contentHash });
    const refused = result.refused?.code === 'not_english' ? { notEnglish: { language: result.refused.language } } : {};
    return { status: 'created', slug, questionCount: result.questionCount, ...refused };
  } catch (e) {
    // The import writes in one transaction, so only the placeholder needs undoing.
    await db.article.delete({ where: { slug } }).catch(() => {});
    throw e;
  }
}
