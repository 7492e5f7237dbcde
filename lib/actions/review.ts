'use server';
// Teachers' question review actions. Each checks the viewer's role in the DAL as well.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { applyDecision, applyEdit, createTeacherQuestion, decisionFor } from '@/lib/dal/review';
import type { ActionState } from '@/lib/schemas/action-state';
import { questionFormSchema, toStoredQuestion } from '@/lib/schemas/review';
import { decisionWithUndoSchema, type DecidedStatus, type DecisionState } from '@/lib/schemas/review-decision';
import { formDataToObject, SIGNED_OUT_STATE, validatedActionWithViewer } from './validated-action';

const FAILURES = {
  forbidden: 'Only teachers can review questions.',
  not_found: 'That question no longer exists (it may have been edited or retired).',
} as const;

const DONE: Record<DecidedStatus, (what: string) => string> = {
  approved: (what) => `Approved: ${what}`,
  rejected: (what) => `Rejected: ${what}`,
  draft: (what) => `Sent back to review: ${what}`,
};
/** Asked for what the question already is (approved in two tabs): a calm confirmation, not an error. */
const ALREADY: Record<DecidedStatus, (what: string) => string> = {
  approved: (what) => `Already approved — nothing to do: ${what}`,
  rejected: (what) => `Already rejected — nothing to do: ${what}`,
  draft: (what) => `Already in review — nothing to do: ${what}`,
};
const UNDONE: Record<DecidedStatus, (what: string) => string> = {
  approved: (what) => `Undone: ${what} is approved again.`,
  rejected: (what) => `Undone: ${what} is rejected again.`,
  draft: (what) => `Undone: ${what} is back in review.`,
};

/** A question's prompt as the page's status line names it. */
function quote(prompt: string): string {
  const text = prompt.replace(/\s+/g, ' ').trim();
  return `“${text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text}”`;
}

/** The decision state, plus which question the message is about (the page shows it there). */
export type ReviewDecisionState = DecisionState & { questionId?: string };

/** Someone else decided otherwise first: said plainly, never as done (and the page shows it as it is now). */
const CHANGED = {
  decision: 'Nothing changed: this question was changed in another tab or by another teacher since this page was loaded. The list now shows it as it is.',
  undo: 'Not undone: this question was changed in another tab or by another teacher after your decision, so it was left as it is now.',
  gone: 'Nothing changed: this question was edited or retired in another tab or by another teacher since this page was loaded. The list now shows the current version.',
} as const;

/**
 * Approve, reject or back to review — or undo one of those (`expected`: the status the undone
 * decision set, so a later decision is never overwritten). `shown`: the status the page showed,
 * so a decision made on a page that is out of date is refused and said so — unless the question
 * is already as asked (approved in two tabs), which is confirmed calmly. Answers with what
 * changed and, for a decision, what the page needs to offer an undo.
 */
export async function decide(prev: ReviewDecisionState, formData: FormData): Promise<ReviewDecisionState> {
  const seq = (prev?.seq ?? 0) + 1;
  const viewer = await getViewer();
  if (!viewer) return { ...SIGNED_OUT_STATE, seq } as ReviewDecisionState;
  const parsed = decisionWithUndoSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: 'error', message: 'That decision could not be read. Reload the page and try again.', seq };
  const { questionId, decision, expected, shown } = parsed.data;
  const outcome = await applyDecision(viewer, questionId, decision, expected ?? shown);
  if (outcome.result === 'changed' || (outcome.result === 'not_found' && (expected || shown))) {
    // The page is out of date: show the question as it is now, next to the message.
    revalidatePath('/teach', 'layout');
    const message = outcome.result === 'not_found' ? CHANGED.gone : expected ? CHANGED.undo : CHANGED.decision;
    return { status: 'error', message, seq, questionId };
  }
  if (outcome.result === 'already') {
    // Nothing changed and nothing to undo; the page (perhaps out of date) shows it as it is now.
    revalidatePath('/teach', 'layout');
    return { status: 'ok', message: ALREADY[outcome.status](quote(outcome.prompt)), seq, questionId };
  }
  if (outcome.result !== 'ok') return { status: 'error', message: FAILURES[outcome.result], seq, questionId };
  revalidatePath('/teach', 'layout');
  const what = quote(outcome.prompt);
  if (expected) return { status: 'ok', message: UNDONE[outcome.status](what), seq, undone: questionId, questionId };
  return {
    status: 'ok',
    message: DONE[outcome.status](what),
    seq,
    questionId,
    undo: outcome.previous !== outcome.status ? { questionId, previous: outcome.previous, status: outcome.status, decision: decisionFor(outcome.previous) } : undefined,
  };
}

export const saveQuestion = validatedActionWithViewer(questionFormSchema, async (input, viewer): Promise<ActionState> => {
  const content = toStoredQuestion(input);
  let slug = input.slug;
  let saved = input.questionId ? 'saved=edited' : 'saved=added';
  if (input.questionId) {
    const outcome = await applyEdit(viewer, input.questionId, content);
    if (outcome.result !== 'ok') return { status: 'error', message: FAILURES[outcome.result] };
    // Counts only, those not zero: the notice says how many assignments got the edit and how many
    // kept their wording.
    const { unstarted, started, others } = outcome.reach;
    for (const [key, n] of [['reached', unstarted], ['kept', started], ['others', others]] as const) if (n > 0) saved += `&${key}=${n}`;
  } else {
    if (!slug) return { status: 'error', message: 'Choose an article.' };
    const result = await createTeacherQuestion(viewer, slug, content);
    if (result !== 'ok') return { status: 'error', message: result === 'forbidden' ? FAILURES.forbidden : 'That article was not found.' };
  }
  slug ??= '';
  revalidatePath('/teach', 'layout');
  // To the approved list, where the saved question now is, with a notice saying so (the bank's
  // default tab, To review, does not show it).
  redirect(slug ? `/teach/articles/${slug}?status=approved&${saved}` : '/teach');
});
