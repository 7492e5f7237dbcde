import type { Metadata } from 'next';
import { ArticleOrigin } from '@/components/article-origin';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { listAnswerHolds } from '@/lib/dal/answer-holds';
import { getAssignFormData } from '@/lib/dal/assignments';
import { toAnswerHoldViews } from '../../../assignments/_components/answer-hold-view';
import { TeachNav } from '../../../_components/teach-nav';
import { AssignmentForm } from './_components/assignment-form';

export const metadata: Metadata = { title: 'New assignment' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ article?: string }>;
}

/** Step 1 picks the article; step 2 (`?article=slug`) sets the questions and the rules. */
export default async function AssignPage({ params, searchParams }: Props) {
  const viewer = await requireTeacher();
  const { id } = await params;
  const { article: slug } = await searchParams;
  const data = await getAssignFormData(viewer, id, slug);
  if (!data) notFound();
  const now = new Date();
  // Other assignments of this teacher that still hold back answers to the article's questions:
  // the form narrows them to the questions picked and the dates typed.
  const holds = data.article?.questions.length
    ? await listAnswerHolds(viewer, { classId: data.class.id, questionIds: data.article.questions.map((q) => q.id) }, now)
    : [];

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href={`/teach/classes/${data.class.id}`} className="underline">{data.class.name}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">New assignment</h1>
      {data.article ? (
        <div className="mt-6 max-w-2xl">
          <p className="mb-4">
            Article: <strong>{data.article.title}</strong>{' '}
            <Link href={`/teach/classes/${data.class.id}/assign`} className="underline">Change</Link>
          </p>
          {data.article.questions.length === 0 ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
              This article has no approved questions yet.{' '}
              <Link href={`/teach/articles/${data.article.slug}`} className="underline">Review its questions</Link> first.
            </p>
          ) : (
            <AssignmentForm classId={data.class.id} article={data.article} holds={toAnswerHoldViews(holds)} now={now.getTime()} />
          )}
        </div>
      ) : (
        <section aria-labelledby="choose" className="mt-6">
          <h2 id="choose" className="text-lg font-semibold">Which article is the quiz about?</h2>
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {data.articles.map((a) => (
              <li key={a.slug}>
                <Link
                  href={`/teach/classes/${data.class.id}/assign?article=${encodeURIComponent(a.slug)}`}
                  className="flex min-h-11 flex-col p-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-stone-800"
                >
                  <span>
                    <span className="font-medium underline">{a.title}</span>
                    <span className="block text-sm text-stone-600 dark:text-stone-400">
                      <ArticleOrigin source={a.source} createdAt={a.createdAt} />
                    </span>
                  </span>
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    {a.approved === 0 ? 'No approved questions yet' : `${a.approved} approved ${a.approved === 1 ? 'question' : 'questions'}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
