'use server';
// Class actions. Each is a public endpoint: the wrapper checks the session, the DAL checks
// that the viewer teaches the class (or is joining with a valid code).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createClass, joinClass, removeStudent, setClassArchived } from '@/lib/dal/classes';
import type { ActionState } from '@/lib/schemas/action-state';
import { archiveClassSchema, createClassSchema, joinClassSchema, removeStudentSchema } from '@/lib/schemas/classes';
import { validatedActionWithViewer } from './validated-action';

const FAILURES = {
  forbidden: 'Only teachers can manage classes.',
  not_found: 'That class was not found.',
} as const;

export const createClassAction = validatedActionWithViewer(createClassSchema, async ({ name }, viewer): Promise<ActionState> => {
  const created = await createClass(viewer, name);
  if (created.result !== 'ok') return { status: 'error', message: FAILURES.forbidden };
  revalidatePath('/teach/classes');
  redirect(`/teach/classes/${created.id}`);
});

export const joinClassAction = validatedActionWithViewer(joinClassSchema, async ({ code }, viewer): Promise<ActionState> => {
  const joined = await joinClass(viewer, code);
  if (joined.result === 'own_class') {
    const message = 'You teach this class, so you cannot join it as a student.';
    return { status: 'error', message, fieldErrors: { code: [message] } };
  }
  if (joined.result !== 'ok') {
    const message = 'No open class has that code. Check it with your teacher.';
    return { status: 'error', message, fieldErrors: { code: [message] } };
  }
  revalidatePath('/classes');
  redirect(`/classes?joined=${joined.classId}${joined.wasMember ? '&already=1' : ''}`);
});

export const removeStudentAction = validatedActionWithViewer(removeStudentSchema, async ({ classId, studentId }, viewer): Promise<ActionState> => {
  const result = await removeStudent(viewer, classId, studentId);
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath('/teach/classes');
  // The student's row (where the button's own message would show) is gone: the page says it.
  redirect(`/teach/classes/${classId}?removed=1`);
});

export const archiveClassAction = validatedActionWithViewer(archiveClassSchema, async ({ classId, archive }, viewer): Promise<ActionState> => {
  const result = await setClassArchived(viewer, classId, archive === 'yes');
  if (result !== 'ok') return { status: 'error', message: FAILURES[result] };
  revalidatePath('/teach/classes', 'layout');
  return { status: 'ok', message: archive === 'yes' ? 'Class archived: no one new can join.' : 'Class reopened.' };
});
