'use client';
import { useActionState, useRef, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { submitAttempt } from '@/lib/actions/attempts';
import { idleState } from '@/lib/schemas/action-state';
import { hasSavesInFlight, settleAnswers } from './tab-answers';

/** With unanswered questions the button itself says so: submitting is the confirmation. */
export function SubmitForm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  const [state, action, pending] = useActionState(submitAttempt, idleState);
  const settled = useRef(false);
  // A save still on its way (an answer picked just before coming here) lands before the submit;
  // after the submit it would be refused and lost.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (settled.current || !hasSavesInFlight()) {
      settled.current = false;
      return;
    }
    event.preventDefault();
    const form = event.currentTarget;
    void settleAnswers().then(() => {
      settled.current = true;
      form.requestSubmit();
    });
  }
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="attemptId" value={attemptId} />
      {state.status === 'error' ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Submitting…' : unanswered > 0 ? `Submit with ${unanswered} unanswered` : 'Submit quiz'}
      </Button>
    </form>
  );
}
