// The quiz page's two requests to its route handlers (see each route for its statuses): the
// background save of an answer and the submit. Client-only.
import type { SaveAnswerReply } from '@/lib/answer-save-reply';
import { resultsPath, type SubmitAttemptReply } from '@/lib/attempt-submit-reply';

/** A submit that hears nothing for this long is reported unconfirmed (trying again is safe). */
const SUBMIT_TIMEOUT_MS = 30_000;

/**
 * One request to a quiz route: its JSON reply; the HTTP status when the answer is not one of the
 * route's replies (a proxy's error page, a 405); null when none usable came (offline, a timeout,
 * a 5xx) — worth trying again.
 */
async function callQuizRoute<T extends { status: string }>(url: string, init: RequestInit, statuses: readonly T['status'][]): Promise<T | number | null> {
  try {
    const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers }, cache: 'no-store' });
    if (response.status >= 500) return null;
    const reply = (await response.json().catch(() => null)) as T | null;
    return reply && statuses.includes(reply.status) ? reply : response.status;
  } catch {
    return null;
  }
}

/**
 * The route says the attempt is not there: most often a teacher deleted its assignment (its
 * attempts go with it) while the student was mid-quiz. The page is loaded again, so the server's
 * "This quiz is not available" page says why and the countdown and the inputs stop, rather than
 * a line under the question on a quiz that still ticks.
 */
function reloadIfGone(attemptId: string, reply: { status: string; refusal?: string }): void {
  if (reply.status !== 'error' || reply.refusal !== 'not_found') return;
  // A reply that lands after the student left the quiz page must not reload the page they are on.
  if (window.location.pathname === `/attempts/${encodeURIComponent(attemptId)}`) window.location.reload();
}

/** Saves one answer; `seen` is the answer this tab last saw stored. */
export async function putAnswer(attemptId: string, questionId: string, answer: string, seen: string): Promise<SaveAnswerReply | null> {
  const reply = await callQuizRoute<SaveAnswerReply>(
    `/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`,
    // keepalive: a save begun as the page goes away (reload, tab closed) still reaches the server.
    { method: 'PUT', keepalive: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answer, seen }) },
    ['saved', 'error'],
  );
  if (reply && typeof reply !== 'number') reloadIfGone(attemptId, reply);
  // A reply without its time (a server of an older build, mid-upgrade) still counts as the newest:
  // a later change then carries this answer as `seen`, so nothing is overwritten unseen.
  if (reply && typeof reply !== 'number' && reply.status === 'saved' && !Number.isFinite(reply.storedAt)) return { status: 'saved', storedAt: Number.POSITIVE_INFINITY };
  if (typeof reply !== 'number') return reply;
  return { status: 'error', refusal: 'invalid', message: `Not saved: the server answered ${reply}.` };
}

/**
 * Submits the attempt. Null when no usable answer came: the grade may or may not be stored, and
 * trying again is safe (a second submit records nothing new). `atDeadline`: the countdown's submit
 * at zero, which the server refuses with 'open' while the deadline is still ahead.
 */
export async function postSubmit(attemptId: string, { atDeadline = false } = {}): Promise<SubmitAttemptReply | null> {
  const reply = await callQuizRoute<SubmitAttemptReply>(
    `/api/attempts/${encodeURIComponent(attemptId)}/submit`,
    {
      method: 'POST',
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
      ...(atDeadline ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ atDeadline: true }) } : {}),
    },
    ['submitted', 'open', 'error'],
  );
  if (reply && typeof reply !== 'number') reloadIfGone(attemptId, reply);
  if (typeof reply !== 'number') return reply;
  return { status: 'error', refusal: 'not_found', message: `Not submitted: the server answered ${reply}. Try again.` };
}

/**
 * Opens the results with a full page load, not a client-side navigation: the router keeps the
 * pages of the open quiz for the browser's Back, and a closed quiz must not come back with a
 * live Submit button or countdown. Fetched again, each of those pages sends the student here.
 */
export function openResults(attemptId: string, { refusedAnswer = false } = {}): void {
  // A save refused because the quiz had closed meanwhile: the results page says why it went there.
  window.location.assign(refusedAnswer ? `${resultsPath(attemptId)}?closed=1` : resultsPath(attemptId));
}
