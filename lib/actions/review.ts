'use server';
// Teachers' question review actions. Each checks the viewer's role in the DAL as well.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createTeacherQuestion, decideQuestion, editQuestion } from '@/lib/dal/review';
import type { ActionState } from '@/lib/schemas/action-state';
import { questionFormSchema, reviewDecisionSchema, toStoredQuestion } from '@/lib/schemas/review';
import { validatedActionWithViewer } from './validated-action';

const FAILURES = {
  forbidden: 'Only teachers can review questions.',
  not_found: 'That question no longer exists (it may have been edited or retired).',
} as const;

export const decide = validatedActionWithViewer(reviewDecisionSchema, async ({ questionId, decision }, viewer): Promise<ActionState> => {
  const result = await decideQuestion(viewer, questionId, decision);
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath('/teach', 'layout');
  return { status: 'ok', message: decision === 'approve' ? 'Approved' : decision === 'reject' ? 'Rejected' : 'Back in review' };
});

export const saveQuestion = validatedActionWithViewer(questionFormSchema, async (input, viewer): Promise<ActionState> => {
  const content = toStoredQuestion(input);
  let slug = input.slug;
  if (input.questionId) {
    const result = await editQuestion(viewer, input.questionId, content);
    if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  } else {
    if (!slug) return { status: 'error', message: 'Choose an article.' };
    const result = await createTeacherQuestion(viewer, slug, content);
    if (result !== 'ok') return { status: 'error', message: result === 'forbidden' ? FAILURES.forbidden : 'That article was not found.' };
  }
  slug ??= '';
  revalidatePath('/teach', 'layout');
  redirect(slug ? `/teach/articles/${slug}` : '/teach');
});
