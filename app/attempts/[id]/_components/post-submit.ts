// The quiz page's submit: one POST (see the route for its statuses).
import { resultsPath, type SubmitAttemptReply } from '@/lib/attempt-submit-reply';

/** A submit that hears nothing for this long is reported unconfirmed (trying again is safe). */
const SUBMIT_TIMEOUT_MS = 30_000;

/**
 * The server's reply; null when none came or none usable (offline, a timeout, a 5xx — the grade
 * may or may not be stored, and trying again is safe: a second submit records nothing new).
 */
export async function postSubmit(attemptId: string): Promise<SubmitAttemptReply | null> {
  try {
    const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
    });
    if (response.status >= 500) return null;
    const reply = (await response.json().catch(() => null)) as SubmitAttemptReply | null;
    if (reply?.status === 'submitted' || reply?.status === 'error') return reply;
    // Not this route's answer (a proxy's error page, a 405): say what came back.
    return { status: 'error', refusal: 'not_found', message: `Not submitted: the server answered ${response.status}. Try again.` };
  } catch {
    return null;
  }
}

/**
 * Opens the results with a full page load, not a client-side navigation: the router keeps the
 * pages of the open quiz for the browser's Back, and a closed quiz must not come back with a
 * live Submit button or countdown. Fetched again, each of those pages sends the student here.
 */
export function openResults(attemptId: string): void {
  window.location.assign(resultsPath(attemptId));
}
