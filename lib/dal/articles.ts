// Articles for the library and the reader. Articles are public to every visitor;
// questions and answers are not read here.
import 'server-only';
import { getDb } from '@/lib/db';

const WORDS_PER_MINUTE = 200;

export interface ArticleSummary {
  slug: string;
  title: string;
  source: string;
  readingMinutes: number;
  questionCount: number;
}

export interface ArticleDetail extends Omit<ArticleSummary, 'questionCount'> {
  id: string;
  url: string | null;
  published: string | null;
  license: string;
  body: string;
  hasQuiz: boolean;
  isArchived: boolean;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Anyone may call: the library lists every article not archived, with its active question count. */
export async function listArticles(): Promise<ArticleSummary[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    where: { archivedAt: null },
    orderBy: { title: 'asc' },
    select: {
      slug: true,
      title: true,
      source: true,
      wordCount: true,
      _count: { select: { questions: { where: { status: { in: ['draft', 'approved'] } } } } },
    },
  });
  return rows.map((a) => ({
    slug: a.slug,
    title: a.title,
    source: a.source,
    readingMinutes: readingMinutes(a.wordCount),
    questionCount: a._count.questions,
  }));
}

/**
 * Anyone may call: the article text and whether it has a practice quiz. An archived article
 * stays readable by its address (results link to their source sentences in it) but offers no
 * practice quiz.
 */
export async function getArticle(slug: string): Promise<ArticleDetail | null> {
  const db = await getDb();
  const a = await db.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      source: true,
      url: true,
      published: true,
      license: true,
      body: true,
      wordCount: true,
      archivedAt: true,
      quizzes: { where: { kind: 'practice', isCurrent: true }, select: { id: true }, take: 1 },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    license: a.license,
    body: a.body,
    readingMinutes: readingMinutes(a.wordCount),
    hasQuiz: a.quizzes.length > 0 && !a.archivedAt,
    isArchived: a.archivedAt !== null,
  };
}
