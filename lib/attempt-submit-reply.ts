// What POST /api/attempts/:attemptId/submit answers, shared by the route and the quiz page that
// calls it. Free of zod and server code, so the quiz page's bundle stays small.

/** The one wording for an attempt that is not the viewer's or does not exist (save and submit alike). */
export const QUIZ_NOT_FOUND_MESSAGE = 'This quiz was not found.';

export type SubmitRefusal = 'cross_site' | 'signed_out' | 'not_found';

export type SubmitAttemptReply =
  // Submitted now or before: either way the results page is where the student goes.
  | { status: 'submitted'; results: string }
  // Asked by the countdown at zero ({"atDeadline": true}) while the deadline is still ahead (a
  // teacher gave more time) or gone (the time limit was removed: null): nothing was submitted;
  // the deadline and the server's clock, ISO 8601.
  | { status: 'open'; deadlineAt: string | null; serverNow: string }
  | { status: 'error'; refusal: SubmitRefusal; message: string };

export const SUBMIT_MESSAGES: Record<SubmitRefusal, string> = {
  cross_site: 'Not submitted: this request did not come from a Gleaner page.',
  signed_out: 'Your session has ended. Sign in again, then submit.',
  not_found: QUIZ_NOT_FOUND_MESSAGE,
};

export const SUBMIT_STATUS: Record<SubmitRefusal, number> = { cross_site: 403, signed_out: 401, not_found: 404 };

/** Shown when no usable answer came (offline, a timeout, a server error): the submit may or may
 * not have been stored, and a second one records nothing new, so trying again is safe. */
export const SUBMIT_NETWORK_MESSAGE = 'Could not confirm the submit: the connection failed or the server did not answer. Your saved answers are kept; trying again is safe.';

export const resultsPath = (attemptId: string) => `/attempts/${encodeURIComponent(attemptId)}/results`;
