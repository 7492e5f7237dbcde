'use client';
// The settings an assignment is given when it is made and may be changed to later: attempts,
// grading, time limit, review and late rules, shuffling. One set of fields for both forms.
import type { ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { MAX_ATTEMPTS_CHOICE, MAX_TIME_LIMIT_MINUTES } from '@/lib/schemas/assignments';

const selectClass = 'min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900';

function Select({ name, label, defaultValue, error, hint, children }: { name: string; label: string; defaultValue: string; error?: string[]; hint?: string; children: ReactNode }) {
  const describedBy = [hint ? `${name}-hint` : null, error?.length ? `${name}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={selectClass}
      >
        {children}
      </select>
      {hint ? <p id={`${name}-hint`} className="text-sm text-stone-600 dark:text-stone-400">{hint}</p> : null}
      {error?.length ? <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-400">{error.join(' ')}</p> : null}
    </div>
  );
}

export interface RuleValues {
  attemptsAllowed: string;
  gradingMethod: string;
  timeLimitMinutes?: string;
  reviewPolicy: string;
  latePolicy: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
}

export function AssignmentRuleFields({
  values,
  errors,
  timeLimitHint,
  shuffleLocked = false,
}: {
  values: RuleValues;
  errors: Record<string, string[] | undefined>;
  timeLimitHint: string;
  /** Once a student has started, reshuffling would reorder a running attempt. */
  shuffleLocked?: boolean;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="attemptsAllowed" label="Attempts allowed" defaultValue={values.attemptsAllowed} error={errors.attemptsAllowed}>
          {Array.from({ length: MAX_ATTEMPTS_CHOICE }, (_, i) => (
            <option key={i + 1} value={i + 1}>{i + 1}</option>
          ))}
          <option value="unlimited">Unlimited</option>
        </Select>
        <Select name="gradingMethod" label="Grade by" defaultValue={values.gradingMethod} error={errors.gradingMethod} hint="Matters only when more than one attempt is allowed.">
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
          defaultValue={values.timeLimitMinutes}
          hint={timeLimitHint}
          errors={errors.timeLimitMinutes}
        />
        <Select name="reviewPolicy" label="Students see correct answers" defaultValue={values.reviewPolicy} error={errors.reviewPolicy}>
          <option value="immediately">Right after submitting</option>
          <option value="after_due">After the due time</option>
          <option value="never">Never</option>
        </Select>
        <div className="sm:col-span-2">
          <Select name="latePolicy" label="After the due time" defaultValue={values.latePolicy} error={errors.latePolicy}>
            <option value="refuse">Close the quiz: no late work</option>
            <option value="mark_late">Accept late work, marked late</option>
          </Select>
        </div>
      </div>

      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Shuffle</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={values.shuffleQuestions} disabled={shuffleLocked} className="size-5" /> Question order, for each student
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleChoices" defaultChecked={values.shuffleChoices} disabled={shuffleLocked} className="size-5" /> Choice order of multiple-choice questions
        </label>
        {shuffleLocked ? <p className="text-sm text-stone-600 dark:text-stone-400">Shuffling is fixed once a student has started.</p> : null}
      </fieldset>
    </>
  );
}
