'use client';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { decide } from '@/lib/actions/review';
import { idleState } from '@/lib/schemas/action-state';

/** Approve / reject / back-to-review for one question; each button posts its decision. */
export function DecisionButtons({ questionId, status, label }: { questionId: string; status: string; label: string }) {
  const [state, action, pending] = useActionState(decide, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      {status !== 'approved' ? (
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClasses('primary')} aria-label={`Approve ${label}`}>
          Approve
        </button>
      ) : null}
      {status !== 'rejected' ? (
        <button type="submit" name="decision" value="reject" disabled={pending} className={buttonClasses('secondary')} aria-label={`Reject ${label}`}>
          Reject
        </button>
      ) : null}
      {status !== 'draft' ? (
        <button type="submit" name="decision" value="restore" disabled={pending} className={buttonClasses('ghost')} aria-label={`Send ${label} back to review`}>
          Back to review
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm">
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
      </span>
    </form>
  );
}
