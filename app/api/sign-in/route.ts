// POST /api/sign-in: the sign-in form posts here, with or without JavaScript. A route handler
// (not a server action) so every refusal has its real status: 400 bad input, 401 wrong email
// or password, 429 + Retry-After when the account is limited, 403 from another site.
// A browser's plain form post (no JavaScript) gets 303 to `next` on success; on a refusal it
// gets the status with the sign-in form itself (refusal-page.ts): the message, and the email
// as typed, which a redirect could only carry in the URL. (The price: reloading that page offers
// to post the form again, as any refused form post does.) The enhanced form asks for JSON and
// shows the message in place.
import { NextResponse } from 'next/server';
import { formDataToObject } from '@/lib/actions/validated-action';
import { isSameOrigin } from '@/lib/http/same-origin';
import { signInWithLimits } from '@/lib/auth-sign-in';
import { fieldErrorState } from '@/lib/schemas/action-state';
import { safeNextPath, SIGN_IN_MESSAGES, signInSchema, type SignInRefusal, type SignInReply } from '@/lib/schemas/auth';
import { renderRefusalPage } from './refusal-page';

const STATUS: Record<SignInRefusal, number> = { invalid: 400, credentials: 401, limited: 429 };

interface Submitted {
  email: string;
  next: string | undefined;
}

function refuse(wantsJson: boolean, refusal: SignInRefusal, submitted: Submitted, extra: { retryAfterSeconds?: number; fieldErrors?: Record<string, string[] | undefined> } = {}): Response {
  const message = SIGN_IN_MESSAGES[refusal];
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (extra.retryAfterSeconds) headers['retry-after'] = String(extra.retryAfterSeconds);
  if (wantsJson) {
    const reply: SignInReply = { status: 'error', refusal, message, fieldErrors: extra.fieldErrors };
    return NextResponse.json(reply, { status: STATUS[refusal], headers });
  }
  const page = renderRefusalPage({
    message,
    email: submitted.email,
    next: submitted.next ? safeNextPath(submitted.next) : undefined,
    fieldErrors: extra.fieldErrors,
  });
  return new NextResponse(page, { status: STATUS[refusal], headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

export async function POST(request: Request): Promise<Response> {
  // Login CSRF: only this site's own pages may post here.
  if (!isSameOrigin(request)) return NextResponse.json({ message: 'Forbidden' }, { status: 403 });
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const form = await request.formData().catch(() => null);
  const input = form ? formDataToObject(form) : {};
  // As typed (trimmed, bounded), to fill the form again; never the password.
  const submitted: Submitted = {
    email: typeof input.email === 'string' ? input.email.trim().slice(0, 254) : '',
    next: typeof input.next === 'string' ? input.next.slice(0, 500) : undefined,
  };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return refuse(wantsJson, 'invalid', submitted, { fieldErrors: fieldErrorState(parsed.error).fieldErrors });
  const outcome = await signInWithLimits(parsed.data, request.headers);
  if (!outcome.ok) return refuse(wantsJson, outcome.refusal, submitted, { retryAfterSeconds: outcome.retryAfterSeconds });
  if (wantsJson) return NextResponse.json({ status: 'ok', redirectTo: outcome.redirectTo } satisfies SignInReply, { headers: { 'cache-control': 'no-store' } });
  // 303: the browser follows with a GET, so a reload of the next page never re-posts the password.
  return new NextResponse(null, { status: 303, headers: { location: outcome.redirectTo, 'cache-control': 'no-store' } });
}
