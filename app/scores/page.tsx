import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { LocalTime } from '@/components/local-time';
import { BY_YOUR_TEACHER, MarkChanged } from '@/components/mark-changed';
import { ScrollTable } from '@/components/scroll-table';
import { requireViewer } from '@/lib/auth';
import { listMyScores, type QuizScoreSummary, type ScoreRow } from '@/lib/dal/results';

export const metadata: Metadata = { title: 'My scores' };

export default async function ScoresPage() {
  const viewer = await requireViewer('/scores');
  const { attempts, perQuiz } = await listMyScores(viewer);
  if (attempts.length === 0) {
    return (
      <>
        <h1 className="text-2xl font-semibold">My scores</h1>
        <p className="mt-4">
          No quizzes submitted yet. Pick an article in the <Link href="/" className="underline">library</Link> and take its quiz.
        </p>
      </>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">My scores</h1>
      <section aria-labelledby="per-quiz">
        <h2 id="per-quiz" className="text-lg font-semibold">
          Best and latest per quiz
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {perQuiz.map((s) => (
            <li key={s.assignment?.id ?? s.article.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              {s.assignment ? (
                <>
                  <Link href="/assignments" className="font-medium underline wrap-anywhere">
                    {s.assignment.title}
                  </Link>
                  <p className="text-sm text-stone-600 dark:text-stone-400">Assignment · {s.article.title}</p>
                </>
              ) : (
                <>
                  <Link href={`/articles/${s.article.slug}`} className="font-medium underline">
                    {s.article.title}
                  </Link>
                  <p className="text-sm text-stone-600 dark:text-stone-400">Practice quiz</p>
                </>
              )}
              <p className="mt-2 text-sm">
                Best <strong>{s.best.percent}%</strong> ({s.best.score}/{s.best.total}) · Latest <strong>{s.latest.percent}%</strong> (
                {s.latest.score}/{s.latest.total}) · {s.attempts} {s.attempts === 1 ? 'attempt' : 'attempts'}
              </p>
              <ChangedScores summary={s} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-attempts">
        <h2 id="all-attempts" className="text-lg font-semibold">
          Every attempt
        </h2>
        <div className="mt-3">
          <ScrollTable label="Attempts, newest first">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-4">Date</th>
                <th scope="col" className="py-2 pr-4">Quiz</th>
                <th scope="col" className="py-2">Score</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.attemptId} className="border-b border-stone-200 dark:border-stone-800">
                  <td className="py-2 pr-4 whitespace-nowrap"><LocalTime iso={a.submittedAt.toISOString()} /></td>
                  <td className="py-2 pr-4">
                    <Link href={`/attempts/${a.attemptId}/results`} className="underline">
                      {a.assignment ? a.assignment.title : a.article.title}
                    </Link>
                    <span className="block text-xs text-stone-600 dark:text-stone-400">{a.assignment ? `Assignment · ${a.article.title}` : 'Practice quiz'}</span>
                  </td>
                  <td className="py-2">
                    <span className="whitespace-nowrap">{a.score}/{a.total} ({a.percent}%)</span>
                    {a.changedMarks ? <span className="block"><MarkChanged count={a.changedMarks} by={BY_YOUR_TEACHER} /></span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollTable>
        </div>
      </section>
    </div>
  );
}

/** Which of a quiz's shown scores count a teacher's changed marks: best and latest can be different attempts. */
function ChangedScores({ summary: s }: { summary: QuizScoreSummary }) {
  const shown: [string, ScoreRow][] = s.best === s.latest ? [['This score', s.best]] : [['Best', s.best], ['Latest', s.latest]];
  const changed = shown.filter(([, row]) => row.changedMarks > 0);
  if (!changed.length) return null;
  return (
    <ul className="mt-1 text-sm">
      {changed.map(([label, row]) => (
        <li key={label}>
          {label}: <MarkChanged count={row.changedMarks} by={BY_YOUR_TEACHER} />
        </li>
      ))}
    </ul>
  );
}
