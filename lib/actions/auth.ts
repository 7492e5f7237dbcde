'use server';
// Sign-up and sign-out through better-auth's server API; its nextCookies plugin sets and
// clears the session cookie on these responses. Sign-in is POST /api/sign-in
// (lib/auth-sign-in.ts), a route handler so that a limited sign-in can answer 429.
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from '@/lib/auth-passwords';
import { getAuth } from '@/lib/auth-server';
import { settleNewAccountRole } from '@/lib/dal/admin';
import { getEnv } from '@/lib/env';
import { type ActionState } from '@/lib/schemas/action-state';
import { safeNextPath, signUpSchema } from '@/lib/schemas/auth';
import { validatedAction } from './validated-action';

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
    if (isAPIError(error)) {
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
  if (inviteOutcome === 'ok' || role === 'teacher') redirect('/teach');
  const to = safeNextPath(next);
  // A request to teach waits for an admin: the Library says so (else nothing tells the new
  // account), with a link on to where the account was going.
  if (wantsTeacher === 'on') redirect(`/?teacher-request=sent${to === '/' ? '' : `&next=${encodeURIComponent(to)}`}`);
  redirect(to);
});

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect('/');
}
