'use client';
// A teacher's mark on one submitted answer: this answer right or wrong, and — when other
// students gave the same answer — all of them right at once (the wrong-key case). One form and
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
  /** Same answers in the assignment not yet correct (this one included), and all same answers. */
  sameNotCorrect: number;
  sameTotal: number;
}

export function AnswerMarkForm({ describedBy, attemptId, questionId, isCorrect, sameNotCorrect, sameTotal }: Props) {
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
  // Worth a button only when it reaches answers besides this one.
  const offerSame = sameTotal > 1 && sameNotCorrect > (isCorrect ? 0 : 1);
  return (
    <form ref={formRef} action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      <button ref={markRef} type="submit" name="intent" value={isCorrect ? 'mark_wrong' : 'mark_correct'} aria-describedby={describedBy} disabled={pending} className={buttonClasses('secondary')}>
        {isCorrect ? 'Mark not correct' : 'Mark correct'}
      </button>
      {offerSame ? (
        <button type="submit" name="intent" value="mark_same_correct" aria-describedby={describedBy} disabled={pending} className={buttonClasses('secondary', 'text-left')}>
          Mark this answer correct for everyone who gave it ({sameNotCorrect} {sameNotCorrect === 1 ? 'answer' : 'answers'} in this assignment)
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm">
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : state.message}
      </span>
    </form>
  );
}
