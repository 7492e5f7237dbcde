import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { LocalTime } from '@/components/local-time';
import { requireTeacher } from '@/lib/auth';
import { removeExtensionAction } from '@/lib/actions/assignments-edit';
import { getExtensionForm, type ExtensionForm as ExtensionData } from '@/lib/dal/assignment-edits';
import { getStudentWork } from '@/lib/dal/student-answers';
import { TeachNav } from '../../../../_components/teach-nav';
import { ActionButton } from '../../../../classes/_components/action-button';
import { ExtensionForm } from './_components/extension-form';
import { StudentAnswers } from './_components/student-answers';

export const metadata: Metadata = { title: 'A student’s answers and time' };

interface Props {
  params: Promise<{ id: string; userId: string }>;
}

/**
 * One student at one assignment: their attempts and answers, and their own due time and extra
 * minutes (while they are in the class).
 */
export default async function StudentWorkPage({ params }: Props) {
  const viewer = await requireTeacher();
  const { id, userId } = await params;
  // The work first: reading it closes an attempt whose time ran out, which the time section shows.
  const work = await getStudentWork(viewer, id, userId);
  if (!work) notFound();
  const data = await getExtensionForm(viewer, id, userId);
  const { assignment: a, student } = work;

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href={`/teach/classes/${a.class.id}`} className="underline">{a.class.name}</Link>
        {' · '}
        <Link href={`/teach/assignments/${a.id}`} className="underline">{a.title}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold break-words">{student.name}</h1>
      <p className="text-stone-600 break-words dark:text-stone-400">{student.email}</p>
      <StudentAnswers name={student.name} attempts={work.attempts} grade={work.grade} gradingMethod={a.gradingMethod} />
      <section aria-labelledby="more-time-heading" id="more-time" className="mt-10 scroll-mt-4">
        <h2 id="more-time-heading" className="text-lg font-semibold">More time for {student.name}</h2>
        {data ? <TimeSection data={data} /> : <p className="mt-2">{student.name} is no longer in the class.</p>}
      </section>
    </>
  );
}

/** The student's own due time and extra minutes, and the form to change them. */
function TimeSection({ data }: { data: ExtensionData }) {
  const { assignment: a, student, extension } = data;
  return (
    <div className="mt-4 flex max-w-2xl flex-col gap-6">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600 dark:text-stone-400">Class due time</dt>
        <dd><LocalTime iso={a.dueAt.toISOString()} /> ({a.latePolicy === 'refuse' ? 'closes then' : 'late work accepted, marked late'})</dd>
        <dt className="text-stone-600 dark:text-stone-400">Time limit</dt>
        <dd>{a.timeLimitSeconds ? `${Math.round(a.timeLimitSeconds / 60)} minutes` : 'None'}</dd>
        <dt className="text-stone-600 dark:text-stone-400">Now</dt>
        <dd>
          {extension ? (
            <>
              Extended:{' '}
              {[
                extension.dueAt ? <>due <LocalTime key="due" iso={extension.dueAt.toISOString()} /></> : null,
                extension.extraMinutes ? <span key="min">{extension.dueAt ? ', ' : ''}{extension.extraMinutes} extra minutes</span> : null,
              ]}
            </>
          ) : 'No extension'}
          {data.runningDeadline !== undefined ? (
            <span className="block text-sm">
              An attempt is in progress
              {data.runningDeadline ? <>, ending <LocalTime iso={data.runningDeadline.toISOString()} /></> : null}.
            </span>
          ) : null}
        </dd>
      </dl>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {student.name} can start, answer and submit until their own due time, without a late mark. An attempt in progress
        gets the new time at once. The rest of the class keeps the class’s due time.
      </p>
      <ExtensionForm
        assignmentId={a.id}
        userId={student.id}
        studentName={student.name}
        hasTimeLimit={a.timeLimitSeconds !== null}
        current={extension ? { dueAt: extension.dueAt?.toISOString() ?? null, extraMinutes: extension.extraMinutes } : null}
      />
      {extension ? (
        <div className="flex flex-col gap-2 border-t border-stone-200 pt-4 dark:border-stone-800">
          <p className="text-sm">Taking the extension back returns {student.name} to the class’s rules; an attempt in progress gets at least one more minute.</p>
          <ActionButton action={removeExtensionAction} fields={{ assignmentId: a.id, userId: student.id }} label="Remove extension" />
        </div>
      ) : null}
    </div>
  );
}
