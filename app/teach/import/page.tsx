import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { listArticlesForReview } from '@/lib/dal/review';
import { ImportForm } from './_components/import-form';

export const metadata: Metadata = { title: 'Import questions' };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ article?: string | string[] }> }) {
  const viewer = await requireTeacher();
  const articles = await listArticlesForReview(viewer);
  if (!articles) notFound();
  const requested = (await searchParams).article;
  const initial = articles.find((a) => a.slug === requested)?.slug;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <p className="text-sm">
        <Link href={initial ? `/teach/articles/${initial}` : '/teach'} className="underline">
          {initial ? 'Back to the question bank' : 'Question review'}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Import questions</h1>
      <p className="text-stone-600 dark:text-stone-400">
        Bring questions from Moodle or another quiz tool into an article&apos;s bank. They are approved at once, since you
        chose them, and show their feedback as the explanation. Questions already in the bank are skipped, and any of them
        still waiting for review there are approved.
      </p>
      {articles.length === 0 ? (
        <p>
          There are no articles yet. <Link href="/teach/add-article" className="underline">Add an article</Link> first.
        </p>
      ) : (
        <ImportForm articles={articles.map((a) => ({ slug: a.slug, title: a.title }))} initialArticle={initial} />
      )}
    </div>
  );
}
