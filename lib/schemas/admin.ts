// Admin input: teacher requests, invites, password-reset links. Shared by forms and actions.
import { z } from 'zod';

const id = z.string().min(1).max(100);

/** A base64url token of 32 random bytes is 43 characters; anything far off is not one of ours. */
export const linkTokenSchema = z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/);

export const teacherRequestSchema = z.object({ userId: id, decision: z.enum(['approve', 'decline']) }).strict();

export const createInviteSchema = z.object({}).strict();

export const revokeInviteSchema = z.object({ inviteId: id }).strict();

export const createResetLinkSchema = z.object({ userId: id }).strict();

export const acceptInviteSchema = z.object({ token: linkTokenSchema }).strict();

export const resetPasswordSchema = z
  .object({
    token: linkTokenSchema,
    password: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use at most 128 characters.'),
    confirmPassword: z.string().max(128),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' });

export const demoteUserSchema = z.object({ userId: id }).strict();

export const removeUserSchema = z.object({ userId: id }).strict();

/** How many classes one handover may carry (a teacher has a handful; this only bounds the input). */
export const HANDOVER_MAX_CLASSES = 500;

/** Handing a teacher's classes to another: the ticked class checkboxes arrive as one list. */
export const handOverClassesSchema = z
  .object({
    fromUserId: id,
    toUserId: z.string().min(1, 'Choose who receives the classes.').max(100),
    classIds: z.array(id).min(1, 'Tick at least one class.').max(HANDOVER_MAX_CLASSES),
    confirm: z.literal('yes', { message: 'Tick this box to confirm the handover.' }),
  })
  .strict();
