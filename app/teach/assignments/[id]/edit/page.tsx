import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { listAnswerHoldsForAssignment } from '@/lib/dal/answer-holds';
import { getAssignmentForEdit } from '@/lib/dal/assignment-edits';
import { toAnswerHoldViews } from '../../_components/answer-hold-view';
import { TeachNav } from '../../../_components/teach-nav';
import { EditAssignmentForm } from './_components/edit-assignment-form';

export const metadata: Metadata = { title: 'Edit assignment' };

/** The schedule and rules of an assignment; its questions stay as they are. */
export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireTeacher();
  const { id } = await params;
  const a = await getAssignmentForEdit(viewer, id);
  if (!a) notFound();
  const now = new Date();
  const holds = await listAnswerHoldsForAssignment(viewer, a.id, now);

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href={`/teach/classes/${a.class.id}`} className="underline">{a.class.name}</Link>
        {' · '}
        <Link href={`/teach/assignments/${a.id}`} className="underline">Back to the assignment</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold wrap-anywhere">Edit “{a.title}”</h1>
      <div className="mt-6 max-w-2xl">
        <p className="mb-6 rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
          <strong>Questions ({a.questionCount}) can’t be changed here.</strong>{' '}
          {a.attemptCount > 0
            ? `${a.attemptCount} ${a.attemptCount === 1 ? 'attempt has' : 'attempts have'} been started, and every student must answer the same questions.`
            : 'Nobody has started yet: to use other questions, delete this assignment and assign the quiz again.'}
        </p>
        <EditAssignmentForm
          assignment={{
            id: a.id, title: a.title, openAt: a.openAt.toISOString(), dueAt: a.dueAt.toISOString(),
            attemptsAllowed: a.attemptsAllowed, gradingMethod: a.gradingMethod, timeLimitSeconds: a.timeLimitSeconds,
            shuffleQuestions: a.shuffleQuestions, shuffleChoices: a.shuffleChoices, reviewPolicy: a.reviewPolicy,
            latePolicy: a.latePolicy, attemptCount: a.attemptCount, runningCount: a.runningCount,
          }}
          holds={toAnswerHoldViews(holds)}
          now={now.getTime()}
        />
      </div>
    </>
  );
}
