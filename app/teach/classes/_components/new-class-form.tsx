'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { createClassAction } from '@/lib/actions/classes';
import { idleState } from '@/lib/schemas/action-state';

/** Name a class; on success the action opens its page with the join code. */
export function NewClassForm() {
  const [state, action, pending] = useActionState(createClassAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <div className="grow">
        <Field
          name="name"
          label="Class name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={state.values?.name}
          errors={state.fieldErrors?.name ?? (state.status === 'error' && state.message && !state.fieldErrors ? [state.message] : undefined)}
        />
      </div>
      <Button type="submit" disabled={pending} className="sm:mt-7">
        {pending ? 'Creating…' : 'Create class'}
      </Button>
    </form>
  );
}
