'use client';
// A teacher's mark on one submitted answer: this answer right or wrong, and — when other
// students gave the same answer — all of them right at once (the wrong-key case). One form and
// one live region, so the outcome stays readable after the page refreshes with the new marks.
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { markAnswerAction } from '@/lib/actions/answer-marks';
import { idleState } from '@/lib/schemas/action-state';

interface Props {
  attemptId: string;
  questionId: string;
  isCorrect: boolean;
  /** Same answers in the assignment not yet correct (this one included), and all same answers. */
  sameNotCorrect: number;
  sameTotal: number;
}

export function AnswerMarkForm({ attemptId, questionId, isCorrect, sameNotCorrect, sameTotal }: Props) {
  const [state, action, pending] = useActionState(markAnswerAction, idleState);
  // Worth a button only when it reaches answers besides this one.
  const offerSame = sameTotal > 1 && sameNotCorrect > (isCorrect ? 0 : 1);
  return (
    <form action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" name="intent" value={isCorrect ? 'mark_wrong' : 'mark_correct'} disabled={pending} className={buttonClasses('secondary')}>
        {isCorrect ? 'Mark not correct' : 'Mark correct'}
      </button>
      {offerSame ? (
        <button type="submit" name="intent" value="mark_same_correct" disabled={pending} className={buttonClasses('secondary', 'text-left')}>
          Mark this answer correct for everyone who gave it ({sameNotCorrect} {sameNotCorrect === 1 ? 'answer' : 'answers'} in this assignment)
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm">
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : state.message}
      </span>
    </form>
  );
}
