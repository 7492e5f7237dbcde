'use client';
// One quiz question. Works as a plain form without JavaScript (each button posts the form to
// the saveAnswer server action, which saves and moves on). With JavaScript, a choice is saved
// the moment it is picked and a typed answer when it is left, through PUT
// /api/attempts/:attemptId/answers/:questionId; Next and Back wait for that save, then move
// within the page (QuizPager). 1–9 and 0 pick choices.
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { saveAnswer } from '@/lib/actions/attempts';
import { SAVE_NETWORK_MESSAGE } from '@/lib/answer-save-reply';
import { idleState } from '@/lib/schemas/action-state';
import type { QuizPosition } from '@/lib/quiz-position';
import { useAnsweredCount } from './answered-count';
import { openResults, putAnswer } from './quiz-routes';
import { ANSWER_REPLACED_EVENT, ShortAnswerField } from './short-answer-field';
import { knownAnswer, pendingSave, registerAnswerFlush, rememberAnswer, trackSave } from './tab-answers';

/** How long typing pauses before the answer is saved. */
const TYPING_PAUSE_MS = 1_000;

/** Which keys pick a choice: 1–9, and 0 for a tenth. */
export function keyHint(choices: number): string {
  return choices >= 10 ? 'press 1 to 9, or 0 for the tenth' : `press 1 to ${Math.max(2, choices)}`;
}

/** What does something of its own on Enter: a field's Enter submits the form natively (Next). */
const OWN_ENTER = 'a[href], button, input, select, textarea, summary, [contenteditable], [role="button"], [role="link"]';

/**
 * Whether Enter on `target` means Next: nothing focused (the page as it loaded), the heading a
 * move focuses, or any place in the form that is not a control of its own.
 */
function entersNext(target: HTMLElement | null, form: HTMLFormElement | null): boolean {
  if (!form) return false;
  if (!target || target === document.body || target === document.documentElement) return true;
  if (target.closest(OWN_ENTER)) return false;
  return form.contains(target) || target.hasAttribute('data-place-heading');
}

export interface QuizQuestion {
  id: string;
  type: string;
  prompt: string;
  choices: { label: string; value: string }[];
}

