'use client';
// One flashcard. Without JavaScript the front is a GET form ("Show answer") and the grades
// are a POST form; JavaScript adds the keys — Space/Enter turn the card over, 1–4 grade,
// U undoes (Ctrl+Z or ⌘Z from the answer box, where U is a letter), Esc leaves the answer box —
// and moves focus to the new content so screen readers read it.
import Form from 'next/form';
import { useActionState, useEffect, useRef } from 'react';
import { AnswerList } from '@/components/answer-list';
import { buttonClasses } from '@/components/ui/button';
import { gradeCard } from '@/lib/actions/study';
import type { StudyCardBack, StudyCardFront } from '@/lib/dal/study-session';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_TYPED_LENGTH } from '@/lib/input-limits';
import { TypedResult } from './typed-result';
import { readableSentence } from '@/lib/readable-sentence';

const RATING_STYLES: Record<number, string> = {
  1: 'border-red-300 bg-red-50 text-red-900 hover:bg-red-100 dark:border-red-800 dark:bg-red-950 dark:text-red-100 dark:hover:bg-red-900',
  2: 'border-amber-300 bg-amber-50 text-amber-950 hover:bg-amber-100 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900',
  3: 'border-green-300 bg-green-50 text-green-900 hover:bg-green-100 dark:border-green-800 dark:bg-green-950 dark:text-green-100 dark:hover:bg-green-900',
  4: 'border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900',
};

function submitUndo(event: KeyboardEvent): void {
  const undo = document.getElementById('undo-form') as HTMLFormElement | null;
  if (!undo) return;
  event.preventDefault();
  undo.requestSubmit();
}

