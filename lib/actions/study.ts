'use server';
// Studying flashcards: grade a card, undo the last grade, and the desired-retention setting.
// Each goes viewer -> zod -> dal; a grade or undo redirects to the next card so the forms
// also work without JavaScript.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { gradeCard as gradeCardInDb, undoLastGrade as undoLastGradeInDb } from '@/lib/dal/study';
import { updateStudySettings as updateStudySettingsInDb } from '@/lib/dal/study-today';
import type { ActionState } from '@/lib/schemas/action-state';
import { gradeCardSchema, studySettingsSchema, undoGradeSchema } from '@/lib/schemas/study';
import { validatedActionWithViewer } from './validated-action';

function studyPath(slug: string, query = ''): string {
  return `/articles/${encodeURIComponent(slug)}/study${query}`;
}

export const gradeCard = validatedActionWithViewer(gradeCardSchema, async (input, viewer): Promise<ActionState> => {
  const result = await gradeCardInDb(viewer, input.cardKey, input.rating, input.version);
  if (result === 'not_found') return { status: 'error', message: 'This card is not in your deck.' };
  // Graded here, or already graded in another tab: either way the next card is what to show.
  redirect(studyPath(input.slug, result === 'graded' ? '' : `?notice=${result === 'conflict' ? 'already-graded' : 'suspended'}`));
});

export const undoLastGrade = validatedActionWithViewer(undoGradeSchema, async ({ slug }, viewer): Promise<ActionState> => {
  const result = await undoLastGradeInDb(viewer, slug);
  if (result.outcome === 'nothing_to_undo') return { status: 'error', message: 'There is no grade to undo.' };
  redirect(studyPath(slug, `?card=${encodeURIComponent(result.cardKey)}&notice=undone`));
});

export const updateStudySettings = validatedActionWithViewer(studySettingsSchema, async ({ retentionPercent }, viewer): Promise<ActionState> => {
  await updateStudySettingsInDb(viewer, retentionPercent / 100);
  revalidatePath('/today');
  return { status: 'ok', message: `Saved: cards will be scheduled for ${retentionPercent}% recall.` };
});
