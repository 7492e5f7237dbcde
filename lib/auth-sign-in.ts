// Signing in with the per-account (and per-address) failure limit. Called by POST
// /api/sign-in, a route handler rather than a server action so that a refusal can carry its
// real HTTP status (429 with Retry-After when limited): a server action always answers 200.
import 'server-only';
import { isAPIError } from 'better-auth/api';
import { getAuth } from '@/lib/auth-server';
import { clearSignInFailures, getSignInRetryAfterSeconds, recordSignInFailure } from '@/lib/dal/sign-in-limits';
import { getEnv } from '@/lib/env';
import { safeNextPath, type SignInRefusal } from '@/lib/schemas/auth';

export type SignInOutcome = { ok: true; redirectTo: string } | { ok: false; refusal: Exclude<SignInRefusal, 'invalid'>; retryAfterSeconds?: number };

/** The client address named by the trusted proxy header, or null (then the limit is per account). */
function trustedClientAddress(headers: Headers): string | null {
  const header = getEnv().TRUSTED_CLIENT_IP_HEADER;
  if (!header) return null;
  return headers.get(header)?.split(',')[0]?.trim().slice(0, 64) || null;
}

/**
 * Anyone (signed out): checks the password unless the account is limited; on success
 * better-auth's nextCookies plugin puts a new session cookie on the response being built.
 */
export async function signInWithLimits(
  { email, password, next }: { email: string; password: string; next?: string },
  headers: Headers,
): Promise<SignInOutcome> {
  const address = trustedClientAddress(headers);
  const retryAfterSeconds = await getSignInRetryAfterSeconds(email, address);
  if (retryAfterSeconds > 0) return { ok: false, refusal: 'limited', retryAfterSeconds };
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { email, password }, headers });
  } catch (error) {
    // isAPIError, not instanceof: the auth instance is shared across Next's bundles (server
    // actions, route handlers), each with its own copy of the APIError class.
    if (isAPIError(error)) {
      await recordSignInFailure(email, address);
      // An unknown email still pays for a hash inside better-auth, so both answer alike.
      return { ok: false, refusal: 'credentials' };
    }
    throw error;
  }
  await clearSignInFailures(email, address);
  return { ok: true, redirectTo: safeNextPath(next) };
}
