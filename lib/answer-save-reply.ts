// What PUT /api/attempts/:attemptId/answers/:questionId answers, shared by the route, the
// quiz page that calls it and the no-JavaScript form action. Free of zod and server code, so
// the quiz page's bundle stays small.
import { QUIZ_NOT_FOUND_MESSAGE } from './attempt-submit-reply';

export type SaveRefusal = 'cross_site' | 'signed_out' | 'invalid' | 'not_found' | 'closed' | 'invalid_choice' | 'conflict';

export type SaveAnswerReply =
  /** `storedAt`: the server's clock (ms) once the answer was stored, to order it against a page's
   * `answersReadAt` (app/attempts/[id]/_components/tab-answers.ts). */
  | { status: 'saved'; storedAt: number }
  | { status: 'error'; refusal: SaveRefusal; message: string; fieldErrors?: Record<string, string[] | undefined> };

export const SAVE_MESSAGES: Record<SaveRefusal, string> = {
  // Only Gleaner's own pages may save (CSRF); behind a proxy, it must pass the Host on or set X-Forwarded-Host.
  cross_site: 'Not saved: this request did not come from a Gleaner page.',
  signed_out: 'Your session has ended. Sign in again to continue.',
  invalid: 'This answer could not be saved: the request was not valid.',
  not_found: QUIZ_NOT_FOUND_MESSAGE,
  closed: 'This quiz is closed (submitted, or its time is up); answers can no longer change.',
  invalid_choice: 'That is not one of the choices.',
  conflict: 'This answer was changed in another tab or window, so this one was not saved. Reload the page to see the latest answer.',
};

/** HTTP status per refusal: a real one, so clients, proxies and logs can tell them apart. */
export const SAVE_STATUS: Record<SaveRefusal, number> = {
  cross_site: 403,
  signed_out: 401,
  invalid: 400,
  not_found: 404,
  closed: 409,
  invalid_choice: 400,
  conflict: 409,
};

/** Shown when the request never got an answer (offline, server restarting). */
export const SAVE_NETWORK_MESSAGE = 'Not saved: the connection failed. Your answer is kept here and is saved again when you go on.';