function isTextEntry(target: EventTarget | null): boolean {
  const tag = (target as HTMLElement | null)?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

interface Props {
  slug: string;
  card: StudyCardFront;
  back: StudyCardBack | null;
}

export function StudyCard({ slug, card, back }: Props) {
  const [state, formAction, pending] = useActionState(gradeCard, idleState);
  const rootRef = useRef<HTMLDivElement>(null);
  const revealRef = useRef<HTMLFormElement>(null);
  const gradeRef = useRef<HTMLFormElement>(null);
  const frontRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const isRevealed = back !== null;

  useEffect(() => {
    // Typing is the first thing to do on a typable card, but a phone's keyboard popping up
    // unasked is not: only a fine pointer (a mouse, so likely a hardware keyboard) gets it.
    if (isRevealed) backRef.current?.focus();
    else if (typedRef.current && window.matchMedia('(pointer: fine)').matches) typedRef.current.focus();
    else frontRef.current?.focus();
  }, [isRevealed, card.key]);

  // Whether anything was typed into the answer box: until then Ctrl+Z there has no typing of
  // the student's to undo, so it undoes the last grade instead.
  const hasTypedRef = useRef(false);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const box = typedRef.current;
      if (box && event.target === box && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        // The answer box takes the focus after each grade on a laptop, and there U is a letter.
        if (!hasTypedRef.current && box.value === '') submitUndo(event);
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTextEntry(event.target)) {
        // The answer box has the focus on a laptop. A space cannot start an answer, so from an
        // empty box it turns the card over as everywhere else; Esc leaves the box, so U and the
        // other keys work again.
        if (event.target !== box || !box) return;
        if (event.key === ' ' && box.value === '') {
          event.preventDefault();
          revealRef.current?.requestSubmit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          frontRef.current?.focus();
        }
        return;
      }
      const tag = (event.target as HTMLElement | null)?.tagName;
      if (!isRevealed) {
        // A focused button or link keeps its own Space/Enter.
        if ((event.key === ' ' || event.key === 'Enter') && tag !== 'BUTTON' && tag !== 'A') {
          event.preventDefault();
          revealRef.current?.requestSubmit();
        }
      } else if (/^[1-4]$/.test(event.key) && !pending) {
        const button = gradeRef.current?.querySelector<HTMLButtonElement>(`button[value="${event.key}"]`);
        if (!button) return;
        event.preventDefault();
        gradeRef.current?.requestSubmit(button);
      }
      if (event.key === 'u' || event.key === 'U') submitUndo(event);
    }
    window.addEventListener('keydown', onKey);
    // Keys work only from here on (after hydration); the attribute says so, and tests wait on it.
    rootRef.current?.setAttribute('data-keys-ready', 'true');
    return () => window.removeEventListener('keydown', onKey);
  }, [isRevealed, pending]);

  return (
    <div ref={rootRef} className="flex flex-col gap-4">
      <section
        aria-label="Flashcard"
        className="flex min-h-56 flex-col gap-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8 dark:border-stone-800 dark:bg-stone-900"
      >
        {card.cue ? <p className="text-sm font-medium text-stone-600 dark:text-stone-400">{card.cue}</p> : null}
        <h2
          ref={frontRef}
          tabIndex={-1}
          className="whitespace-pre-line text-xl font-medium leading-snug outline-none sm:text-2xl"
        >
          {card.front}
        </h2>
        {card.choices.length > 0 ? (
          <ul className="grid gap-1 text-stone-700 sm:grid-cols-2 dark:text-stone-300" aria-label="Choices">
            {card.choices.map((c) => (
              <li key={c} className="rounded-md bg-stone-100 px-3 py-1 dark:bg-stone-800">
                {c}
              </li>
            ))}
          </ul>
        ) : null}
        {back ? (
          <div
            ref={backRef}
            tabIndex={-1}
            aria-label="Answer"
            className="flex flex-col gap-3 border-t border-stone-200 pt-4 outline-none dark:border-stone-700"
          >
            <p className="text-sm font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">Answer</p>
            <p className="whitespace-pre-line text-xl font-semibold">{back.answer}</p>
            {back.alsoAccepted.length > 0 ? (
              <p className="text-stone-700 dark:text-stone-300">
                Also accepted: <AnswerList answers={back.alsoAccepted} className="font-medium" />
              </p>
            ) : null}
            {back.typed ? <TypedResult typed={back.typed} /> : null}
            {back.source ? (
              <blockquote className="border-l-2 border-stone-300 pl-3 font-serif text-stone-700 dark:border-stone-600 dark:text-stone-300">
                <p>{readableSentence(back.source.sentence)}</p>
                <a href={`/articles/${slug}?hl=${back.source.start}-${back.source.end}&from=${encodeURIComponent(`/articles/${slug}/study`)}#source`} className="font-sans text-sm underline">
                  Show in the article
                </a>
              </blockquote>
            ) : back.explanation ? (
              <p className="text-stone-700 dark:text-stone-300">{back.explanation}</p>
            ) : null}
          </div>
        ) : null}
      </section>

      {!back ? (
        <Form ref={revealRef} action={`/articles/${slug}/study`} scroll={false} className="flex flex-col gap-3">
          <input type="hidden" name="reveal" value={card.key} />
          {card.isTypable ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="typed-answer" className="font-medium">
                Type your answer <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
              </label>
              <input
                ref={typedRef}
                id="typed-answer"
                name="typed"
                type="text"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                maxLength={MAX_TYPED_LENGTH}
                onInput={() => {
                  hasTypedRef.current = true;
                }}
                className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
              />
            </div>
          ) : null}
          <button type="submit" className={buttonClasses('primary', 'w-full')}>
            Show answer
          </button>
        </Form>
      ) : (
        <form ref={gradeRef} action={formAction}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="cardKey" value={card.key} />
          <input type="hidden" name="version" value={card.version} />
          <fieldset disabled={pending} className="flex flex-col gap-2">
            <legend className="mb-2 font-medium">How well did you remember it?</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {card.options.map((o) => (
                <button
                  key={o.rating}
                  type="submit"
                  name="rating"
                  value={o.rating}
                  className={`flex min-h-14 flex-col items-center justify-center rounded-lg border px-3 py-2 font-medium disabled:opacity-60 ${RATING_STYLES[o.rating]}`}
                >
                  <span>
                    {o.label}
                    <span aria-hidden="true"> · {o.interval}</span>
                    <span className="sr-only">, next review {o.spoken}</span>
                  </span>
                  <span aria-hidden="true" className="text-xs font-normal opacity-75 pointer-coarse:hidden">
                    key {o.rating}
                  </span>
                </button>
              ))}
            </div>
          </fieldset>
          {state.status === 'error' ? (
            <p role="alert" className="mt-2 text-red-700 dark:text-red-400">
              {state.message}
            </p>
          ) : null}
        </form>
      )}
    </div>
  );
}
