'use server';
// The admin's actions and the two public link actions (accept invite, reset password).
// The DAL checks the viewer's role again: these are public endpoints.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from '@/lib/auth-passwords';
import { decideTeacherRequest } from '@/lib/dal/admin';
import { acceptInvite, createTeacherInvite, revokeInvite } from '@/lib/dal/invites';
import { createPasswordResetLink, resetPasswordWithLink } from '@/lib/dal/password-reset';
import { getPublicUrl } from '@/lib/env';
import type { ActionState } from '@/lib/schemas/action-state';
import {
  acceptInviteSchema,
  createInviteSchema,
  createResetLinkSchema,
  resetPasswordSchema,
  revokeInviteSchema,
  teacherRequestSchema,
} from '@/lib/schemas/admin';
import { validatedAction, validatedActionWithViewer } from './validated-action';

const FORBIDDEN: ActionState = { status: 'error', message: 'Only the admin can do this.' };

export const decideRequest = validatedActionWithViewer(teacherRequestSchema, async ({ userId, decision }, viewer): Promise<ActionState> => {
  const result = await decideTeacherRequest(viewer, userId, decision);
  if (result === 'forbidden') return FORBIDDEN;
  if (result === 'not_found') return { status: 'error', message: 'That request was already decided.' };
  revalidatePath('/admin');
  return { status: 'ok', message: decision === 'approve' ? 'Approved' : 'Declined' };
});

export const createInvite = validatedActionWithViewer(createInviteSchema, async (_input, viewer): Promise<ActionState> => {
  const result = await createTeacherInvite(viewer);
  if (result === 'forbidden') return FORBIDDEN;
  revalidatePath('/admin');
  return { status: 'ok', message: 'Invite link created. Copy it now: it is shown only once and works for 7 days.', link: `${getPublicUrl()}/sign-up?invite=${result.token}` };
});

export const revokeInviteAction = validatedActionWithViewer(revokeInviteSchema, async ({ inviteId }, viewer): Promise<ActionState> => {
  const result = await revokeInvite(viewer, inviteId);
  if (result === 'forbidden') return FORBIDDEN;
  if (result === 'not_found') return { status: 'error', message: 'That invite was already used or revoked.' };
  revalidatePath('/admin');
  return { status: 'ok', message: 'Revoked' };
});

export const createResetLink = validatedActionWithViewer(createResetLinkSchema, async ({ userId }, viewer): Promise<ActionState> => {
  const result = await createPasswordResetLink(viewer, userId);
  if (result === 'forbidden') return FORBIDDEN;
  if (result === 'not_found') return { status: 'error', message: 'That account no longer exists.' };
  return {
    status: 'ok',
    message: `Reset link for ${result.name}. Hand it over now: it is shown only once, works once and expires in 24 hours.`,
    link: `${getPublicUrl()}/reset-password/${result.token}`,
  };
});

export const acceptInviteAction = validatedActionWithViewer(acceptInviteSchema, async ({ token }, viewer): Promise<ActionState> => {
  const result = await acceptInvite(viewer, token);
  if (result === 'already_teacher') return { status: 'error', message: 'Your account can teach already; the invite is left unused.' };
  if (result === 'invalid') return { status: 'error', message: 'This invite link is not valid: it has expired, was revoked or was already used.' };
  revalidatePath('/', 'layout');
  redirect('/teach');
});

export const resetPassword = validatedAction(resetPasswordSchema, async ({ token, password }): Promise<ActionState> => {
  if (isCommonPassword(password)) {
    return { status: 'error', message: 'Please correct the fields below.', fieldErrors: { password: [COMMON_PASSWORD_MESSAGE] } };
  }
  const result = await resetPasswordWithLink(token, password);
  if (result === 'invalid') return { status: 'error', message: 'This reset link is not valid: it has expired or was already used. Ask the admin for a new one.' };
  redirect('/sign-in?reset=1');
});
