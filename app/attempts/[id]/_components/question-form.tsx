'use client';
// One quiz question. Works as a plain form without JavaScript (each button saves and moves);
// with JavaScript, a choice is saved the moment it is picked, and 1–4 pick choices.
import { useActionState, useEffect, useRef, useTransition } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { saveAnswer } from '@/lib/actions/attempts';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_ANSWER_LENGTH } from '@/lib/input-limits';
import { useAnsweredCount } from './answered-count';

interface Props {
  attemptId: string;
  index: number;
  total: number;
  question: { id: string; type: string; prompt: string; choices: { label: string; value: string }[] };
  savedAnswer: string | null;
}

export function QuestionForm({ attemptId, index, total, question, savedAnswer }: Props) {
  const [state, formAction, pending] = useActionState(saveAnswer, idleState);
  const [saving, startSaving] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // The answer this tab believes is stored. Saves from one form run in order, so each save
  // assumes the one before it landed; a save refused as stale says so and asks for a reload.
  const seenRef = useRef(savedAnswer ?? '');
  // Whether "N of M answered" counts this question, so a save moves the count only on a change.
  const countedRef = useRef(Boolean(savedAnswer));
  const { adjust } = useAnsweredCount(0);
  const isLast = index === total - 1;
  const headingId = `q-${question.id}-prompt`;

  function saveNow() {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    data.delete('goTo');
    data.set('seen', seenRef.current);
    seenRef.current = String(data.get('answer') ?? '').trim();
    // Next/Back post the form itself (which also works without JavaScript), so its hidden
    // field must follow what this tab has saved.
    const seenField = form.elements.namedItem('seen');
    if (seenField instanceof HTMLInputElement) seenField.value = seenRef.current;
    startSaving(() => formAction(data));
  }

  useEffect(() => {
    if (state.status !== 'ok') return;
    const answered = seenRef.current !== '';
    if (answered !== countedRef.current) {
      countedRef.current = answered;
      adjust(answered ? 1 : -1);
    }
  }, [state, adjust]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'TEXTAREA' || (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text')) return;
      const n = Number(event.key);
      if (!Number.isInteger(n) || n < 1) return;
      const radio = formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[n - 1];
      if (!radio) return;
      event.preventDefault();
      radio.checked = true;
      radio.focus();
      saveNow();
    }
    window.addEventListener('keydown', onKey);
    // Shortcuts work only from here on (after hydration); the attribute says so, and tests wait on it.
    formRef.current?.setAttribute('data-keys-ready', 'true');
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      aria-labelledby={headingId}
      className="flex flex-col gap-5"
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={question.id} />
      {/* Without JavaScript the page's own copy of the stored answer is what this tab saw. */}
      <input type="hidden" name="seen" defaultValue={savedAnswer ?? ''} />
      <h2 id={headingId} className="text-xl font-medium leading-snug">
        {question.prompt}
      </h2>
      {question.type === 'short_answer' ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`answer-${question.id}`} className="font-medium">
            Your answer
          </label>
          <input
            id={`answer-${question.id}`}
            name="answer"
            type="text"
            defaultValue={savedAnswer ?? ''}
            maxLength={MAX_ANSWER_LENGTH}
            autoComplete="off"
            onBlur={saveNow}
            className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
      ) : (
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">Choices (press 1 to {question.choices.length})</legend>
          {question.choices.map((choice, i) => (
            <label
              key={choice.value}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-4 py-3 has-checked:border-sky-600 has-checked:bg-sky-50 dark:border-stone-700 dark:bg-stone-900 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name="answer"
                value={choice.value}
                defaultChecked={savedAnswer === choice.value}
                onChange={saveNow}
                className="size-5 accent-sky-700"
              />
              <span aria-hidden="true" className="w-5 text-sm text-stone-500 dark:text-stone-400">
                {i + 1}
              </span>
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p aria-live="polite" className="min-h-6 text-sm text-stone-600 dark:text-stone-400">
        {state.status === 'error' ? (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {state.message}
          </span>
        ) : saving || pending ? (
          'Saving…'
        ) : state.status === 'ok' ? (
          'Answer saved'
        ) : null}
      </p>
      {/* The first submit button is what Enter presses, so "Next" comes first in the DOM. */}
      <div className="flex flex-row-reverse flex-wrap justify-between gap-3">
        <button type="submit" name="goTo" value={isLast ? 'review' : String(index + 1)} className={buttonClasses('primary')}>
          {isLast ? 'Review and submit' : 'Next'}
        </button>
        {index > 0 ? (
          <button type="submit" name="goTo" value={String(index - 1)} className={buttonClasses('secondary')}>
            Back
          </button>
        ) : null}
      </div>
    </form>
  );
}
