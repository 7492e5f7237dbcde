'use client';
// A teacher's mark on one submitted answer: this answer right or wrong, and — when other
// students gave the same answer — all of them right, or all of them not right, at once (a key
// that refused a right answer or accepted a wrong one), those behind a disclosure. One form and
// one live region, so the outcome stays readable after the page refreshes with the new marks.
import { useActionState, useEffect, useRef } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { markAnswerAction } from '@/lib/actions/answer-marks';
import { idleState } from '@/lib/schemas/action-state';

interface Props {
  /** The question's prompt: buttons of the same name on every answer say which one they mark. */
  describedBy: string;
  attemptId: string;
  questionId: string;
  isCorrect: boolean;
  /** Same answers in the assignment not correct now, and correct now (each counting this one when it is so), and all same answers. */
  sameNotCorrect: number;
  sameCorrect: number;
  sameTotal: number;
}

/** "Mark this answer … for everyone who gave it (N answers in this assignment)": N is how many would change. */
function sameLabel(word: string, n: number) {
  return `Mark this answer ${word} for everyone who gave it (${n} ${n === 1 ? 'answer' : 'answers'} in this assignment)`;
}

export function AnswerMarkForm({ describedBy, attemptId, questionId, isCorrect, sameNotCorrect, sameCorrect, sameTotal }: Props) {
  const [state, action, pending] = useActionState(markAnswerAction, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const markRef = useRef<HTMLButtonElement>(null);
  // The pressed button may be gone once the marks are redrawn (the bulk one when nothing is left
  // to mark): keep the keyboard in this answer's form rather than back at the top of the page.
  useEffect(() => {
    if (state.status === 'idle') return;
    const active = document.activeElement;
    if (!active || active === document.body || !formRef.current?.contains(active)) markRef.current?.focus();
  }, [state]);
  // Each is worth a button only when it reaches answers besides this one.
  const offerSameCorrect = sameTotal > 1 && sameNotCorrect > (isCorrect ? 0 : 1);
  const offerSameWrong = sameTotal > 1 && sameCorrect > (isCorrect ? 1 : 0);
  return (
    <form ref={formRef} action={action} className="mt-1 flex flex-col gap-1">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      <div className="flex flex-wrap items-center gap-2">
        <button ref={markRef} type="submit" name="intent" value={isCorrect ? 'mark_wrong' : 'mark_correct'} aria-describedby={describedBy} disabled={pending} className={buttonClasses('secondary')}>
          {isCorrect ? 'Mark not correct' : 'Mark correct'}
        </button>
        <span aria-live="polite" className="text-sm">
          {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : state.message}
        </span>
      </div>
      {offerSameCorrect || offerSameWrong ? <SameAnswerMarks {...{ describedBy, pending, offerSameCorrect, offerSameWrong, sameNotCorrect, sameCorrect }} /> : null}
    </form>
  );
}

/**
 * The marks that reach classmates' answers too, folded away so the one-answer button stays the
 * plain choice on every answer; a native disclosure, so it opens by keyboard and without JavaScript.
 * It stays open while the page redraws the marks (the element is kept), so the other way is at hand.
 */
function SameAnswerMarks({ describedBy, pending, offerSameCorrect, offerSameWrong, sameNotCorrect, sameCorrect }: {
  describedBy: string; pending: boolean; offerSameCorrect: boolean; offerSameWrong: boolean; sameNotCorrect: number; sameCorrect: number;
}) {
  return (
    <details className="group">
      <summary aria-describedby={describedBy} className="-ml-1 inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md pr-3 pl-1 text-sm text-stone-700 hover:underline dark:text-stone-300 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">▸</span>
        Mark everyone who gave this answer
      </summary>
      <div className="flex flex-col items-start gap-2 pb-1 sm:pl-5">
        {offerSameCorrect ? (
          <button type="submit" name="intent" value="mark_same_correct" aria-describedby={describedBy} disabled={pending} className={buttonClasses('secondary', 'text-left')}>
            {sameLabel('correct', sameNotCorrect)}
          </button>
        ) : null}
        {offerSameWrong ? (
          <button type="submit" name="intent" value="mark_same_wrong" aria-describedby={describedBy} disabled={pending} className={buttonClasses('secondary', 'text-left')}>
            {sameLabel('not correct', sameCorrect)}
          </button>
        ) : null}
      </div>
    </details>
  );
}
