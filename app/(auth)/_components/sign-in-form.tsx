'use client';
// The sign-in form is a plain POST to /api/sign-in, so it works without JavaScript (the route
// answers 303, or a refusal with this form drawn again, email filled in: app/api/sign-in/
// refusal-page.ts, which keeps its labels and ids). With JavaScript it posts the same form with
// fetch, asks for JSON and shows the refusal in place, keeping what was typed.
import Link from '@/components/ui/link';
import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';
import { idleState, type ActionState } from '@/lib/schemas/action-state';
import { SIGN_IN_MESSAGES, type SignInRefusal, type SignInReply } from '@/lib/schemas/auth';
import { FormMessage } from './auth-forms';

type Refused = Extract<SignInReply, { status: 'error' }>;

export function SignInForm({ next, error }: { next?: string; error?: SignInRefusal }) {
  const [refused, setRefused] = useState<Pick<Refused, 'message' | 'fieldErrors'> | null>(error ? { message: SIGN_IN_MESSAGES[error] } : null);
  const [pending, setPending] = useState(false);
  // Each refusal puts the keyboard on the field to fix (or the message), not the page's top.
  const refusal = useMemo<ActionState>(() => (refused ? { status: 'error', message: refused.message, fieldErrors: refused.fieldErrors } : idleState), [refused]);
  const formRef = useFocusOnRefusal(refusal);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    let reply: SignInReply | null;
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { accept: 'application/json' } });
      // Anything but the route's JSON (a proxy's 413 or 502 page) reads as null.
      reply = (await response.json().catch(() => null)) as SignInReply | null;
    } catch {
      setRefused({ message: 'Could not reach Gleaner. Check the connection and try again.' });
      setPending(false);
      return;
    }
    if (reply?.status === 'ok') {
      // A full load, so every part of the page (the header too) renders for the new session.
      window.location.assign(reply.redirectTo);
      return;
    }
    setRefused(reply?.status === 'error' ? reply : { message: 'Signing in did not work this time. Try again.' });
    setPending(false);
  }

  return (
    <form ref={formRef} method="post" action="/api/sign-in" onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormMessage message={refused?.message} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" label="Email" type="email" autoComplete="email" required errors={refused?.fieldErrors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required errors={refused?.fieldErrors?.password} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-sm">
        New here?{' '}
        <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'} className="underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
