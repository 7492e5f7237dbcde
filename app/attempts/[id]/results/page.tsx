import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { AnswerList } from '@/components/answer-list';
import { LocalTime } from '@/components/local-time';
import { buttonClasses } from '@/components/ui/button';
import { startAssignmentAction } from '@/lib/actions/assignments';
import { startAttempt } from '@/lib/actions/attempts';
import { getViewer, requireViewer } from '@/lib/auth';
import { canStartAgain } from '@/lib/dal/assignments';
import { getAttemptForTaking } from '@/lib/dal/attempts';
import { getAttemptReview } from '@/lib/dal/results';
import { readableSentence } from '@/lib/readable-sentence';

// One read per request for the tab title and the page.
const loadReview = cache(getAttemptReview);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await getViewer();
  const review = viewer ? await loadReview(viewer, (await params).id) : null;
  if (!review) return { title: 'Results' };
  return { title: `Results: ${review.assignment?.title ?? review.article.title}` };
}

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ closed?: string }> }) {
  const { id } = await params;
  const { closed } = await searchParams;
  const viewer = await requireViewer(`/attempts/${id}/results`);
  let review = await loadReview(viewer, id);
  if (!review) {
    // No results yet: a quiz still open (a bookmark, a typed address) goes back to the quiz; one
    // whose time ran out meanwhile is closed by that read and shown. Only a missing attempt is
    // "not available".
    const attempt = await getAttemptForTaking(viewer, id);
    if (attempt?.status === 'in_progress') redirect(`/attempts/${id}`);
    if (attempt) review = await getAttemptReview(viewer, id);
    if (!review) notFound();
  }
  // Another attempt allowed now: offered here as on the Assignments page.
  const retry = review.assignment ? await canStartAgain(viewer, review.assignment.id) : false;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Results ·{' '}
          {review.assignment ? (
            <Link href="/assignments" className="underline">{review.assignment.title}</Link>
          ) : (
            <Link href={`/articles/${review.article.slug}`} className="underline">
              {review.article.title}
            </Link>
          )}
        </p>
        <h1 className="mt-1 text-3xl font-semibold">
          {review.score}/{review.total} ({review.percent}%)
        </h1>
        <p className="text-stone-600 dark:text-stone-400">
          {review.autoSubmitted ? 'Closed when time ran out' : 'Submitted'} <LocalTime iso={review.submittedAt.toISOString()} />
          {review.isLate ? ' · late' : ''}
        </p>
      </div>
      {review.teacherMarks > 0 ? (
        <p role="note" data-testid="teacher-marks" className="rounded-md border border-violet-300 bg-violet-50 p-3 dark:border-violet-800 dark:bg-violet-950">
          Your teacher changed the mark on {review.teacherMarks === 1 ? 'one answer' : `${review.teacherMarks} answers`} after you submitted. The
          score above includes {review.teacherMarks === 1 ? 'that change' : 'those changes'}
          {review.questions.some((q) => q.markedByTeacher) ? '; the question below says which.' : '.'}
        </p>
      ) : null}
      {closed === '1' ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          Your last answer was not saved: this quiz had already been submitted (in another tab or window) or
          its time had run out. These are the results as they were submitted.
        </p>
      ) : null}
      {review.withheld ? (
        <p role="note" className="rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          {review.withheld.reason === 'after_due' ? (
            <>Your teacher shows the correct answers after the due time, <LocalTime iso={review.withheld.until.toISOString()} />.</>
          ) : review.withheld.reason === 'classmate_time' ? (
            'The due time has passed, but a classmate still has time to finish this assignment, so the correct answers stay hidden until they are done. Check back later.'
          ) : review.withheld.reason === 'never' ? (
            'Your teacher does not show the correct answers for this assignment.'
          ) : (
            'Some of these questions are in an assignment that you or a classmate may still be working on, so their answers are hidden until it closes.'
          )}
        </p>
      ) : null}
      <ol className="flex flex-col gap-4">
        {review.questions.map((q, i) => (
          <li
            key={q.id}
            className={`rounded-lg border-l-4 bg-white p-4 dark:bg-stone-900 ${
              q.isCorrect === null ? 'border-stone-400' : q.isCorrect ? 'border-emerald-600' : 'border-red-600'
            }`}
          >
            <p className="text-sm font-medium text-stone-600 dark:text-stone-400">
              Question {i + 1}
              {q.isCorrect === null ? '' : q.isCorrect ? ' · Correct' : ' · Wrong'}
            </p>
            {q.markedByTeacher ? (
              <p className="mt-1 text-sm font-medium text-violet-800 dark:text-violet-300">
                Marked {q.isCorrect ? 'correct' : 'wrong'} by your teacher, {q.markedByTeacher.name},{' '}
                <LocalTime iso={q.markedByTeacher.at.toISOString()} />.
              </p>
            ) : null}
            <p className="mt-1 font-medium">{q.prompt}</p>
            <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
              <dt className="text-stone-600 dark:text-stone-400">Your answer</dt>
              <dd>{q.yourAnswer ?? <em>Not answered</em>}</dd>
              {q.correctAnswer !== null ? (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">Correct answer</dt>
                  <dd className="font-medium">{q.correctAnswer}</dd>
                </>
              ) : null}
              {q.alsoAccepted.length > 0 ? (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">Also accepted</dt>
                  <dd>
                    <AnswerList answers={q.alsoAccepted} />
                  </dd>
                </>
              ) : null}
            </dl>
            {q.source ? (
              <blockquote className="mt-3 border-l-2 border-stone-300 pl-3 font-serif text-stone-700 dark:border-stone-600 dark:text-stone-300">
                {readableSentence(q.source.sentence)}{' '}
                <Link href={`/articles/${review.article.slug}?hl=${q.source.start}-${q.source.end}&from=${encodeURIComponent(`/attempts/${review.id}/results`)}#source`} className="font-sans text-sm underline">
                  Show in the article
                </Link>
              </blockquote>
            ) : q.explanation ? (
              <p className="mt-3 text-sm">{q.explanation}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        {review.assignment ? (
          <>
            {retry ? <TryAgain action={startAssignmentAction} field="assignmentId" value={review.assignment.id} /> : null}
            <Link href="/assignments" className={buttonClasses(retry ? 'secondary' : 'primary')}>
              Assignments
            </Link>
          </>
        ) : (
          <TryAgain action={startAttempt} field="slug" value={review.article.slug} />
        )}
        <Link href="/scores" className={buttonClasses('secondary')}>
          My scores
        </Link>
      </div>
    </div>
  );
}

/** A new attempt: at the assignment (its id) or at the article's practice quiz (its slug). */
function TryAgain({ action, field, value }: { action: (formData: FormData) => Promise<void>; field: string; value: string }) {
  return (
    <form action={action}>
      <input type="hidden" name={field} value={value} />
      <button type="submit" className={buttonClasses('primary')}>
        Try again
      </button>
    </form>
  );
}
