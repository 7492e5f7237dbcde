import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { FlashNote } from '@/components/flash-note';
import { LocalTime } from '@/components/local-time';
import { MarkChanged } from '@/components/mark-changed';
import { ScrollTable } from '@/components/scroll-table';
import { buttonClasses } from '@/components/ui/button';
import { getViewer, requireTeacher } from '@/lib/auth';
import { deleteAssignmentAction } from '@/lib/actions/assignments';
import type { ItemFlag } from '@/lib/assignments/item-analysis';
import { GRADING_METHOD_TEXT } from '@/lib/assignments/policy';
import { listAssignmentStudents } from '@/lib/dal/assignment-edits';
import { getAssignmentReport } from '@/lib/dal/gradebook';
import { isTeacher } from '@/lib/dal/review';
import { TeachNav } from '../../_components/teach-nav';
import { ActionButton } from '../../classes/_components/action-button';
import { StudentsSection } from './_components/students-section';

// One read per request for the tab's title and the page.
const loadReport = cache(getAssignmentReport);

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const viewer = await getViewer();
  const report = viewer && isTeacher(viewer) ? await loadReport(viewer, (await params).id) : null;
  return { title: report ? `${report.title} · Assignment` : 'Assignment' };
}

const FLAG_TEXT: Record<ItemFlag, string> = {
  too_easy: 'Too easy',
  too_hard: 'Too hard',
  not_discriminating: 'Does not discriminate',
  negative_discrimination: 'Weaker students do better',
};

const REVIEW_TEXT: Record<string, string> = { immediately: 'right after submitting', after_due: 'after the due time', never: 'never' };

const pct = (x: number) => `${Math.round(x * 100)}%`;

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; asked?: string; saved?: string; extended?: string; unextended?: string }>;
}

