'use client';
import Link from '@/components/ui/link';
import { useActionState } from 'react';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { signUp } from '@/lib/actions/auth';
import { idleState } from '@/lib/schemas/action-state';

export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {message}
    </p>
  );
}

export function SignUpForm({ next, invite }: { next?: string; invite?: string }) {
  const [state, action, pending] = useActionState(signUp, idleState);
  const formRef = useFocusOnRefusal(state);
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.status === 'error' ? state.message : undefined} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <Field name="name" label="Name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="At least 8 characters."
        errors={state.fieldErrors?.password}
      />
      {invite ? null : (
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="wantsTeacher"
            defaultChecked={state.values?.wantsTeacher === 'on'}
            className="mt-1 size-5 shrink-0 accent-sky-700"
          />
          <span>I am a teacher (an admin approves teacher accounts)</span>
        </label>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating account…' : 'Create account'}
      </Button>
      <p className="text-sm">
        Already have an account?{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className="underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
