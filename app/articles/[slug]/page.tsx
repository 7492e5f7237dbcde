import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { buttonClasses } from '@/components/ui/button';
import { startAttempt } from '@/lib/actions/attempts';
import { LocalTime } from '@/components/local-time';
import { getViewer } from '@/lib/auth';
import { getArticle } from '@/lib/dal/articles';
import { openPracticeAttemptOnArchived, practicePausedFor } from '@/lib/dal/attempts';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ hl?: string; from?: string }>;
}

/**
 * `?from=` names the page that linked to a highlight, for a way back: only a results page or a
 * study page of this site (anything else is ignored, so the link cannot lead elsewhere).
 */
function parseFrom(value: string | undefined): { href: string; label: string } | null {
  if (value && /^\/attempts\/[A-Za-z0-9_-]{1,64}\/results$/.test(value)) return { href: value, label: 'Back to your results' };
  if (value && /^\/articles\/[a-z0-9-]{1,120}\/study$/.test(value)) return { href: value, label: 'Back to studying' };
  return null;
}

/** `?hl=120-245` highlights body offsets 120..245 (a question's source sentence). */
function parseHighlight(value: string | undefined, bodyLength: number) {
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end && end <= bodyLength ? { start, end } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return { title: article?.title ?? 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const query = await searchParams;
  const highlight = parseHighlight(query.hl, article.body.length);
  const back = highlight ? parseFrom(query.from) : null;
  const viewer = await getViewer();
  const pause = viewer && article.hasQuiz ? await practicePausedFor(viewer, article.slug) : null;
  const openOnArchived = viewer && article.isArchived ? await openPracticeAttemptOnArchived(viewer, article.slug) : null;
  return (
    <article className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-semibold leading-tight">{article.title}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {article.url ? (
          <a href={article.url} className="underline" rel="noopener noreferrer">
            {article.source}
          </a>
        ) : (
          article.source
        )}
        {article.published ? ` · ${article.published}` : ''} · {article.readingMinutes} min read
      </p>
      {highlight ? (
        <p className="mt-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/50" role="note">
          The highlighted sentence is where a quiz question came from.{' '}
          <a href="#source" className="underline">
            Jump to it
          </a>
          {back ? (
            <>
              {' · '}
              <Link href={back.href} className="underline">
                {back.label}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="mt-6">
        <ArticleBody body={article.body} highlight={highlight} />
      </div>
      {back ? (
        // Also here: a jump to the highlight scrolls the note at the top out of view.
        <p className="mt-6">
          <Link href={back.href} className="underline">
            ← {back.label}
          </Link>
        </p>
      ) : null}
      <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">License: {article.license}</p>
      {article.isArchived ? (
        <p className="mt-8 rounded-md border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-900" role="note">
          This article is archived: it stays readable for past assignments and results, but it has no practice quiz or flashcards now.
          {openOnArchived ? (
            <>
              {' '}You started its practice quiz before; your answers are kept.{' '}
              <Link href={`/attempts/${openOnArchived}`} className="underline">Finish your practice quiz</Link>
            </>
          ) : null}
        </p>
      ) : (
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        {pause ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950" role="note">
            {pause.reason === 'own_time' ? (
              <>
                You have an assignment on this article. Its practice quiz and these questions in your flashcards come back after
                it is due (<LocalTime iso={pause.until.toISOString()} />).
              </>
            ) : (
              <>
                Your class has an assignment on this article that a classmate still has time to finish. Its practice quiz and these
                questions in your flashcards come back when they are done.
              </>
            )}{' '}
            <Link href="/assignments" className="underline">Your assignments</Link>
          </p>
        ) : article.hasQuiz ? (
          <form action={startAttempt}>
            <input type="hidden" name="slug" value={article.slug} />
            <button type="submit" className={buttonClasses('primary', 'w-full sm:w-auto')}>
              Take the quiz
            </button>
          </form>
        ) : (
          <p>This article has no quiz yet.</p>
        )}
        <Link href={`/articles/${article.slug}/study`} className={buttonClasses('secondary', 'w-full sm:w-auto')}>
          Study flashcards
        </Link>
      </div>
      )}
    </article>
  );
}