interface Props {
  attemptId: string;
  index: number;
  total: number;
  question: QuizQuestion;
  savedAnswer: string | null;
  /** Goes to another question or the review, once this question's answer is saved. */
  onMove: (to: QuizPosition) => void;
}

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function QuestionForm({ attemptId, index, total, question, savedAnswer, onMove }: Props) {
  // Only the no-JavaScript post uses the action; its state carries that post's error.
  const [actionState, formAction] = useActionState(saveAnswer, idleState);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  // Where this question starts, once per showing: the answer this tab believes is stored (each
  // save sends it as `seen`, so a save from a tab that missed a newer answer saved in another tab
  // is refused instead of overwriting it), and the answer still on its way if the question was
  // left before its save landed (shown again by Back and Forward: it starts from that answer and
  // queues behind that save).
  const { answersReadAt } = useAnsweredCount();
  // What is stored as this tab knows it now; changes when a save lands or the page is read again.
  const known = knownAnswer(attemptId, question.id, savedAnswer, answersReadAt);
  const [start] = useState(() => {
    const stored = known;
    const inFlight = pendingSave(attemptId, question.id);
    return { stored, shown: inFlight?.answer ?? stored, landed: inFlight?.landed };
  });
  // What this showing last took as stored: the question's answer unless the student changed it.
  const storedRef = useRef(start.stored);
  // The render's answer for knownAnswer, for saves that run after the render they began in.
  const renderedRef = useRef({ savedAnswer, answersReadAt });
  // The last answer handed to a save, so an unchanged answer is not sent again. Not the answer
  // still on its way from an earlier showing: if that save fails, the next Next or pick sends it
  // again (behind it; the server answers "saved" if it had landed after all).
  const queuedRef = useRef(start.stored);
  // The saves in flight, one after another; resolves true when the last one was stored.
  const savesRef = useRef<Promise<boolean>>(start.landed ?? Promise.resolve(true));
  // The save waiting for typing to pause (any save sooner takes its place).
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isLast = index === total - 1;
  const nextValue = isLast ? 'review' : String(index + 1);
  const nextLabel = isLast ? 'Review and submit' : 'Next';
  const nextRef = useRef<HTMLButtonElement>(null);
  const headingId = `q-${question.id}-prompt`;

  /** What is stored now: the newest of this tab's last landed save (perhaps one made before this
   * question was shown again) and the newest render's answer. */
  function storedNow(): string {
    return knownAnswer(attemptId, question.id, renderedRef.current.savedAnswer, renderedRef.current.answersReadAt);
  }

  function currentAnswer(): string {
    const form = formRef.current;
    return form ? String(new FormData(form).get('answer') ?? '').trim() : queuedRef.current;
  }

  /** Saves the form's answer unless it is the one last saved; resolves whether every save so far landed. */
  function saveNow(): Promise<boolean> {
    clearTimeout(typingTimer.current);
    const answer = currentAnswer();
    // Already handed to a save: done once that one has landed.
    if (answer === queuedRef.current) return savesRef.current.then(() => storedNow() === answer);
    queuedRef.current = answer;
    setStatus({ kind: 'saving' });
    const run = savesRef.current.then(async () => {
      const reply = await putAnswer(attemptId, question.id, answer, storedNow());
      if (reply?.status === 'saved') {
        storedRef.current = answer;
        rememberAnswer(attemptId, question.id, answer, reply.storedAt);
        if (queuedRef.current === answer) setStatus({ kind: 'saved' });
        return true;
      }
      if (reply?.refusal === 'closed') {
        // Submitted elsewhere or out of time: the results are what is left to see.
        openResults(attemptId, { refusedAnswer: true });
        return false;
      }
      // Not stored: going on (or picking again) tries again. A newer answer already queued
      // speaks for itself when its own save ends.
      if (queuedRef.current === answer) {
        queuedRef.current = storedNow();
        setStatus({ kind: 'error', message: reply ? reply.message : SAVE_NETWORK_MESSAGE });
      }
      return false;
    });
    savesRef.current = run;
    trackSave(attemptId, question.id, answer, run);
    return run;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the page saves and moves itself (no server round trip but the save).
    event.preventDefault();
    // The button pressed (Enter presses the first one, a copy of Next); a browser that does not say goes on.
    const goTo = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') ?? nextValue;
    const to: QuizPosition = goTo === 'review' ? { kind: 'review' } : { kind: 'question', index: Number(goTo) };
    void saveNow().then((ok) => {
      if (ok) onMove(to);
    });
  }

  // A submit elsewhere on the page (the countdown at zero) saves what is typed here first.
  useEffect(() => registerAnswerFlush(saveNow));

  // A typed answer is saved once typing pauses, and when the page goes away (reload, tab closed:
  // the request is sent with keepalive), not only when the box is left.
  useEffect(() => {
    const onPageHide = () => void saveNow();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(typingTimer.current);
    };
  });
  function onTyping() {
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => void saveNow(), TYPING_PAUSE_MS);
  }

  // The page read again (the tab shown again) may bring a newer answer, saved in another tab: it
  // shows, unless the student has changed the answer here since (a change or a save on its way,
  // newer still, which goes on to be saved over it).
  useEffect(() => {
    renderedRef.current = { savedAnswer, answersReadAt };
    const before = storedRef.current;
    if (known === before) return;
    storedRef.current = known;
    if (queuedRef.current !== before || currentAnswer() !== before) return;
    queuedRef.current = known;
    for (const input of formRef.current?.querySelectorAll<HTMLInputElement>('input[name="answer"]') ?? []) {
      if (input.type === 'radio') input.checked = input.value === known;
      else {
        input.value = known;
        input.dispatchEvent(new Event(ANSWER_REPLACED_EVENT));
      }
    }
    setStatus({ kind: 'idle' });
  }, [savedAnswer, answersReadAt, known]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (event.key === 'Enter') {
        // Enter means Next from the question itself too, not only from inside a field: from the
        // page as it loaded, the question's heading, or the heading focused after a move.
        if (event.isComposing || event.repeat || event.shiftKey || !entersNext(target, formRef.current)) return;
        event.preventDefault();
        formRef.current?.requestSubmit(nextRef.current);
        return;
      }
      if (target?.tagName === 'TEXTAREA' || (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text')) return;
      // 1–9 pick the first nine choices, 0 the tenth.
      const n = event.key === '0' ? 10 : Number(event.key);
      if (!Number.isInteger(n) || n < 1) return;
      const radio = formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[n - 1];
      if (!radio) return;
      event.preventDefault();
      radio.checked = true;
      radio.focus();
      void saveNow();
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
      onSubmit={onSubmit}
      aria-labelledby={headingId}
      className="flex flex-col gap-5"
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={question.id} />
      {/* Without JavaScript the page's own copy of the stored answer is what this tab saw. */}
      <input type="hidden" name="seen" defaultValue={start.stored} />
      {/* Where the keyboard and screen reader start when the page loads (QuizPager). */}
      <h2 id={headingId} data-question-prompt tabIndex={-1} className="text-xl font-medium leading-snug outline-none">
        {question.prompt}
      </h2>
      {question.type === 'short_answer' ? (
        <ShortAnswerField id={`answer-${question.id}`} defaultValue={start.shown} onTyping={onTyping} onLeave={() => void saveNow()} />
      ) : (
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">Choices ({keyHint(question.choices.length)})</legend>
          {question.choices.map((choice, i) => (
            <label
              key={choice.value}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-4 py-3 has-checked:border-sky-600 has-checked:bg-sky-50 dark:border-stone-700 dark:bg-stone-900 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name="answer"
                value={choice.value}
                defaultChecked={start.shown === choice.value}
                onChange={() => void saveNow()}
                className="size-5 accent-sky-700"
              />
              {/* The key that picks it: 1–9, then 0 for a tenth. */}
              <span aria-hidden="true" className="w-5 text-sm text-stone-500 dark:text-stone-400">
                {i === 9 ? 0 : i + 1}
              </span>
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p aria-live="polite" className="min-h-6 text-sm text-stone-600 dark:text-stone-400">
        {status.kind === 'error' || actionState.status === 'error' ? (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {status.kind === 'error' ? status.message : actionState.message}
          </span>
        ) : status.kind === 'saving' ? (
          'Saving…'
        ) : status.kind === 'saved' ? (
          'Answer saved'
        ) : null}
      </p>
      {/* Enter in a field presses the form's first submit button (also without JavaScript): this
          copy of Next, out of sight, of the Tab order and of screen readers, so that the buttons
          the student sees stand in reading order — Back, then Next — for Tab as for the eye. */}
      <button type="submit" name="goTo" value={nextValue} tabIndex={-1} aria-hidden="true" className="sr-only">
        {nextLabel}
      </button>
      <div className="flex flex-wrap justify-between gap-3">
        {index > 0 ? (
          <button type="submit" name="goTo" value={String(index - 1)} className={buttonClasses('secondary')}>
            Back
          </button>
        ) : null}
        <button ref={nextRef} type="submit" name="goTo" value={nextValue} className={buttonClasses('primary', 'ml-auto')}>
          {nextLabel}
        </button>
      </div>
    </form>
  );
}
