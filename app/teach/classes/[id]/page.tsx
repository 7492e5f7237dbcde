import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getViewer, requireTeacher } from '@/lib/auth';
import { archiveClassAction, removeStudentAction } from '@/lib/actions/classes';
import { listClassAssignments } from '@/lib/dal/assignments';
import { getTaughtClass } from '@/lib/dal/classes';
import { isTeacher } from '@/lib/dal/review';
import { FlashNote } from '@/components/flash-note';
import { LocalTime } from '@/components/local-time';
import { buttonClasses } from '@/components/ui/button';
import { getPublicUrl } from '@/lib/env';
import { TeachNav } from '../../_components/teach-nav';
import { ActionButton } from '../_components/action-button';
import { CopyButton } from '@/components/copy-button';

// One read per request for the tab's title and the page.
const loadClass = cache(getTaughtClass);

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const viewer = await getViewer();
  const taught = viewer && isTeacher(viewer) ? await loadClass(viewer, (await params).id) : null;
  return { title: taught ? `${taught.name} · Class` : 'Class' };
}

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ deleted?: string; removed?: string }>;
}

export default async function TeachClassPage({ params, searchParams }: Props) {
  const viewer = await requireTeacher();
  const { id } = await params;
  const [c, assignments] = await Promise.all([loadClass(viewer, id), listClassAssignments(viewer, id)]);
  if (!c || !assignments) notFound();
  const { deleted, removed } = await searchParams;
  const joinLink = `${getPublicUrl().replace(/\/$/, '')}/join/${c.joinCode}`;

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href="/teach/classes" className="underline">All classes</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold break-words">
        {c.name}
        {c.archived ? <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">(archived)</span> : null}
      </h1>

      <section aria-labelledby="join" className="mt-6 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="join" className="text-lg font-semibold">How students join</h2>
        {c.archived ? (
          <p className="mt-2">This class is archived, so no one new can join. Reopen it to use the code again.</p>
        ) : (
          <dl className="mt-3 grid gap-3">
            <div>
              <dt className="text-sm text-stone-600 dark:text-stone-400">Join code</dt>
              <dd className="font-mono text-3xl font-semibold tracking-widest" data-testid="join-code">{c.joinCode}</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-600 dark:text-stone-400">Join link</dt>
              <dd className="flex flex-wrap items-center gap-x-3 gap-y-2">
                <a id="join-link" href={joinLink} className="break-all font-mono underline" data-testid="join-link">{joinLink}</a>
                <CopyButton text={joinLink} label="Copy link" targetId="join-link" />
              </dd>
            </div>
          </dl>
        )}
      </section>

      <section aria-labelledby="assignments" className="mt-8">
        {deleted ? <p role="status" className="mb-3 rounded-md border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-900">Assignment deleted.</p> : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments" className="text-lg font-semibold">Assignments ({assignments.length})</h2>
          <div className="flex flex-wrap gap-2">
            {assignments.length ? <Link href={`/teach/classes/${c.id}/gradebook`} className={buttonClasses('secondary')}>Gradebook</Link> : null}
            {c.archived ? null : <Link href={`/teach/classes/${c.id}/assign`} className={buttonClasses('primary')}>New assignment</Link>}
          </div>
        </div>
        {assignments.length === 0 ? (
          <p className="mt-2">
            {c.archived
              ? 'No assignments. An archived class takes no new ones; reopen it below to assign a quiz.'
              : 'No assignments yet. Assign a quiz on one of the articles; students see it on their Assignments page.'}
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {assignments.map((a) => (
              <li key={a.id} className="p-4">
                <Link href={`/teach/assignments/${a.id}`} className="font-medium break-words underline">{a.title}</Link>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {a.articleTitle} · {a.questionCount} questions · due <LocalTime iso={a.dueAt.toISOString()} /> ·{' '}
                  {a.submittedStudents} of {c.studentCount} submitted
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roster" className="mt-8">
        <h2 id="roster" className="text-lg font-semibold">
          Students ({c.studentCount})
        </h2>
        {removed ? (
          <FlashNote param="removed" className="mt-3 rounded-md border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-900">
            Student removed from the class. Their scores are kept; they can join again with the code.
          </FlashNote>
        ) : null}
        {c.students.length === 0 ? (
          <p className="mt-2">No students yet. Share the code or the link.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {c.students.map((s) => (
              <li key={s.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:flex-wrap sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium break-words">{s.name}</p>
                  <p className="text-sm break-all text-stone-600 dark:text-stone-400">{s.email}</p>
                  <p className="text-sm text-stone-600 dark:text-stone-400">Joined <LocalTime iso={s.joinedAt.toISOString()} withTime={false} /></p>
                </div>
                {/* A disclosure is the confirmation step, and it needs no JavaScript. Open, it takes a
                    line of its own under the student, so the name beside it keeps its width. */}
                <details className="group shrink-0 sm:open:basis-full">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950">
                    Remove…<span className="sr-only"> {s.name} from the class</span>
                  </summary>
                  <div className="mt-2 flex flex-col gap-2 rounded-md border border-red-200 p-3 dark:border-red-900">
                    <p className="text-sm">Take {s.name} out of {c.name}? Their scores are kept; they can join again with the code.</p>
                    <ActionButton action={removeStudentAction} fields={{ classId: c.id, studentId: s.id }} label={`Remove ${s.name}`} variant="primary" />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="archive" className="mt-8">
        <h2 id="archive" className="text-lg font-semibold">{c.archived ? 'Reopen' : 'Archive'}</h2>
        <p className="mb-2 mt-1 text-sm text-stone-600 dark:text-stone-400">
          {c.archived ? 'Students can join again with the same code.' : 'An archived class keeps its roster but takes no new students and leaves its students’ Classes page.'}
        </p>
        <ActionButton
          action={archiveClassAction}
          fields={{ classId: c.id, archive: c.archived ? 'no' : 'yes' }}
          label={c.archived ? 'Reopen class' : 'Archive class'}
        />
      </section>
    </>
  );
}
