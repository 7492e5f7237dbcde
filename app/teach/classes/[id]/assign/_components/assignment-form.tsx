'use client';
import { useActionState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { createAssignmentAction } from '@/lib/actions/assignments';
import type { AssignableQuestion } from '@/lib/dal/assignments';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_ATTEMPTS_CHOICE, MAX_QUIZ_QUESTIONS, MAX_TIME_LIMIT_MINUTES } from '@/lib/schemas/assignments';

interface Props {
  classId: string;
  article: { slug: string; title: string; questions: AssignableQuestion[] };
}

const subscribe = () => () => {};
const pad = (n: number) => String(n).padStart(2, '0');
const toLocalInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The browser's clock and zone, known only after hydration (the server renders without them). */
function useBrowserDefaults(): { tzOffset: string; dueAt: string } | null {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      const due = new Date();
      due.setDate(due.getDate() + 7);
      due.setHours(23, 59, 0, 0);
      // The zone's current offset; a due time across a daylight-saving change may be an hour off.
      return `${new Date().getTimezoneOffset()}|${toLocalInput(due)}`;
    },
    () => '',
  );
  if (!snapshot) return null;
  const [tzOffset, dueAt] = snapshot.split('|');
  return { tzOffset, dueAt };
}

const selectClass = 'min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900';

export function AssignmentForm({ classId, article }: Props) {
  const [state, action, pending] = useActionState(createAssignmentAction, idleState);
  const browser = useBrowserDefaults();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const picked = new Set((v.questionIds ?? '').split(',').filter(Boolean));
  const total = article.questions.length;
  // Remounting on each result (and once the browser's zone is known) lets every defaultValue,
  // selects included, show what was submitted after React resets the form.
  const formKey = `${JSON.stringify(v)}|${browser ? 'browser' : 'server'}`;

  return (
    <form key={formKey} action={action} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="articleSlug" value={article.slug} />
      {browser ? <input type="hidden" name="tzOffset" value={browser.tzOffset} /> : null}
      {state.status === 'error' && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}

      <Field name="title" label="Title" required maxLength={120} defaultValue={v.title ?? `${article.title}: quiz`} errors={errors.title} />

      <fieldset className="flex flex-col gap-3">
        <legend className="font-medium">Questions</legend>
        <label className="flex min-h-11 flex-wrap items-center gap-2">
          <input type="radio" name="questionMode" value="best" defaultChecked={(v.questionMode ?? 'best') === 'best'} className="size-5" />
          The best
          <input
            type="number"
            name="bestCount"
            aria-label="How many questions"
            min={1}
            max={Math.min(MAX_QUIZ_QUESTIONS, total)}
            defaultValue={v.bestCount ?? Math.min(10, total)}
            className="min-h-11 w-20 rounded-md border border-stone-400 bg-white px-2 dark:border-stone-600 dark:bg-stone-900"
          />
          approved questions (of {total})
        </label>
        {errors.bestCount ? <p className="text-sm text-red-700 dark:text-red-400">{errors.bestCount.join(' ')}</p> : null}
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="questionMode" value="pick" defaultChecked={v.questionMode === 'pick'} className="size-5" />
          Only the questions I tick below
        </label>
        <details open={v.questionMode === 'pick'} className="rounded-md border border-stone-200 dark:border-stone-800">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium">Approved questions ({total})</summary>
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {article.questions.map((q) => (
              <li key={q.id}>
                <label className="flex gap-3 p-3">
                  <input type="checkbox" name="questionIds" value={q.id} defaultChecked={picked.has(q.id)} className="mt-1 size-5 shrink-0" />
                  <span className="min-w-0 break-words">
                    {q.prompt}
                    <span className="block text-sm text-stone-600 dark:text-stone-400">
                      {q.type.replace('_', ' ')} · {q.kind}
                      {q.origin === 'teacher' ? ' · written by a teacher' : ''}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </details>
        {errors.questionIds ? <p className="text-sm text-red-700 dark:text-red-400">{errors.questionIds.join(' ')}</p> : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="openAt" label="Opens" type="datetime-local" defaultValue={v.openAt} hint="Leave empty to open now." errors={errors.openAt} />
        <Field name="dueAt" label="Due" type="datetime-local" required defaultValue={v.dueAt ?? browser?.dueAt} errors={errors.dueAt} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="attemptsAllowed" className="font-medium">Attempts allowed</label>
          <select id="attemptsAllowed" name="attemptsAllowed" defaultValue={v.attemptsAllowed ?? '1'} className={selectClass}>
            {Array.from({ length: MAX_ATTEMPTS_CHOICE }, (_, i) => (
              <option key={i + 1} value={i + 1}>{i + 1}</option>
            ))}
            <option value="unlimited">Unlimited</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="gradingMethod" className="font-medium">Grade by</label>
          <select id="gradingMethod" name="gradingMethod" defaultValue={v.gradingMethod ?? 'highest'} className={selectClass}>
            <option value="highest">Highest attempt</option>
            <option value="latest">Latest attempt</option>
            <option value="first">First attempt</option>
            <option value="average">Average of attempts</option>
          </select>
        </div>
        <Field
          name="timeLimitMinutes"
          label="Time limit (minutes)"
          type="number"
          min={1}
          max={MAX_TIME_LIMIT_MINUTES}
          defaultValue={v.timeLimitMinutes}
          hint="Leave empty for no limit. The server closes the attempt when time is up."
          errors={errors.timeLimitMinutes}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="reviewPolicy" className="font-medium">Students see correct answers</label>
          <select id="reviewPolicy" name="reviewPolicy" defaultValue={v.reviewPolicy ?? 'after_due'} className={selectClass}>
            <option value="immediately">Right after submitting</option>
            <option value="after_due">After the due time</option>
            <option value="never">Never</option>
          </select>
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="latePolicy" className="font-medium">After the due time</label>
          <select id="latePolicy" name="latePolicy" defaultValue={v.latePolicy ?? 'refuse'} className={selectClass}>
            <option value="refuse">Close the quiz: no late work</option>
            <option value="mark_late">Accept late work, marked late</option>
          </select>
        </div>
      </div>

      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Shuffle</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={v.shuffleQuestions === 'on'} className="size-5" /> Question order, for each student
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleChoices" defaultChecked={v.shuffleChoices === 'on'} className="size-5" /> Choice order of multiple-choice questions
        </label>
      </fieldset>

      <div>
        <Button type="submit" disabled={pending}>{pending ? 'Assigning…' : 'Assign to the class'}</Button>
        {!browser ? <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Without JavaScript, times are read as UTC.</p> : null}
      </div>
    </form>
  );
}
