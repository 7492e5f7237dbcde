'use client';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { AssignmentSettings } from '@/lib/assignments/policy';
import { updateAssignmentAction } from '@/lib/actions/assignments-edit';
import { idleState } from '@/lib/schemas/action-state';
import { ANSWER_HOLDS_ID, AnswerHoldWarning, readHoldFields, relevantHolds, useServerClock, type HoldFormValues } from '../../../_components/answer-hold-warning';
import type { AnswerHoldView } from '../../../_components/answer-hold-view';
import { AssignmentRuleFields } from '../../../_components/assignment-rule-fields';
import { toLocalInput, useBrowserOffset } from '../../../_components/browser-zone';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

export interface EditableAssignment extends AssignmentSettings<string> {
  id: string;
  title: string;
  attemptCount: number;
  runningCount: number;
}

export function EditAssignmentForm({ assignment: a, holds, now }: {
  assignment: EditableAssignment;
  /** The teacher's other assignments holding back answers to this one's questions. */
  holds: AnswerHoldView[];
  /** The server's clock when the page was made (ms). */
  now: number;
}) {
  const [state, action, pending] = useActionState(updateAssignmentAction, idleState);
  const formRef = useFocusOnRefusal(state);
  const offset = useBrowserOffset();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const hasStarted = a.attemptCount > 0;
  // A scheduled assignment can be opened at once ("Now"); the page's server clock decides.
  const notOpenYet = new Date(a.openAt).getTime() > now;
  // Remount on each result, and once the zone is known, so every defaultValue is current.
  const formKey = `${JSON.stringify(v)}|${offset ?? 'server'}`;
  // The answer-hold warning follows the dates and review setting as they are changed.
  const [watched, setWatched] = useState<{ key: string; values: HoldFormValues } | null>(null);
  const holdValues: HoldFormValues =
    watched?.key === formKey
      ? watched.values
      : {
          questionIds: null,
          openAt: v.openAt ?? toLocalInput(a.openAt, offset !== null),
          dueAt: v.dueAt ?? toLocalInput(a.dueAt, offset !== null),
          reviewPolicy: v.reviewPolicy ?? a.reviewPolicy,
        };
  // The clock runs on while the form is open: a hold that ends meanwhile stops being shown.
  const clock = useServerClock(now);
  const hasHolds = relevantHolds(holds, holdValues, clock, offset !== null).length > 0;
  const checked = (name: 'shuffleQuestions' | 'shuffleChoices') => (state.values ? v[name] === 'on' : a[name]);

  return (
    <form
      ref={formRef}
      key={formKey}
      action={action}
      noValidate
      className="flex flex-col gap-6"
      onChange={holds.length ? (e) => setWatched({ key: formKey, values: readHoldFields(e.currentTarget) }) : undefined}
    >
      <input type="hidden" name="assignmentId" value={a.id} />
      {offset ? <input type="hidden" name="tzOffset" value={offset} /> : null}
      {state.status === 'error' && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}

      <Field name="title" label="Title" required maxLength={120} defaultValue={v.title ?? a.title} errors={errors.title} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-2">
          <Field
            name="openAt"
            label="Opens"
            type="datetime-local"
            defaultValue={v.openAt ?? toLocalInput(a.openAt, offset !== null)}
            hint={notOpenYet ? '“Now” fills in the current time: it opens when you save.' : undefined}
            errors={errors.openAt}
          />
          {notOpenYet ? (
            <Button
              type="button"
              variant="secondary"
              className="self-start"
              onClick={(event) => {
                // Filled in, not left empty: an empty (or partly typed) time never opens it.
                const form = event.currentTarget.form;
                const input = form?.elements.namedItem('openAt');
                if (!(input instanceof HTMLInputElement)) return;
                input.value = toLocalInput(new Date().toISOString(), true);
                if (holds.length) setWatched({ key: formKey, values: readHoldFields(form!) });
                input.focus();
              }}
            >
              Now
            </Button>
          ) : null}
        </div>
        <Field
          name="dueAt"
          label="Due"
          type="datetime-local"
          required
          defaultValue={v.dueAt ?? toLocalInput(a.dueAt, offset !== null)}
          hint="Students with their own extension keep it while it is later than this."
          errors={errors.dueAt}
        />
      </div>

      <AssignmentRuleFields
        values={{
          attemptsAllowed: v.attemptsAllowed ?? String(a.attemptsAllowed ?? 'unlimited'),
          gradingMethod: v.gradingMethod ?? a.gradingMethod,
          timeLimitMinutes: v.timeLimitMinutes ?? (a.timeLimitSeconds ? String(Math.round(a.timeLimitSeconds / 60)) : ''),
          reviewPolicy: v.reviewPolicy ?? a.reviewPolicy,
          latePolicy: v.latePolicy ?? a.latePolicy,
          shuffleQuestions: checked('shuffleQuestions'),
          shuffleChoices: checked('shuffleChoices'),
        }}
        errors={errors}
        timeLimitHint="Leave empty for no limit."
        shuffleLocked={hasStarted}
      />

      {/* Only once someone has started: before that no attempt is affected (QA: it showed beside "Nobody has started yet"). */}
      {hasStarted ? (
        <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm dark:border-sky-900 dark:bg-sky-950">
          <p className="font-medium">Students already taking it{a.runningCount ? ` (${a.runningCount} now)` : ''}</p>
          <p className="mt-1">
            A new due time or time limit applies to attempts in progress too, counted from when each one started. More time
            is given at once. Less time never ends an attempt sooner than one minute after you save, so nobody is cut off mid-answer.
            Submitted attempts keep their scores; late marks are not recalculated.
          </p>
        </div>
      ) : null}

      <AnswerHoldWarning
        holds={holds}
        values={holdValues}
        now={clock}
        isBrowser={offset !== null}
        changeHint=""
      />

      <div className="flex flex-col gap-2">
        <Button type="submit" disabled={pending} className="sm:self-start" aria-describedby={hasHolds ? ANSWER_HOLDS_ID : undefined}>
          {pending ? 'Saving…' : 'Save changes'}
        </Button>
        {!offset ? <p className="text-sm text-stone-600 dark:text-stone-400">Without JavaScript, times are shown and read as UTC.</p> : null}
      </div>
    </form>
  );
}
