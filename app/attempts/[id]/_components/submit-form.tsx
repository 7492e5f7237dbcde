'use client';
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SUBMIT_NETWORK_MESSAGE } from '@/lib/attempt-submit-reply';
import { submitAttempt } from '@/lib/actions/attempts';
import { idleState } from '@/lib/schemas/action-state';
import { openResults, postSubmit } from './quiz-routes';
import { settleAnswers } from './tab-answers';

/** With unanswered questions the button itself says so: submitting is the confirmation. */
export function SubmitForm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  // Without JavaScript the form posts to the server action, which redirects to the results.
  const [state, action] = useActionState(submitAttempt, idleState);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // aria-disabled, not disabled, while submitting: a disabled button drops the keyboard focus,
  // and after a failure the student should be right back on the button.
  useEffect(() => {
    if (error) formRef.current?.querySelector('button')?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    // The answer on screen and any save still on its way land first: after the submit they
    // would be refused and lost.
    await settleAnswers();
    const reply = await postSubmit(attemptId);
    if (reply?.status === 'submitted') {
      openResults(attemptId); // "Submitting…" stays until the results page replaces this one
      return;
    }
    setSubmitting(false);
    setError(reply?.status === 'error' ? reply.message : SUBMIT_NETWORK_MESSAGE);
  }

  const message = error ?? (state.status === 'error' ? state.message : null);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="attemptId" value={attemptId} />
      {message ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      <Button type="submit" aria-disabled={submitting} className="aria-disabled:opacity-50">
        {submitting ? 'Submitting…' : unanswered > 0 ? `Submit with ${unanswered} unanswered` : 'Submit quiz'}
      </Button>
    </form>
  );
}
