import { LocalTime } from '@/components/local-time';
import { MarkChanged } from '@/components/mark-changed';
import { GRADING_METHOD_TEXT } from '@/lib/assignments/policy';
import type { StudentAttempt } from '@/lib/dal/student-answers';
import { AnswerMarkForm } from './answer-mark-form';

const badge = 'ml-2 inline-block rounded px-1.5 text-sm';

/** One student's attempts at an assignment: each submitted answer beside the answer key. */
export function StudentAnswers({ name, attempts, grade, gradingMethod }: { name: string; attempts: StudentAttempt[]; grade: number | null; gradingMethod: string }) {
  return (
    <section aria-labelledby="answers" className="mt-6">
      <h2 id="answers" className="text-lg font-semibold">Answers</h2>
      {grade !== null ? (
        <p className="mt-1" data-testid="student-grade">
          Grade: <strong>{grade}%</strong> (by {GRADING_METHOD_TEXT[gradingMethod] ?? gradingMethod}, as in the gradebook). Marking an answer
          correct or not correct recounts its attempt’s score and this grade.
        </p>
      ) : null}
      {attempts.length === 0 ? <p className="mt-2">{name} has not started this assignment.</p> : (
      <ol className="mt-3 flex flex-col gap-6">
        {attempts.map((t) => (
          <li key={t.id}>
            <h3 className="font-semibold">
              Attempt {t.number}
              {t.percent !== null ? <>: {t.score}/{t.total} ({t.percent}%)</> : null}
            </h3>
            {t.changedMarks ? <p><MarkChanged count={t.changedMarks} /></p> : null}
            <p className="text-sm text-stone-600 dark:text-stone-400">
              Started <LocalTime iso={t.startedAt.toISOString()} />
              {t.submittedAt ? <>; submitted <LocalTime iso={t.submittedAt.toISOString()} /></> : null}
              {t.isLate ? <span className={`${badge} bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100`}>late</span> : null}
              {t.autoSubmitted ? <span className={`${badge} bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-100`}>closed at time limit</span> : null}
            </p>
            {t.status === 'in_progress' ? (
              <p className="mt-2">
                In progress: {t.answered} of {t.total} answered so far. The answers show here once it is submitted.
              </p>
            ) : (
              <ol className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {t.answers.map((a, i) => (
                  <li key={a.questionId} className="flex flex-col gap-1 p-3">
                    <p id={`prompt-${t.id}-${a.questionId}`} className="font-medium break-words">{i + 1}. {a.prompt}</p>
                    <p className="break-words">
                      <span className={a.isCorrect ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'font-semibold text-red-800 dark:text-red-300'}>
                        {a.isCorrect ? '✓ Right' : a.given === null ? '✗ Left blank' : '✗ Wrong'}
                      </span>
                      {a.given !== null ? <>: {a.given}</> : null}
                    </p>
                    {a.override ? (
                      <p className="text-sm text-stone-700 dark:text-stone-300">
                        Marked {a.isCorrect ? 'correct' : 'not correct'} by {a.override.by}, <LocalTime iso={a.override.at.toISOString()} />{' '}
                        (the automatic grade was {a.isCorrect ? 'wrong' : 'right'}).
                      </p>
                    ) : null}
                    {a.isCorrect ? null : (
                      <p className="text-sm break-words text-stone-700 dark:text-stone-300">
                        Correct answer: <strong>{a.expected}</strong>
                        {a.accepted.length ? <> · also accepted: {a.accepted.join('; ')}</> : null}
                      </p>
                    )}
                    {a.given !== null ? (
                      <AnswerMarkForm describedBy={`prompt-${t.id}-${a.questionId}`} attemptId={t.id} questionId={a.questionId} isCorrect={a.isCorrect} sameNotCorrect={a.sameNotCorrect} sameCorrect={a.sameCorrect} sameTotal={a.sameTotal} />
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      )}
    </section>
  );
}