export default async function AssignmentReportPage({ params, searchParams }: Props) {
  const viewer = await requireTeacher();
  const { id } = await params;
  const { created, asked, saved, extended, unextended } = await searchParams;
  const r = await loadReport(viewer, id);
  if (!r) notFound();
  const students = (await listAssignmentStudents(viewer, id)) ?? [];
  const moved = Number(saved);
  const submitted = r.attempts.filter((t) => t.status === 'submitted');
  const submittedStudents = new Set(submitted.map((t) => t.studentEmail)).size;
  // Any attempt, running or submitted: from then on an edit of its questions no longer reaches it.
  const isStarted = r.attempts.length > 0;
  // A delete loses the answers of students who started and have not submitted: the confirmation
  // names them (one per student: two students may share a name).
  const takingNow = [...new Map(r.attempts.filter((t) => t.status === 'in_progress').map((t) => [t.studentEmail, t.studentName])).values()];

  return (
    <>
      <TeachNav current="classes" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <Link href={`/teach/classes/${r.class.id}`} className="underline">{r.class.name}</Link>
        {' · '}
        <Link href={`/teach/classes/${r.class.id}/gradebook`} className="underline">Gradebook</Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
        <h1 className="min-w-0 text-2xl font-semibold wrap-anywhere">{r.title}</h1>
        <Link href={`/teach/assignments/${r.id}/edit`} className={buttonClasses('secondary')}>
          Edit<span className="sr-only"> the schedule and rules</span>
        </Link>
      </div>
      {saved !== undefined ? (
        <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          Changes saved.{moved > 0 ? ` ${moved} ${moved === 1 ? 'attempt in progress has' : 'attempts in progress have'} a new deadline.` : ''}
        </p>
      ) : null}
      {created ? (
        // Shown once: a reload or a bookmark of this page does not say "Assigned" again.
        <FlashNote param="created" alsoDrop={['asked']} className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          Assigned to {r.class.name}. Students see it on their Assignments page.
          {Number(asked) > r.items.length
            ? ` It has ${r.items.length} ${r.items.length === 1 ? 'question' : 'questions'}, not ${Number(asked)}: that is every approved question of the article.`
            : ''}
        </FlashNote>
      ) : null}

      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600 dark:text-stone-400">Article</dt>
        <dd><Link href={`/teach/articles/${r.article.slug}`} className="underline">{r.article.title}</Link> · {r.items.length} questions</dd>
        <dt className="text-stone-600 dark:text-stone-400">Open</dt>
        <dd><LocalTime iso={r.openAt.toISOString()} /> to <LocalTime iso={r.dueAt.toISOString()} /></dd>
        <dt className="text-stone-600 dark:text-stone-400">Rules</dt>
        <dd>
          {r.attemptsAllowed === null ? 'Unlimited attempts' : `${r.attemptsAllowed} ${r.attemptsAllowed === 1 ? 'attempt' : 'attempts'}`}, graded by {GRADING_METHOD_TEXT[r.gradingMethod]}
          {r.timeLimitSeconds ? `; ${Math.round(r.timeLimitSeconds / 60)}-minute time limit` : '; no time limit'}
          {r.shuffleQuestions || r.shuffleChoices ? `; shuffled ${[r.shuffleQuestions && 'questions', r.shuffleChoices && 'choices'].filter(Boolean).join(' and ')}` : ''}
          ; late work {r.latePolicy === 'refuse' ? 'refused' : 'accepted and marked late'}; correct answers shown {REVIEW_TEXT[r.reviewPolicy]}.
        </dd>
      </dl>

      <section aria-labelledby="attempts" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="attempts" className="text-lg font-semibold">
            Attempts ({submittedStudents} of {r.studentCount} students submitted)
          </h2>
          <a href={`/teach/assignments/${r.id}/attempts.csv`} className={buttonClasses('secondary')} download>
            Download attempts (CSV)
          </a>
        </div>
        {r.attempts.length === 0 ? (
          <p className="mt-2">No attempts yet.</p>
        ) : (
          <div className="mt-3">
            <ScrollTable label="Attempts" className="rounded-lg border border-stone-200 dark:border-stone-800">
            {/* On a phone the attempt number moves under the name, so the score stays in view. */}
            <table className="w-full text-left sm:min-w-[36rem]">
              <thead className="bg-stone-100 text-sm dark:bg-stone-900">
                <tr>
                  <th scope="col" className="p-2 sm:p-3">Student</th>
                  <th scope="col" className="hidden p-3 sm:table-cell">Attempt</th>
                  <th scope="col" className="p-2 sm:p-3">Submitted</th>
                  <th scope="col" className="p-2 text-right sm:p-3">Score</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                {r.attempts.map((t) => (
                  <tr key={t.id}>
                    <th scope="row" className="p-2 font-medium wrap-anywhere sm:p-3">
                      <Link href={`/teach/assignments/${r.id}/students/${t.userId}`} className="underline underline-offset-2">
                        {t.studentName}
                        <span className="sr-only">: answers</span>
                      </Link>
                      <span className="block text-sm font-normal text-stone-600 sm:hidden dark:text-stone-400">Attempt {t.number}</span>
                    </th>
                    <td className="hidden p-3 sm:table-cell">{t.number}</td>
                    <td className="p-2 sm:p-3">
                      {t.submittedAt ? <LocalTime iso={t.submittedAt.toISOString()} /> : 'In progress'}
                      {t.isLate ? <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">late</span> : null}
                      {t.autoSubmitted ? <span className="ml-2 inline-block rounded bg-stone-200 px-1.5 text-sm dark:bg-stone-700">closed at time limit</span> : null}
                    </td>
                    <td className="p-2 text-right tabular-nums sm:p-3">
                      {t.percent === null ? '—' : (
                        <>
                          <span className="whitespace-nowrap">{t.score}/{t.total}</span> <span className="whitespace-nowrap">({t.percent}%)</span>
                          {t.changedMarks ? <span className="block"><MarkChanged count={t.changedMarks} /></span> : null}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollTable>
          </div>
        )}
      </section>

      <StudentsSection
        assignmentId={r.id}
        students={students}
        notice={
          extended ? { userId: extended, text: 'has more time.' } : unextended ? { userId: unextended, text: 'is back on the class’s rules.' } : null
        }
      />

      <section aria-labelledby="items" className="mt-10">
        <h2 id="items" className="text-lg font-semibold">Question statistics</h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          From each student&apos;s first submitted attempt ({r.analysedAttempts}). Facility is the share who got it right;
          discrimination (−1 to 1) is how much better the stronger students did on it. Flags appear from 5 attempts.
        </p>
        <ol className="mt-4 flex flex-col gap-4">
          {r.items.map((item, i) => (
            <li key={item.questionId} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <p className="font-medium break-words">{i + 1}. {item.prompt}</p>
              <p className="mt-1 text-sm">
                Facility <strong>{item.responses ? pct(item.facility) : '—'}</strong> · Discrimination{' '}
                <strong>{item.discrimination === null ? '—' : item.discrimination.toFixed(2)}</strong>
                {item.unanswered ? ` · ${item.unanswered} left it blank` : ''}
              </p>
              {item.flags.length ? (
                <ul className="mt-2 flex flex-wrap gap-2" aria-label="Flags">
                  {item.flags.map((f) => (
                    <li key={f} className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">{FLAG_TEXT[f]}</li>
                  ))}
                </ul>
              ) : null}
              {item.type === 'short_answer' ? (
                <p className="mt-2 text-sm break-words">
                  Expected answer: <strong>{item.answer}</strong>
                  {item.accepted.length ? <> · also accepted: {item.accepted.join('; ')}</> : null}
                </p>
              ) : null}
              {item.choices.length ? (
                <ul className="mt-3 flex flex-col gap-1 text-sm">
                  {item.choices.map((c) => (
                    <li key={c.label} className="flex items-center gap-2">
                      <span className="w-10 shrink-0 text-right tabular-nums">{c.count}</span>
                      <span
                        className="h-3 rounded bg-sky-600 dark:bg-sky-400"
                        style={{ width: `${item.responses ? Math.max(2, (c.count / item.responses) * 160) : 2}px` }}
                        aria-hidden="true"
                      />
                      <span className="min-w-0 break-words">
                        {c.label}
                        {c.isCorrect ? <strong> (correct)</strong> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.isEditable ? (
                <p className="mt-2">
                  <Link href={`/teach/questions/${item.questionId}/edit`} className="inline-flex min-h-11 items-center text-sm underline">
                    Edit in the question bank
                    <span className="sr-only"> (question {i + 1}; {isStarted ? 'this assignment keeps its wording' : 'no student has started, so this assignment gets your edit'})</span>
                  </Link>
                </p>
              ) : isStarted ? (
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Edited since: this assignment keeps the wording students saw.</p>
              ) : (
                // Not started, yet retired here: another teacher's edit (it reaches only their own
                // assignments: lib/dal/question-edit-reach.ts), or one made before edits reached any.
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  A newer version is in the question bank, but this assignment keeps asking this wording: an edit reaches only the editor’s own assignments that no student had started when it was saved. A new assignment asks the newer version.
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <details className="mt-10 max-w-xl">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950">
          Delete this assignment…
        </summary>
        <div className="mt-2 flex flex-col gap-2 rounded-md border border-red-200 p-3 dark:border-red-900">
          <p className="text-sm">
            Deleting removes it from students&apos; lists and deletes its {r.attempts.length}{' '}
            {r.attempts.length === 1 ? 'attempt' : 'attempts'} and their scores. This cannot be undone.
          </p>
          {takingNow.length > 0 ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950">
              <strong>{takingNow.length === 1 ? '1 student has' : `${takingNow.length} students have`} started it and not submitted</strong>{' '}
              ({takingNow.join(', ')}): their answers so far would be deleted too, and a quiz still open would stop.
            </p>
          ) : null}
          <ActionButton action={deleteAssignmentAction} fields={{ assignmentId: r.id }} label="Delete assignment and its attempts" variant="primary" />
        </div>
      </details>
    </>
  );
}
