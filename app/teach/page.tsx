import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { requireTeacher } from '@/lib/auth';
import { listArticlesForReview } from '@/lib/dal/review';
import { TeachNav } from './_components/teach-nav';

export const metadata: Metadata = { title: 'Teach' };

export default async function TeachPage() {
  const viewer = await requireTeacher();
  const articles = await listArticlesForReview(viewer);
  if (!articles) notFound();
  return (
    <>
      <TeachNav current="questions" />
      <h1 className="text-2xl font-semibold">Question review</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        Gleaner drafts questions from every article. Approve the good ones, fix or reject the rest, and add your own.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/teach/add-article" className={buttonClasses('primary')}>Add an article</Link>
        <Link href="/teach/import" className={buttonClasses('secondary')}>Import questions</Link>
      </div>
      <ul className="mt-6 grid gap-3">
        {articles.map((a) => (
          <li key={a.slug}>
            <Link
              href={`/teach/articles/${a.slug}`}
              className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-sky-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-sky-400"
            >
              <h2 className="font-semibold">{a.title}</h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {a.counts.draft} to review · {a.counts.approved} approved · {a.counts.rejected} rejected
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
