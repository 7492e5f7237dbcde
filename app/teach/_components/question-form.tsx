'use client';
// Add or edit a question. Only the answer section for the checked type shows; CSS follows the
// checked radio (no JavaScript needed), so the first paint is the hydrated page: nothing moves
// and nothing typed before the script runs is dropped. A multiple-choice question has as many
// choice fields as it has choices (at least four, at most what an import may bring), so saving
// never drops one. With JavaScript "Add a choice" adds one field at a time; without it a
// <noscript> disclosure holds the rest of the fields up to the limit. A browser with scripting
// on never renders <noscript>, so those fields cannot appear and then vanish at hydration.
import { useActionState, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { saveQuestion } from '@/lib/actions/review';
import { idleState } from '@/lib/schemas/action-state';
import {
  QUESTION_ANSWER_MAX,
  QUESTION_CHOICE_MAX,
  QUESTION_EXPLANATION_MAX,
  QUESTION_MAX_ACCEPTED,
  QUESTION_MAX_CHOICES,
  QUESTION_PROMPT_MAX,
} from '@/lib/input-limits';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

export interface QuestionFormValues {
  type: 'multiple_choice' | 'true_false' | 'short_answer';
  prompt: string;
  choices: string[];
  answer: string;
  /** Short answers: the other accepted answers. */
  accepted: string[];
  explanation: string;
}

/** Choice fields a new question starts with. */
const FIRST_CHOICE_FIELDS = 4;

/** How many fields it takes to show every choice up to the last filled one. */
function fieldsFor(choices: readonly string[]): number {
  let last = 0;
  choices.forEach((c, i) => {
    if (c.trim()) last = i + 1;
  });
  return last;
}

const TYPES = [
  { value: 'multiple_choice', label: 'Multiple choice' },
  { value: 'true_false', label: 'True/false' },
  { value: 'short_answer', label: 'Short answer' },
] as const;

/**
 * Hides an answer section unless its type's radio is checked. Written out in full for each type
 * so Tailwind finds the classes; a browser without :has() shows every section, which still works.
 */
const SECTION_FOR: Record<QuestionFormValues['type'], string> = {
  multiple_choice: '[form:not(:has([name=type][value^=multiple]:checked))_&]:hidden',
  true_false: '[form:not(:has([name=type][value^=true]:checked))_&]:hidden',
  short_answer: '[form:not(:has([name=type][value^=short]:checked))_&]:hidden',
};

const noop = () => () => {};
const TEXT_AREAS = ['field-prompt', 'field-acceptedAnswers', 'field-explanation'];

/**
 * React 19 sets a textarea that has a default value back to that value when it hydrates (inputs it
 * leaves alone), so text typed into one before the script ran would be lost. Only while hydrating
 * (a form mounted later must not take another page's text): read what is typed before React
 * reaches the fields, and put it back before the browser paints.
 */
function useTextTypedBeforeHydration() {
  const isHydrating = !useSyncExternalStore(noop, () => true, () => false);
  const [typed] = useState(() =>
    isHydrating && typeof document !== 'undefined'
      ? TEXT_AREAS.flatMap((id) => {
          const field = document.getElementById(id);
          return field instanceof HTMLTextAreaElement ? [{ id, value: field.value, focused: document.activeElement === field, start: field.selectionStart, end: field.selectionEnd }] : [];
        })
      : [],
  );
  useLayoutEffect(() => {
    for (const { id, value, focused, start, end } of typed) {
      const field = document.getElementById(id);
      if (!(field instanceof HTMLTextAreaElement) || field.value === value) continue;
      field.value = value;
      if (focused) field.setSelectionRange(start, end);
    }
  }, [typed]);
}

function ChoiceRow({ index, value, checked, errors }: { index: number; value: string; checked: boolean; errors?: string[] }) {
  return (
    <div className="flex items-start gap-1 sm:gap-2">
      {/* The label makes the whole 44 px square a target for the small radio. */}
      <label className="mt-7 flex size-11 shrink-0 cursor-pointer items-center justify-center rounded-md has-focus-visible:outline-2 has-focus-visible:outline-sky-600">
        <input
          type="radio"
          name="correctChoice"
          value={index + 1}
          defaultChecked={checked}
          aria-label={`Choice ${index + 1} is correct`}
          className="size-5 accent-sky-700"
        />
      </label>
      <div className="min-w-0 grow">
        <Field
          name={`choice${index + 1}`}
          label={`Choice ${index + 1}`}
          defaultValue={value}
          maxLength={QUESTION_CHOICE_MAX}
          autoComplete="off"
          errors={errors}
        />
      </div>
    </div>
  );
}

export function QuestionForm({ slug, questionId, initial }: { slug?: string; questionId?: string; initial?: QuestionFormValues }) {
  const [state, action, pending] = useActionState(saveQuestion, idleState);
  const formRef = useFocusOnRefusal(state);
  useTextTypedBeforeHydration();
  const errors = state.fieldErrors ?? {};
  // After a refused submit React resets the form; the submitted values come back in the state.
  const sent = state.values;
  const initialChoices = initial?.type === 'multiple_choice' ? initial.choices : [];
  const sentChoices = sent ? Array.from({ length: QUESTION_MAX_CHOICES }, (_, i) => sent[`choice${i + 1}`] ?? '') : [];
  const [addedFields, setAddedFields] = useState(0);
  const baseFields = Math.max(FIRST_CHOICE_FIELDS, fieldsFor(initialChoices));
  // The same count on the server and at hydration: it depends on neither.
  const fieldCount = Math.min(QUESTION_MAX_CHOICES, Math.max(baseFields + addedFields, fieldsFor(sentChoices)));
  const choiceValue = (i: number) => sent?.[`choice${i + 1}`] ?? initialChoices[i] ?? '';
  const choices = Array.from({ length: fieldCount }, (_, i) => choiceValue(i));
  const spareFields = Array.from({ length: QUESTION_MAX_CHOICES - fieldCount }, (_, i) => fieldCount + i);
  const addChoice = () => {
    // Rendered at once, so the focus can go to the new field (its label names it).
    flushSync(() => setAddedFields(fieldCount + 1 - baseFields));
    document.getElementById(`field-choice${fieldCount + 1}`)?.focus();
  };
  const choicesError = [...(errors.choices ?? []), ...(errors.correctChoice ?? [])];
  const correctIndex = sent?.correctChoice
    ? Number(sent.correctChoice) - 1
    : initial?.type === 'multiple_choice' ? initial.choices.indexOf(initial.answer) : 0;
  const trueFalse = sent ? sent.trueFalseAnswer : initial?.type === 'true_false' ? initial.answer : undefined;
  const accepted = sent?.acceptedAnswers ?? (initial?.type === 'short_answer' ? initial.accepted.join('\n') : '');
  const acceptedDescribedBy = ['field-acceptedAnswers-hint', errors.acceptedAnswers ? 'field-acceptedAnswers-error' : null].filter(Boolean).join(' ');
  const markedIndex = Math.max(correctIndex, 0);

  return (
    <form ref={formRef} action={action} className="flex flex-col gap-5" noValidate>
      {state.status === 'error' && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      {slug ? <input type="hidden" name="slug" value={slug} /> : null}
      {questionId ? <input type="hidden" name="questionId" value={questionId} /> : null}
      {/* Radios, not a select: React's reset after a refused submit restores their defaults. */}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Type</legend>
        <div className="flex flex-wrap gap-2">
          {TYPES.map((t) => (
            <label key={t.value} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-3 has-checked:border-sky-600 dark:border-stone-700">
              <input
                type="radio"
                name="type"
                value={t.value}
                defaultChecked={(sent?.type ?? initial?.type ?? 'multiple_choice') === t.value}
                className="size-5 accent-sky-700"
              />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-prompt" className="font-medium">Question</label>
        <textarea
          id="field-prompt"
          name="prompt"
          required
          maxLength={QUESTION_PROMPT_MAX}
          rows={3}
          defaultValue={sent?.prompt ?? initial?.prompt}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={errors.prompt ? 'field-prompt-error' : undefined}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
        {errors.prompt ? <p id="field-prompt-error" className="text-sm text-red-700 dark:text-red-400">{errors.prompt.join(' ')}</p> : null}
      </div>
      <fieldset
        className={`flex flex-col gap-3 rounded-md border border-stone-300 p-3 dark:border-stone-700 ${SECTION_FOR.multiple_choice}`}
        aria-describedby={['choices-hint', choicesError.length ? 'choices-error' : null].filter(Boolean).join(' ')}
      >
        <legend className="px-1 font-medium">Choices (multiple choice) — mark the correct one</legend>
        <p id="choices-hint" className="text-sm text-stone-600 dark:text-stone-400">
          Up to {QUESTION_MAX_CHOICES} choices; blank ones are left out. Each must differ by more than capital letters.
        </p>
        {choices.map((c, i) => (
          <ChoiceRow key={i} index={i} value={c} checked={i === markedIndex} errors={errors[`choice${i + 1}`]} />
        ))}
        {spareFields.length ? (
          <>
            {/* Shown on the server's first paint too (no jump); hidden when the browser runs no script. */}
            <div className="[@media(scripting:none)]:hidden">
              <Button type="button" variant="secondary" onClick={addChoice}>
                Add a choice
              </Button>
            </div>
            <noscript>
              <details>
                <summary className={buttonClasses('secondary', 'cursor-pointer')}>Add more choices (up to {QUESTION_MAX_CHOICES})</summary>
                <div className="mt-3 flex flex-col gap-3">
                  {spareFields.map((i) => (
                    <ChoiceRow key={i} index={i} value={choiceValue(i)} checked={i === markedIndex} />
                  ))}
                </div>
              </details>
            </noscript>
          </>
        ) : null}
        {choicesError.length ? (
          <p id="choices-error" className="text-sm text-red-700 dark:text-red-400">{choicesError.join(' ')}</p>
        ) : null}
      </fieldset>
      <fieldset className={`flex flex-col gap-2 rounded-md border border-stone-300 p-3 dark:border-stone-700 ${SECTION_FOR.true_false}`}>
        <legend className="px-1 font-medium">The statement is (true/false)</legend>
        {(['true', 'false'] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="trueFalseAnswer" value={v} defaultChecked={trueFalse === v} className="size-5 accent-sky-700" />
            {v === 'true' ? 'True' : 'False'}
          </label>
        ))}
        {errors.trueFalseAnswer ? <p className="text-sm text-red-700 dark:text-red-400">{errors.trueFalseAnswer.join(' ')}</p> : null}
      </fieldset>
      <div className={`flex flex-col gap-4 ${SECTION_FOR.short_answer}`}>
        <Field
          name="shortAnswer"
          label="Expected answer (short answer)"
          hint="Case, accents and surrounding punctuation are forgiven when grading."
          defaultValue={sent?.shortAnswer ?? (initial?.type === 'short_answer' ? initial.answer : '')}
          maxLength={QUESTION_ANSWER_MAX}
          errors={errors.shortAnswer}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-acceptedAnswers" className="font-medium">
            Other accepted answers <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
          </label>
          <textarea
            id="field-acceptedAnswers"
            name="acceptedAnswers"
            rows={3}
            autoComplete="off"
            defaultValue={accepted}
            aria-invalid={errors.acceptedAnswers ? true : undefined}
            aria-describedby={acceptedDescribedBy}
            className="rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
          />
          <p id="field-acceptedAnswers-hint" className="text-sm text-stone-600 dark:text-stone-400">
            One answer a line (up to {QUESTION_MAX_ACCEPTED}, {QUESTION_ANSWER_MAX} characters each), graded like the expected
            answer: an abbreviation and its full name, say. Students see them after submitting.
          </p>
          {errors.acceptedAnswers ? (
            <p id="field-acceptedAnswers-error" className="text-sm text-red-700 dark:text-red-400">{errors.acceptedAnswers.join(' ')}</p>
          ) : null}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-explanation" className="font-medium">Explanation (shown with the answer)</label>
        <textarea
          id="field-explanation"
          name="explanation"
          maxLength={QUESTION_EXPLANATION_MAX}
          rows={3}
          defaultValue={sent?.explanation ?? initial?.explanation}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : questionId ? 'Save as a new approved version' : 'Add question'}
      </Button>
    </form>
  );
}
