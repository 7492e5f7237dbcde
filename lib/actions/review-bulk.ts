'use server';
// "Approve all N drafts" on an article's review page. The DAL checks the role again.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { approveDrafts } from '@/lib/dal/review-bulk';
import type { ActionState } from '@/lib/schemas/action-state';
import { approveAllSchema } from '@/lib/schemas/review-decision';
import { validatedActionWithViewer } from './validated-action';

export const approveAllDrafts = validatedActionWithViewer(approveAllSchema, async ({ slug, questionIds }, viewer): Promise<ActionState> => {
  const outcome = await approveDrafts(viewer, slug, questionIds);
  if (outcome.result !== 'ok') {
    return { status: 'error', message: outcome.result === 'forbidden' ? 'Only teachers can review questions.' : 'That article no longer exists.' };
  }
  revalidatePath('/teach', 'layout');
  revalidatePath(`/articles/${slug}`);
  // To the approved list, where they now are, with the count in the notice.
  redirect(`/teach/articles/${slug}?status=approved&approvedAll=${outcome.approved}&leftAlone=${outcome.skipped}`);
});
