'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { submitAttempt } from '@/lib/actions/attempts';
import { idleState } from '@/lib/schemas/action-state';

/** With unanswered questions the button itself says so: submitting is the confirmation. */
export function SubmitForm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  const [state, action, pending] = useActionState(submitAttempt, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
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
