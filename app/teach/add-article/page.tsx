import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireTeacher } from '@/lib/auth';
import { ARTICLE_MAX_BYTES, ARTICLE_MIN_WORDS, formatBytes } from '@/lib/schemas/interchange';
import { AddArticleForm } from './_components/add-article-form';

export const metadata: Metadata = { title: 'Add an article' };

export default async function AddArticlePage() {
  await requireTeacher();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <p className="text-sm">
        <Link href="/teach" className="underline">Question review</Link>
      </p>
      <h1 className="text-2xl font-semibold">Add an article</h1>
      <p className="text-stone-600 dark:text-stone-400">
        Paste an article or upload it. Gleaner draws questions and flashcards from it. Students can practise with them
        at once; you review them, a question you reject leaves every student&apos;s practice, and assignments use only the
        questions you approve. Articles are shared with the school&apos;s other teachers and appear in the library. At least{' '}
        {ARTICLE_MIN_WORDS} words, up to {formatBytes(ARTICLE_MAX_BYTES)}.
      </p>
      <AddArticleForm />
    </div>
  );
}
