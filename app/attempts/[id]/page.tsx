import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getViewer, requireViewer } from '@/lib/auth';
import { getAttemptForTaking } from '@/lib/dal/attempts';
import { Countdown } from './_components/countdown';
import { QuizPager } from './_components/quiz-pager';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string }>;
}

// One read per request for the tab title and the page.
const loadAttempt = cache(getAttemptForTaking);

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const viewer = await getViewer();
  const attempt = viewer ? await loadAttempt(viewer, (await params).id) : null;
  if (!attempt) return { title: 'Quiz' };
  return { title: `Quiz: ${attempt.assignment?.title ?? attempt.article.title}` };
}

export default async function AttemptPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/attempts/${id}`);
  const attempt = await loadAttempt(viewer, id);
  if (!attempt) notFound();
  if (attempt.status === 'submitted') redirect(`/attempts/${id}/results`);

  const { q } = await searchParams;
  // No position given: resume at the first unanswered question, named in the URL, so that a
  // refresh after saving an answer re-renders this question rather than jumping ahead.
  if (q === undefined) {
    const firstOpen = attempt.questions.findIndex((question) => !attempt.answers[question.id]);
    redirect(`/attempts/${id}?q=${firstOpen === -1 ? 'review' : firstOpen + 1}`);
  }
  // eslint-disable-next-line react-hooks/purity -- the server's clock at render is the point
  const serverNowMs = Date.now();

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {attempt.assignment ? (
            <>
              Assignment · <Link href="/assignments" className="underline">{attempt.assignment.title}</Link>
            </>
          ) : (
            <>
              Practice quiz ·{' '}
              <Link href={`/articles/${attempt.article.slug}`} className="underline">
                {attempt.article.title}
              </Link>
            </>
          )}
        </p>
      </div>
      {attempt.deadlineAt ? <Countdown attemptId={id} deadlineMs={attempt.deadlineAt.getTime()} serverNowMs={serverNowMs} /> : null}
      {/* Which question (or the review) shows is read from ?q= in the browser: see QuizPager. */}
      <QuizPager attemptId={id} questions={attempt.questions} savedAnswers={attempt.answers} answersReadAt={attempt.answersReadAt} />
    </div>
  );
}
