'use server';
// Taking a quiz: start or resume, save each answer as the student goes, submit once.
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { SAVE_MESSAGES } from '@/lib/answer-save-reply';
import { resultsPath, SUBMIT_MESSAGES } from '@/lib/attempt-submit-reply';
import { getViewer } from '@/lib/auth';
import { saveAnswer as saveAnswerInDb, startPracticeAttempt, submitAttempt as submitAttemptInDb } from '@/lib/dal/attempts';
import type { ActionState } from '@/lib/schemas/action-state';
import { saveAnswerSchema, startAttemptSchema, submitAttemptSchema } from '@/lib/schemas/attempts';
import { formDataToObject, validatedActionWithViewer } from './validated-action';

/** Plain form action (no state): signed-out visitors are sent to sign in and come back here. */
export async function startAttempt(formData: FormData): Promise<void> {
  const parsed = startAttemptSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) redirect('/');
  const { slug } = parsed.data;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(`/articles/${slug}`)}`);
  const attemptId = await startPracticeAttempt(viewer, slug);
  // No quiz, or practice paused by an assignment: the article page says which.
  if (!attemptId) redirect(`/articles/${encodeURIComponent(slug)}`);
  redirect(`/attempts/${attemptId}`);
}

/** Next and Back on the quiz page without JavaScript: save, then go (with JavaScript the page
 * saves through PUT /api/attempts/:attemptId/answers/:questionId and navigates itself). */
export const saveAnswer = validatedActionWithViewer(saveAnswerSchema, async (input, viewer): Promise<ActionState> => {
  if (input.answer !== undefined) {
    const result = await saveAnswerInDb(viewer, input.attemptId, input.questionId, input.answer, new Date(), input.seen);
    if (result === 'closed') redirect(resultsPath(input.attemptId));
    if (result !== 'saved') return { status: 'error', message: SAVE_MESSAGES[result] };
  }
  if (input.goTo === undefined) {
    // No re-render of the page: the form keeps "N of M answered" up to date itself, and a
    // save that answers with only its result costs a fraction of one that renders the quiz.
    return { status: 'ok', message: 'Saved' };
  }
  const where = input.goTo === 'review' ? 'review' : String(input.goTo + 1);
  redirect(`/attempts/${input.attemptId}?q=${where}`);
});

export const submitAttempt = validatedActionWithViewer(submitAttemptSchema, async ({ attemptId }, viewer): Promise<ActionState> => {
  const result = await submitAttemptInDb(viewer, attemptId, new Date(), { deferSchedule: after });
  if (result.outcome === 'not_found') return { status: 'error', message: SUBMIT_MESSAGES.not_found };
  // Submitted now or already: either way the results are what the student wants to see.
  redirect(resultsPath(attemptId));
});
