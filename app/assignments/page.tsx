import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { LocalTime } from '@/components/local-time';
import { BY_YOUR_TEACHER, MarkChanged } from '@/components/mark-changed';
import { buttonClasses } from '@/components/ui/button';
import { requireViewer } from '@/lib/auth';
import { startAssignmentAction } from '@/lib/actions/assignments';
import type { StudentStatus } from '@/lib/assignments/policy';
import { listMyAssignments, type MyAssignment } from '@/lib/dal/assignments';

export const metadata: Metadata = { title: 'Assignments' };

const STATUS: Record<StudentStatus, { text: string; className: string }> = {
  upcoming: { text: 'Not open yet', className: 'bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100' },
  not_started: { text: 'Not started', className: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100' },
  in_progress: { text: 'In progress', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' },
  submitted: { text: 'Submitted', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' },
  late: { text: 'Submitted late', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' },
  missed: { text: 'Missed', className: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100' },
};

const REFUSED: Record<string, string> = {
  not_open: 'That assignment is not open yet.',
  closed: 'That assignment is closed: its due time has passed.',
  no_attempts_left: 'You have used all your attempts at that assignment.',
  not_found: 'That assignment was not found.',
};

const GRADING: Record<string, string> = { highest: 'best attempt', latest: 'latest attempt', first: 'first attempt', average: 'average' };

function StartButton({ a }: { a: MyAssignment }) {
  const label = a.openAttemptId ? 'Continue' : a.attemptsUsed > 0 ? 'Try again' : 'Start';
  if (!a.openAttemptId && a.canStart !== 'ok') return null;
  return (
    <form action={startAssignmentAction}>
      <input type="hidden" name="assignmentId" value={a.id} />
      <button type="submit" className={buttonClasses(a.openAttemptId || a.attemptsUsed === 0 ? 'primary' : 'secondary', 'w-full sm:w-auto')}>
        {label}
        <span className="sr-only"> {a.title}</span>
      </button>
    </form>
  );
}

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<{ refused?: string }> }) {
  const viewer = await requireViewer('/assignments');
  const assignments = await listMyAssignments(viewer);
  const { refused } = await searchParams;
  const current = assignments.filter((a) => a.status === 'in_progress' || a.status === 'not_started' || a.status === 'upcoming' || (a.status === 'missed' && a.canStart === 'ok'));
  const done = assignments.filter((a) => !current.includes(a)).reverse();

  const card = (a: MyAssignment) => {
    const status = STATUS[a.status];
    return (
      <li key={a.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="font-semibold break-words">{a.title}</h3>
          <p className="text-sm text-stone-600 dark:text-stone-400">{a.className} · {a.articleTitle}</p>
          <p className="mt-1 text-sm">
            <span className={`mr-2 rounded px-2 py-0.5 font-medium ${status.className}`}>{status.text}</span>
            {a.status === 'upcoming' ? <>Opens <LocalTime iso={a.openAt.toISOString()} />. </> : null}
            <span className={a.dueSoon ? 'font-semibold' : undefined}>Due <LocalTime iso={a.dueAt.toISOString()} /></span>
            {a.isExtended ? ' (your teacher gave you more time)' : ''}
            {a.status === 'missed' && a.latePolicy === 'mark_late' ? ' · late work accepted' : ''}
          </p>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {a.timeLimitSeconds ? `${Math.round(a.timeLimitSeconds / 60)}-minute time limit · ` : ''}
            {a.attemptsAllowed === null ? `Attempts used: ${a.attemptsUsed} (no limit)` : `Attempts used: ${a.attemptsUsed} of ${a.attemptsAllowed}`}
            {a.grade !== null ? <> · <strong className="text-stone-900 dark:text-stone-100">Grade {a.grade}%</strong> ({GRADING[a.gradingMethod]})</> : null}
          </p>
          {/* Over the submitted attempts, as the gradebook cell counts them; My scores says which attempt. */}
          {a.changedMarks ? <p className="mt-1"><MarkChanged count={a.changedMarks} by={BY_YOUR_TEACHER} /></p> : null}
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:items-end">
          <StartButton a={a} />
          {a.lastSubmittedAttemptId ? (
            <Link href={`/attempts/${a.lastSubmittedAttemptId}/results`} className="inline-flex min-h-11 items-center underline">
              See your result<span className="sr-only"> for {a.title}</span>
            </Link>
          ) : null}
        </div>
      </li>
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Assignments</h1>
      {refused ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {REFUSED[refused] ?? 'That assignment cannot be started.'}
        </p>
      ) : null}
      {assignments.length === 0 ? (
        <p>
          No assignments yet. When your teacher assigns a quiz to your class it appears here.{' '}
          <Link href="/classes" className="underline">Join a class</Link> with the code your teacher gives you.
        </p>
      ) : (
        <>
          <section aria-labelledby="to-do">
            <h2 id="to-do" className="text-lg font-semibold">To do ({current.length})</h2>
            {current.length === 0 ? (
              <p className="mt-2">Nothing to do. Well done.</p>
            ) : (
              <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {current.map(card)}
              </ul>
            )}
          </section>
          {done.length ? (
            <section aria-labelledby="done">
              <h2 id="done" className="text-lg font-semibold">Submitted or closed ({done.length})</h2>
              <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {done.map(card)}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
