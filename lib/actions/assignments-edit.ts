'use server';
// Changing an assignment and giving one student more time. Each action is a public endpoint:
// the session is checked here, the DAL checks that the viewer teaches the class.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { removeExtension, setExtension, updateAssignment } from '@/lib/dal/assignment-edits';
import type { ActionState } from '@/lib/schemas/action-state';
import { extensionSchema, removeExtensionSchema, updateAssignmentSchema } from '@/lib/schemas/assignments';
import { validatedActionWithViewer } from './validated-action';

const UPDATE_FAILURES = {
  forbidden: 'Only the class’s teacher can change this assignment.',
  not_found: 'That assignment was not found.',
} as const;
const OPEN_MISSING = 'Enter when it opens (a partly typed time counts as empty), or press “Now” to open it now.';

export const updateAssignmentAction = validatedActionWithViewer(updateAssignmentSchema, async (input, viewer): Promise<ActionState> => {
  const updated = await updateAssignment(viewer, input);
  if (updated.result === 'open_missing') return { status: 'error', message: OPEN_MISSING, fieldErrors: { openAt: [OPEN_MISSING] } };
  if (updated.result !== 'ok') return { status: 'error', message: UPDATE_FAILURES[updated.result] };
  revalidatePath(`/teach/assignments/${input.assignmentId}`);
  redirect(`/teach/assignments/${input.assignmentId}?saved=${updated.movedDeadlines}`);
});

const EXTENSION_FAILURES: Record<string, { field?: 'dueAt' | 'extraMinutes'; message: string }> = {
  forbidden: { message: 'Only the class’s teacher can give more time.' },
  not_found: { message: 'That student or assignment was not found (the student may have left the class).' },
  not_later: { field: 'dueAt', message: 'Pick a time after the class’s due time; to give less time, change the assignment.' },
  in_past: { field: 'dueAt', message: 'That time has already passed.' },
  no_time_limit: { field: 'extraMinutes', message: 'This assignment has no time limit, so extra minutes change nothing.' },
};

export const setExtensionAction = validatedActionWithViewer(extensionSchema, async (input, viewer): Promise<ActionState> => {
  const set = await setExtension(viewer, input);
  if (set.result !== 'ok') {
    const failure = EXTENSION_FAILURES[set.result];
    return { status: 'error', message: failure.message, fieldErrors: failure.field ? { [failure.field]: [failure.message] } : undefined };
  }
  revalidatePath(`/teach/assignments/${input.assignmentId}`);
  redirect(`/teach/assignments/${input.assignmentId}?extended=${encodeURIComponent(input.userId)}#students`);
});

export const removeExtensionAction = validatedActionWithViewer(removeExtensionSchema, async (input, viewer): Promise<ActionState> => {
  const removed = await removeExtension(viewer, input.assignmentId, input.userId);
  if (removed.result !== 'ok') return { status: 'error', message: 'That extension was not found.' };
  revalidatePath(`/teach/assignments/${input.assignmentId}`);
  redirect(`/teach/assignments/${input.assignmentId}?unextended=${encodeURIComponent(input.userId)}#students`);
});
