'use client';
import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { updateAssignmentAction } from '@/lib/actions/assignments-edit';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_ATTEMPTS_CHOICE, MAX_TIME_LIMIT_MINUTES } from '@/lib/schemas/assignments';
import { toLocalInput, useBrowserOffset } from '../../../_components/browser-zone';

export interface EditableAssignment {
  id: string;
  title: string;
  openAt: string;
  dueAt: string;
  attemptsAllowed: number | null;
  gradingMethod: string;
  timeLimitSeconds: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  reviewPolicy: string;
  latePolicy: string;
  attemptCount: number;
  runningCount: number;
}

const selectClass = 'min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900';

function Select({ name, label, defaultValue, error, children }: { name: string; label: string; defaultValue: string; error?: string[]; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${name}-error` : undefined}
        className={selectClass}
      >
        {children}
      </select>
      {error?.length ? <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-400">{error.join(' ')}</p> : null}
    </div>
  );
}

export function EditAssignmentForm({ assignment: a }: { assignment: EditableAssignment }) {
  const [state, action, pending] = useActionState(updateAssignmentAction, idleState);
  const offset = useBrowserOffset();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const hasStarted = a.attemptCount > 0;
  // Remount on each result, and once the zone is known, so every defaultValue is current.
  const formKey = `${JSON.stringify(v)}|${offset ?? 'server'}`;
  const checked = (name: 'shuffleQuestions' | 'shuffleChoices') => (state.values ? v[name] === 'on' : a[name]);

  return (
    <form key={formKey} action={action} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="assignmentId" value={a.id} />
      {offset ? <input type="hidden" name="tzOffset" value={offset} /> : null}
      {state.status === 'error' && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}

      <Field name="title" label="Title" required maxLength={120} defaultValue={v.title ?? a.title} errors={errors.title} />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="openAt" label="Opens" type="datetime-local" required defaultValue={v.openAt ?? toLocalInput(a.openAt, offset !== null)} errors={errors.openAt} />
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

      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="attemptsAllowed" label="Attempts allowed" defaultValue={v.attemptsAllowed ?? String(a.attemptsAllowed ?? 'unlimited')} error={errors.attemptsAllowed}>
          {Array.from({ length: MAX_ATTEMPTS_CHOICE }, (_, i) => (
            <option key={i + 1} value={i + 1}>{i + 1}</option>
          ))}
          <option value="unlimited">Unlimited</option>
        </Select>
        <Select name="gradingMethod" label="Grade by" defaultValue={v.gradingMethod ?? a.gradingMethod} error={errors.gradingMethod}>
          <option value="highest">Highest attempt</option>
          <option value="latest">Latest attempt</option>
          <option value="first">First attempt</option>
          <option value="average">Average of attempts</option>
        </Select>
        <Field
          name="timeLimitMinutes"
          label="Time limit (minutes)"
          type="number"
          min={1}
          max={MAX_TIME_LIMIT_MINUTES}
          defaultValue={v.timeLimitMinutes ?? (a.timeLimitSeconds ? String(Math.round(a.timeLimitSeconds / 60)) : '')}
          hint="Leave empty for no limit."
          errors={errors.timeLimitMinutes}
        />
        <Select name="reviewPolicy" label="Students see correct answers" defaultValue={v.reviewPolicy ?? a.reviewPolicy} error={errors.reviewPolicy}>
          <option value="immediately">Right after submitting</option>
          <option value="after_due">After the due time</option>
          <option value="never">Never</option>
        </Select>
        <div className="sm:col-span-2">
          <Select name="latePolicy" label="After the due time" defaultValue={v.latePolicy ?? a.latePolicy} error={errors.latePolicy}>
            <option value="refuse">Close the quiz: no late work</option>
            <option value="mark_late">Accept late work, marked late</option>
          </Select>
        </div>
      </div>

      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Shuffle</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked('shuffleQuestions')} disabled={hasStarted} className="size-5" /> Question order, for each student
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleChoices" defaultChecked={checked('shuffleChoices')} disabled={hasStarted} className="size-5" /> Choice order of multiple-choice questions
        </label>
        {hasStarted ? <p className="text-sm text-stone-600 dark:text-stone-400">Shuffling is fixed once a student has started.</p> : null}
      </fieldset>

      <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm dark:border-sky-900 dark:bg-sky-950">
        <p className="font-medium">Students already taking it{a.runningCount ? ` (${a.runningCount} now)` : ''}</p>
        <p className="mt-1">
          A new due time or time limit applies to attempts in progress too, counted from when each one started. More time
          is given at once. Less time never ends an attempt sooner than one minute after you save, so nobody is cut off mid-answer.
          Submitted attempts keep their scores; late marks are not recalculated.
        </p>
      </div>

      <div className="flex flex-col gap-2">
        <Button type="submit" disabled={pending} className="sm:self-start">{pending ? 'Saving…' : 'Save changes'}</Button>
        {!offset ? <p className="text-sm text-stone-600 dark:text-stone-400">Without JavaScript, times are shown and read as UTC.</p> : null}
      </div>
    </form>
  );
}
