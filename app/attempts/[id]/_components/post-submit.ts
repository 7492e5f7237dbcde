// The quiz page's submit: one POST (see the route for its statuses).
import type { SubmitAttemptReply } from '@/lib/attempt-submit-reply';

/** The server's reply, or null when none usable came (offline, server restarting, a 5xx): worth trying again. */
export async function postSubmit(attemptId: string): Promise<SubmitAttemptReply | null> {
  try {
    const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (response.status >= 500) return null;
    const reply = (await response.json().catch(() => null)) as SubmitAttemptReply | null;
    if (reply?.status === 'submitted' || reply?.status === 'error') return reply;
    return null;
  } catch {
    return null;
  }
}
