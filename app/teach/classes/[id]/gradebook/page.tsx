import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { LocalTime } from '@/components/local-time';
import { MarkChanged } from '@/components/mark-changed';
import { ScrollTable } from '@/components/scroll-table';
import { buttonClasses } from '@/components/ui/button';
import { requireTeacher } from '@/lib/auth';
import type { StudentStatus } from '@/lib/assignments/policy';
import { getGradebook } from '@/lib/dal/gradebook';
import { TeachNav } from '../../../_components/teach-nav';

export const metadata: Metadata = { title: 'Gradebook' };

const STATUS_TEXT: Record<StudentStatus, string> = {
  upcoming: 'not open yet',
  not_started: 'not started',
  in_progress: 'in progress',
  submitted: 'submitted',
  late: 'late',
  missed: 'missed',
};

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireTeacher();
  const book = await getGradebook(viewer, (await params).id);
  if (!book) notFound();

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href={`/teach/classes/${book.class.id}`} className="underline">{book.class.name}</Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Gradebook</h1>
        {book.assignments.length ? (
          <a href={`/teach/classes/${book.class.id}/gradebook.csv`} className={buttonClasses('secondary')} download>
            Download grades (CSV)
          </a>
        ) : null}
      </div>
      {book.assignments.length === 0 || book.students.length === 0 ? (
        <p className="mt-4">
          {book.assignments.length === 0 ? 'No assignments yet. ' : 'No students yet. '}
          <Link href={`/teach/classes/${book.class.id}`} className="underline">Back to the class</Link>
        </p>
      ) : (
        <div className="mt-4">
          <ScrollTable label="Grades" className="rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full text-left">
            <caption className="sr-only">Each student&apos;s grade per assignment, by the assignment&apos;s grading method</caption>
            <thead className="bg-stone-100 text-sm dark:bg-stone-900">
              <tr>
                <th scope="col" className="sticky left-0 bg-stone-100 p-3 dark:bg-stone-900">Student</th>
                {book.assignments.map((a) => (
                  <th key={a.id} scope="col" className="min-w-32 p-3 align-bottom">
                    <Link href={`/teach/assignments/${a.id}`} className="underline">{a.title}</Link>
                    <span className="block font-normal text-stone-600 dark:text-stone-400">
                      due <LocalTime iso={a.dueAt.toISOString()} withTime={false} />
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {book.students.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="sticky left-0 bg-white p-3 font-medium dark:bg-stone-950">
                    {s.name}
                    <span className="block text-sm font-normal break-all text-stone-600 dark:text-stone-400">{s.email}</span>
                  </th>
                  {s.cells.map((c, i) => (
                    <td key={book.assignments[i].id} className="p-3 tabular-nums">
                      {c.grade === null ? (
                        <span className={c.status === 'missed' ? 'text-red-800 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}>{STATUS_TEXT[c.status]}</span>
                      ) : (
                        <>
                          <span className="font-semibold">{c.grade}%</span>
                          <span className="block text-sm text-stone-600 dark:text-stone-400">
                            {c.status === 'late' ? 'late · ' : c.status === 'in_progress' ? 'retrying · ' : ''}
                            {c.attempts} {c.attempts === 1 ? 'attempt' : 'attempts'}
                          </span>
                          {c.changedMarks ? <MarkChanged count={c.changedMarks} /> : null}
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollTable>
        </div>
      )}
    </>
  );
}
