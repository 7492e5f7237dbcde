// Sign-up and sign-in input, shared by the forms and the server actions.
import { z } from 'zod';

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
    email: z.email('Enter a valid email address.').max(254).transform((e) => e.toLowerCase()),
    password: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use at most 128 characters.'),
    next: z.string().max(500).optional(),
    // Asks the admin for a teacher account; the account is a student until approved.
    wantsTeacher: z.literal('on').optional(),
    // A teacher invite link's token (from /sign-up?invite=...); checked on the server.
    invite: z.string().max(100).optional(),
  })
  .strict();

export const signInSchema = z
  .object({
    email: z.email('Enter a valid email address.').max(254).transform((e) => e.toLowerCase()),
    password: z.string().min(1, 'Enter your password.').max(128),
    next: z.string().max(500).optional(),
  })
  .strict();

/**
 * Only same-site paths are followed after sign-in, never another origin. A browser drops tabs
 * and line breaks from a URL ("/\t/evil.example" becomes "//evil.example"), so any control
 * character refuses the path too.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  return next;
}

/**
 * Why a sign-in was refused, as a code the sign-in page can show again after a no-JavaScript
 * form post (/sign-in?error=limited); only these fixed texts can appear, never the input.
 */
export const SIGN_IN_MESSAGES = {
  // One message for an unknown email and a wrong password.
  credentials: 'That email and password do not match an account.',
  limited: 'Too many failed sign-ins for this account. Wait 15 minutes and try again.',
  invalid: 'Enter a valid email address and your password.',
} as const;

export type SignInRefusal = keyof typeof SIGN_IN_MESSAGES;

export function isSignInRefusal(value: string | undefined): value is SignInRefusal {
  return typeof value === 'string' && Object.hasOwn(SIGN_IN_MESSAGES, value);
}

/** What POST /api/sign-in answers a script (Accept: application/json): where to go, or why not. */
export type SignInReply = { status: 'ok'; redirectTo: string } | { status: 'error'; refusal: SignInRefusal; message: string; fieldErrors?: Record<string, string[] | undefined> };
