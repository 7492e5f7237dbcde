'use client';
import { useActionState, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { createAssignmentAction } from '@/lib/actions/assignments';
import type { AssignableQuestion } from '@/lib/dal/assignments';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_QUIZ_QUESTIONS } from '@/lib/schemas/assignments';
import { ANSWER_HOLDS_ID, AnswerHoldWarning, readHoldFields, relevantHolds, useServerClock, type HoldFormValues } from '../../../../assignments/_components/answer-hold-warning';
import type { AnswerHoldView } from '../../../../assignments/_components/answer-hold-view';
import { AssignmentRuleFields } from '../../../../assignments/_components/assignment-rule-fields';
import { toLocalInput } from '../../../../assignments/_components/browser-zone';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

interface Props {
  classId: string;
  article: { slug: string; title: string; questions: AssignableQuestion[] };
  /** Other assignments of this teacher holding back answers to this article's questions. */
  holds: AnswerHoldView[];
  /** The server's clock when the page was made (ms). */
  now: number;
}

const subscribe = () => () => {};

/** The browser's clock and zone, known only after hydration (the server renders without them). */
function useBrowserDefaults(): { tzOffset: string; dueAt: string } | null {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      const due = new Date();
      due.setDate(due.getDate() + 7);
      due.setHours(23, 59, 0, 0);
      // The zone's current offset; a due time across a daylight-saving change may be an hour off.
      return `${new Date().getTimezoneOffset()}|${toLocalInput(due.toISOString(), true)}`;
    },
    () => '',
  );
  if (!snapshot) return null;
  const [tzOffset, dueAt] = snapshot.split('|');
  return { tzOffset, dueAt };
}

/** The questions the form would assign: the best N in rank order, or the ticked ones. */
function chosenQuestionIds(questions: AssignableQuestion[], mode: string, bestCount: string, picked: string[]): string[] {
  if (mode === 'pick') return picked;
  const n = Number(bestCount);
  return questions.slice(0, Number.isFinite(n) && n > 0 ? n : 0).map((q) => q.id);
}

function readHoldValues(form: HTMLFormElement, questions: AssignableQuestion[]): HoldFormValues {
  const data = new FormData(form);
  const picked = data.getAll('questionIds').filter((v): v is string => typeof v === 'string');
  return readHoldFields(form, chosenQuestionIds(questions, String(data.get('questionMode') ?? ''), String(data.get('bestCount') ?? ''), picked));
}

export function AssignmentForm({ classId, article, holds, now }: Props) {
  const [state, action, pending] = useActionState(createAssignmentAction, idleState);
  const formRef = useFocusOnRefusal(state);
  const browser = useBrowserDefaults();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const picked = new Set((v.questionIds ?? '').split(',').filter(Boolean));
  const total = article.questions.length;
  // Remounting on each result (and once the browser's zone is known) lets every defaultValue,
  // selects included, show what was submitted after React resets the form.
  const formKey = `${JSON.stringify(v)}|${browser ? 'browser' : 'server'}`;
  // What the answer-hold warning follows, read from the form as the teacher changes it; a
  // remount (new result) starts again from the defaults.
  const [watched, setWatched] = useState<{ key: string; values: HoldFormValues } | null>(null);
  const holdValues: HoldFormValues =
    watched?.key === formKey
      ? watched.values
      : {
          questionIds: chosenQuestionIds(article.questions, v.questionMode ?? 'best', v.bestCount ?? String(Math.min(10, total)), [...picked]),
          openAt: v.openAt ?? '',
          dueAt: v.dueAt ?? browser?.dueAt ?? '',
          reviewPolicy: v.reviewPolicy ?? 'after_due',
        };
  // The clock runs on while the form is open: a hold that ends meanwhile stops being shown.
  const clock = useServerClock(now);
  const hasHolds = relevantHolds(holds, holdValues, clock, browser !== null).length > 0;

  return (
    <form
      ref={formRef}
      key={formKey}
      action={action}
      noValidate
      className="flex flex-col gap-6"
      onChange={holds.length ? (e) => setWatched({ key: formKey, values: readHoldValues(e.currentTarget, article.questions) }) : undefined}
    >
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

      <AssignmentRuleFields
        values={{
          attemptsAllowed: v.attemptsAllowed ?? '1',
          gradingMethod: v.gradingMethod ?? 'highest',
          timeLimitMinutes: v.timeLimitMinutes,
          reviewPolicy: v.reviewPolicy ?? 'after_due',
          latePolicy: v.latePolicy ?? 'refuse',
          shuffleQuestions: v.shuffleQuestions === 'on',
          shuffleChoices: v.shuffleChoices === 'on',
        }}
        errors={errors}
        timeLimitHint="Leave empty for no limit. The server closes the attempt when time is up."
      />

      <AnswerHoldWarning
        holds={holds}
        values={holdValues}
        now={clock}
        isBrowser={browser !== null}
        changeHint="or leave those questions out."
      />

      <div>
        <Button type="submit" disabled={pending} aria-describedby={hasHolds ? ANSWER_HOLDS_ID : undefined}>
          {pending ? 'Assigning…' : 'Assign to the class'}
        </Button>
        {!browser ? <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Without JavaScript, times are read as UTC.</p> : null}
      </div>
    </form>
  );
}
