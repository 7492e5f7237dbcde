'use server';
// Sign-up, sign-in and sign-out through better-auth's server API; its nextCookies plugin
// sets and clears the session cookie on these responses.
import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from '@/lib/auth-passwords';
import { getAuth } from '@/lib/auth-server';
import { settleNewAccountRole } from '@/lib/dal/admin';
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from '@/lib/dal/sign-in-limits';
import { getEnv } from '@/lib/env';
import { type ActionState } from '@/lib/schemas/action-state';
import { safeNextPath, signInSchema, signUpSchema } from '@/lib/schemas/auth';
import { validatedAction } from './validated-action';

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

async function trustedClientAddress(): Promise<string | null> {
  const header = getEnv().TRUSTED_CLIENT_IP_HEADER;
  if (!header) return null;
  return (await headers()).get(header)?.split(',')[0]?.trim().slice(0, 64) || null;
}

export const signUp = validatedAction(signUpSchema, async ({ name, email, password, next, wantsTeacher, invite }): Promise<ActionState> => {
  if (isCommonPassword(password)) {
    return { status: 'error', message: 'Please correct the fields below.', fieldErrors: { password: [COMMON_PASSWORD_MESSAGE] } };
  }
  const auth = await getAuth();
  let userId: string;
  try {
    const created = await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
    userId = created.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      const taken = /exist/i.test(error.message);
      return {
        status: 'error',
        message: taken ? 'An account with this email already exists. Sign in instead.' : 'Could not create the account.',
        fieldErrors: taken ? { email: ['An account with this email already exists.'] } : undefined,
      };
    }
    throw error;
  }
  // better-auth never takes a role from input; the role is settled here, on the server.
  const { role, invite: inviteOutcome } = await settleNewAccountRole(userId, {
    wantsTeacher: wantsTeacher === 'on',
    inviteToken: invite || undefined,
    openTeacherSignup: getEnv().GLEANER_OPEN_TEACHER_SIGNUP,
  });
  // A spent or expired invite still leaves a working student account; its page says why.
  if (inviteOutcome === 'invalid' && invite) redirect(`/invite/${encodeURIComponent(invite)}`);
  if (role === 'admin') redirect('/admin');
  if (inviteOutcome === 'ok') redirect('/teach');
  redirect(safeNextPath(next));
});

export const signIn = validatedAction(signInSchema, async ({ email, password, next }): Promise<ActionState> => {
  const address = await trustedClientAddress();
  if (await isSignInBlocked(email, address)) {
    return { status: 'error', message: 'Too many failed sign-ins for this account. Wait 15 minutes and try again.' };
  }
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      await recordSignInFailure(email, address);
      // One message for an unknown email and a wrong password.
      return { status: 'error', message: WRONG_CREDENTIALS };
    }
    throw error;
  }
  await clearSignInFailures(email, address);
  redirect(safeNextPath(next));
});

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect('/');
}
