'use server';
// The admin hands a teacher's classes to another teacher. The DAL checks the role and the
// receiver again (lib/dal/class-handover.ts).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { handOverClasses, type HandoverResult } from '@/lib/dal/class-handover';
import { fieldErrorState, type ActionState } from '@/lib/schemas/action-state';
import { handOverClassesSchema } from '@/lib/schemas/admin';
import { formDataToObject, SIGNED_OUT_STATE, submittedValues } from './validated-action';

const REFUSED: Record<Exclude<HandoverResult['result'], 'ok'>, { message: string; field?: string }> = {
  forbidden: { message: 'Only the admin can do this.' },
  same_person: { message: 'Choose someone else: the classes cannot be handed to the person who teaches them.', field: 'toUserId' },
  receiver_not_teacher: { message: 'That person is not a teacher or admin (any more). Choose a current teacher.', field: 'toUserId' },
  receiver_enrolled: { message: 'That person is a student in one of the ticked classes. Remove them from its roster first, or choose someone else.', field: 'toUserId' },
  stale_classes: { message: 'Some of the ticked classes are no longer taught by this person. Reload the page and tick them again.', field: 'classIds' },
};

/** The class checkboxes share one name, so they are read as a list (as the assign form's questions are). */
export async function handOverClassesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT_STATE;
  const fields = formDataToObject(formData);
  const classIds = formData.getAll('classIds').filter((v) => typeof v === 'string');
  const values = { ...submittedValues(fields), classIds: classIds.join(',') };
  const parsed = handOverClassesSchema.safeParse({ ...fields, classIds });
  if (!parsed.success) return { ...fieldErrorState(parsed.error), values };
  const { fromUserId, toUserId } = parsed.data;
  const outcome = await handOverClasses(viewer, fromUserId, toUserId, parsed.data.classIds);
  if (outcome.result !== 'ok') {
    const { message, field } = REFUSED[outcome.result];
    return { status: 'error', message, values, fieldErrors: field ? { [field]: [message] } : undefined };
  }
  revalidatePath('/admin', 'layout');
  revalidatePath('/teach', 'layout');
  // A flag, not names: a notice that repeated the address would show whatever a crafted link said.
  redirect(`/admin/users/${encodeURIComponent(fromUserId)}/remove?handedOver=1`);
}
