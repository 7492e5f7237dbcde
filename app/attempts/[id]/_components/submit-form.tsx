'use client';
import { useActionState, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { SUBMIT_NETWORK_MESSAGE } from '@/lib/attempt-submit-reply';
import { submitAttempt } from '@/lib/actions/attempts';
import { idleState } from '@/lib/schemas/action-state';
import { postSubmit } from './post-submit';
import { settleAnswers } from './tab-answers';

/** With unanswered questions the button itself says so: submitting is the confirmation. */
export function SubmitForm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  // Without JavaScript the form posts to the server action, which redirects to the results.
  const [state, action] = useActionState(submitAttempt, idleState);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [navigating, startNavigation] = useTransition();
  const router = useRouter();

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
      startNavigation(() => router.push(reply.results));
      return;
    }
    setSubmitting(false);
    setError(reply?.message ?? SUBMIT_NETWORK_MESSAGE);
  }

  const message = error ?? (state.status === 'error' ? state.message : null);
  const busy = submitting || navigating;
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="attemptId" value={attemptId} />
      {message ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? 'Submitting…' : unanswered > 0 ? `Submit with ${unanswered} unanswered` : 'Submit quiz'}
      </Button>
    </form>
  );
}
