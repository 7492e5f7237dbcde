'use server';
// Assignment actions. Each is a public endpoint: the session is checked here, the DAL checks
// that the viewer teaches the class (or, for students, is enrolled in it).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { createAssignment, deleteAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { fieldErrorState, type ActionState } from '@/lib/schemas/action-state';
import { createAssignmentSchema, deleteAssignmentSchema, readableDueAt, startAssignmentSchema } from '@/lib/schemas/assignments';
import { formDataToObject, SIGNED_OUT_STATE, submittedValues, validatedActionWithViewer } from './validated-action';

const CREATE_FAILURES = {
  forbidden: 'Only teachers can assign quizzes.',
  not_found: 'That class or article was not found (an archived class takes no new assignments).',
  no_questions: 'This article has no approved questions yet. Approve some in its question review first.',
  unknown_questions: 'Some picked questions are no longer approved. Reload the page and pick again.',
  due_in_past: 'The due time has already passed. Choose a later one.',
} as const;

/** The picked question checkboxes share one name, so they are read as a list. */
export async function createAssignmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT_STATE;
  const fields = formDataToObject(formData);
  const input = { ...fields, questionIds: formData.getAll('questionIds') };
  const values = { ...submittedValues(fields), questionIds: formData.getAll('questionIds').filter((v) => typeof v === 'string').join(',') };
  const parsed = createAssignmentSchema.safeParse(input);
  if (!parsed.success) {
    const refused = fieldErrorState(parsed.error);
    // The clock check is the DAL's (createAssignment); named here too, so every mistake shows at once.
    const due = readableDueAt(fields);
    if (due && due <= new Date() && !refused.fieldErrors?.dueAt) refused.fieldErrors = { ...refused.fieldErrors, dueAt: [CREATE_FAILURES.due_in_past] };
    return { ...refused, values };
  }
  const created = await createAssignment(viewer, parsed.data);
  if (created.result !== 'ok') {
    const message = CREATE_FAILURES[created.result];
    return { status: 'error', message, values, fieldErrors: created.result === 'due_in_past' ? { dueAt: [message] } : undefined };
  }
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
  // "The best N" with fewer approved questions takes them all: the page says how many it has.
  const asked = parsed.data.questionMode === 'best' ? `&asked=${parsed.data.bestCount}` : '';
  redirect(`/teach/assignments/${created.id}?created=1${asked}`);
}

/** Plain form action: start or resume, then straight into the quiz. */
export async function startAssignmentAction(formData: FormData): Promise<void> {
  const parsed = startAssignmentSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) redirect('/assignments');
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/assignments');
  const started = await startAssignmentAttempt(viewer, parsed.data.assignmentId);
  if (started.outcome !== 'ok') redirect(`/assignments?refused=${started.outcome}`);
  redirect(`/attempts/${started.attemptId}`);
}

export const deleteAssignmentAction = validatedActionWithViewer(deleteAssignmentSchema, async ({ assignmentId }, viewer): Promise<ActionState> => {
  const deleted = await deleteAssignment(viewer, assignmentId);
  if (deleted.result !== 'ok') return { status: 'error', message: 'That assignment was not found.' };
  revalidatePath(`/teach/classes/${deleted.classId}`);
  redirect(`/teach/classes/${deleted.classId}?deleted=1`);
});
