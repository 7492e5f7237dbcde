'use server';
// The admin demotes or removes an account. The DAL checks the role and the guards again.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { demoteToStudent, removeAccount, type AccountRefusal } from '@/lib/dal/admin-accounts';
import type { ActionState } from '@/lib/schemas/action-state';
import { demoteUserSchema, removeUserSchema } from '@/lib/schemas/admin';
import { validatedActionWithViewer } from './validated-action';

const REFUSED: Record<AccountRefusal | 'already_student' | 'teaches_classes', string> = {
  forbidden: 'Only the admin can do this.',
  not_found: 'That account no longer exists.',
  self: 'You cannot do this to your own account.',
  last_admin: 'This is the only admin: make someone else an admin first.',
  already_student: 'This account is a student already.',
  teaches_classes: 'This person teaches classes; removing them would delete those classes with every student’s grades. Hand the classes over to another teacher first (or make them a student instead).',
};

export const demoteUserAction = validatedActionWithViewer(demoteUserSchema, async ({ userId }, viewer): Promise<ActionState> => {
  const outcome = await demoteToStudent(viewer, userId);
  if (outcome.result !== 'ok') return { status: 'error', message: REFUSED[outcome.result] };
  revalidatePath('/admin');
  return { status: 'ok', message: `${outcome.name} is a student now and has been signed out.` };
});

export const removeUserAction = validatedActionWithViewer(removeUserSchema, async ({ userId }, viewer): Promise<ActionState> => {
  const outcome = await removeAccount(viewer, userId);
  if (outcome.result !== 'ok') return { status: 'error', message: REFUSED[outcome.result] };
  revalidatePath('/admin');
  // A flag, not the name: a notice that repeated the address would show whatever a crafted link said.
  redirect('/admin?removed=1');
});
