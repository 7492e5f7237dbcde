import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireViewer } from '@/lib/auth';
import { getAttemptForTaking } from '@/lib/dal/attempts';
import { AnsweredCountProvider } from './_components/answered-count';
import { Countdown } from './_components/countdown';
import { QuestionForm } from './_components/question-form';
import { QuizProgress } from './_components/quiz-progress';
import { ReviewLink } from './_components/review-link';
import { SubmitForm } from './_components/submit-form';

export const metadata: Metadata = { title: 'Quiz' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string }>;
}

export default async function AttemptPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/attempts/${id}`);
  const attempt = await getAttemptForTaking(viewer, id);
  if (!attempt) notFound();
  if (attempt.status === 'submitted') redirect(`/attempts/${id}/results`);

  const total = attempt.questions.length;
  const answeredCount = attempt.questions.filter((q) => attempt.answers[q.id]).length;
  const { q } = await searchParams;
  // No position given: resume at the first unanswered question, named in the URL, so that a
  // refresh after saving an answer re-renders this question rather than jumping ahead.
  if (q === undefined) {
    const firstOpen = attempt.questions.findIndex((question) => !attempt.answers[question.id]);
    redirect(`/attempts/${id}?q=${firstOpen === -1 ? 'review' : firstOpen + 1}`);
  }
  const isReview = q === 'review';
  // eslint-disable-next-line react-hooks/purity -- the server's clock at render is the point
  const remainingMs = attempt.deadlineAt ? attempt.deadlineAt.getTime() - Date.now() : null;
  const requested = Number(q) - 1;
  const index = Number.isInteger(requested) && requested >= 0 && requested < total ? requested : 0;

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
      {remainingMs !== null ? <Countdown attemptId={id} remainingMs={remainingMs} /> : null}
      {isReview ? (
        <>
          <QuizProgress current={null} total={total} answered={answeredCount} />
          <section aria-labelledby="review-heading" className="flex flex-col gap-4">
            <h1 id="review-heading" className="text-2xl font-semibold">
              Review your answers
            </h1>
            {total - answeredCount > 0 ? (
              <p className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
                You have {total - answeredCount} unanswered {total - answeredCount === 1 ? 'question' : 'questions'}. Unanswered
                questions count as wrong. Go back to answer them, or submit anyway.
              </p>
            ) : (
              <p>All questions are answered. You can still change an answer before submitting.</p>
            )}
            <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10">
              {attempt.questions.map((question, i) => {
                const isAnswered = Boolean(attempt.answers[question.id]);
                return (
                  <li key={question.id}>
                    <Link
                      href={`/attempts/${id}?q=${i + 1}`}
                      aria-label={`Question ${i + 1}, ${isAnswered ? 'answered' : 'not answered'}`}
                      className={`flex min-h-11 items-center justify-center rounded-md border font-medium ${
                        isAnswered
                          ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                          : 'border-dashed border-stone-400 dark:border-stone-600'
                      }`}
                    >
                      {i + 1}
                    </Link>
                  </li>
                );
              })}
            </ol>
            <SubmitForm attemptId={id} unanswered={total - answeredCount} />
          </section>
        </>
      ) : (
        // Keyed by question: each question's page starts from the server's count.
        <AnsweredCountProvider key={attempt.questions[index].id} initial={answeredCount}>
          <QuizProgress current={index + 1} total={total} answered={answeredCount} />
          <QuestionForm
            key={attempt.questions[index].id}
            attemptId={id}
            index={index}
            total={total}
            question={attempt.questions[index]}
            savedAnswer={attempt.answers[attempt.questions[index].id] ?? null}
          />
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {attempt.questions[index].type === 'short_answer'
              ? 'Keys: Enter next.'
              : `Keys: 1–${Math.max(2, attempt.questions[index].choices.length)} choose, Enter next.`}{' '}
            Answers are saved as you go.{' '}
            <ReviewLink href={`/attempts/${id}?q=review`}>Review and submit</ReviewLink>
          </p>
        </AnsweredCountProvider>
      )}
    </div>
  );
}
