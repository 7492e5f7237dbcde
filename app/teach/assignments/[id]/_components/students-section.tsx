import Link from '@/components/ui/link';
import { LocalTime } from '@/components/local-time';
import { buttonClasses } from '@/components/ui/button';
import type { AssignmentStudent } from '@/lib/dal/assignment-edits';

interface Props {
  assignmentId: string;
  students: AssignmentStudent[];
  /** After giving or taking back time: whose row to confirm. */
  notice: { userId: string; text: string } | null;
}

/** Each student of the class, with their extension and a way to give them more time. */
export function StudentsSection({ assignmentId, students, notice }: Props) {
  const noticed = notice ? students.find((s) => s.id === notice.userId) : undefined;
  return (
    <section aria-labelledby="students" id="students" className="mt-10 scroll-mt-4">
      <h2 id="students" className="text-lg font-semibold">Students ({students.length})</h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Give one student a later due time or extra minutes on the time limit; the rest of the class keeps the assignment’s rules.
      </p>
      {noticed && notice ? (
        <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          {noticed.name} {notice.text}
        </p>
      ) : null}
      {students.length === 0 ? (
        <p className="mt-2">Nobody has joined the class yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {students.map((s) => (
            <li key={s.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium break-words">{s.name}</p>
                <p className="text-sm break-words text-stone-600 dark:text-stone-400">
                  {s.attempts === 0 ? 'Not started' : `${s.attempts} ${s.attempts === 1 ? 'attempt' : 'attempts'}`}
                  {s.isRunning ? ' · one in progress' : ''}
                  {s.extension ? (
                    <>
                      {' · '}
                      <span className="rounded bg-sky-100 px-1.5 text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                        Extended{s.extension.dueAt ? <>: due <LocalTime iso={s.extension.dueAt.toISOString()} /></> : null}
                        {s.extension.extraMinutes ? `${s.extension.dueAt ? ',' : ':'} +${s.extension.extraMinutes} min` : ''}
                      </span>
                    </>
                  ) : null}
                </p>
              </div>
              <Link href={`/teach/assignments/${assignmentId}/students/${s.id}#more-time`} className={buttonClasses('secondary', 'shrink-0 self-start sm:self-auto')}>
                {s.extension ? 'Change extension' : 'Give more time'}<span className="sr-only"> to {s.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
