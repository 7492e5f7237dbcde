import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ArticleOrigin } from '@/components/article-origin';
import { buttonClasses } from '@/components/ui/button';
import { requireTeacher } from '@/lib/auth';
import { listArticlesForReview, type ArticleReviewSummary } from '@/lib/dal/review';
import { TeachNav } from './_components/teach-nav';

export const metadata: Metadata = { title: 'Teach' };

function ArticleCard({ article: a }: { article: ArticleReviewSummary }) {
  return (
    <li>
      <Link
        href={`/teach/articles/${a.slug}`}
        className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-sky-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-sky-400"
      >
        <h3 className="font-semibold">{a.title}</h3>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          <ArticleOrigin source={a.source} createdAt={a.createdAt} />
        </p>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {a.counts.draft} to review · {a.counts.approved} approved · {a.counts.rejected} rejected
        </p>
      </Link>
    </li>
  );
}

export default async function TeachPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const viewer = await requireTeacher();
  const articles = await listArticlesForReview(viewer);
  if (!articles) notFound();
  const { deleted } = await searchParams;
  const active = articles.filter((a) => !a.archivedAt);
  const archived = articles.filter((a) => a.archivedAt);
  return (
    <>
      <TeachNav current="questions" />
      <h1 className="text-2xl font-semibold">Question review</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        Gleaner drafts questions from every article. Approve the good ones, fix or reject the rest, and add your own.
      </p>
      {deleted === '1' ? (
        <p role="status" className="mt-4 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          The article was deleted, with its questions and flashcards.
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/teach/add-article" className={buttonClasses('primary')}>Add an article</Link>
        <Link href="/teach/import" className={buttonClasses('secondary')}>Import questions</Link>
      </div>
      <h2 className="sr-only">Articles</h2>
      <ul className="mt-6 grid gap-3">
        {active.map((a) => <ArticleCard key={a.slug} article={a} />)}
      </ul>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="mt-10">
          <h2 id="archived-heading" className="text-xl font-semibold">Archived ({archived.length})</h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Hidden from students and from new assignments; past assignments and results still show them.
          </p>
          <ul className="mt-3 grid gap-3">
            {archived.map((a) => <ArticleCard key={a.slug} article={a} />)}
          </ul>
        </section>
      ) : null}
    </>
  );
}
