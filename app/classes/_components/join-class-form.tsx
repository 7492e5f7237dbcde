'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { joinClassAction } from '@/lib/actions/classes';
import { idleState } from '@/lib/schemas/action-state';

/**
 * Join by code. With `code` given (the join link's page) the code travels hidden and only the
 * button shows; otherwise the student types it.
 */
export function JoinClassForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState(joinClassAction, idleState);
  const message = state.status === 'error' ? state.message : undefined;
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      {code ? (
        <>
          <input type="hidden" name="code" value={code} />
          {message ? <p role="alert" className="text-red-700 dark:text-red-400">{message}</p> : null}
        </>
      ) : (
        <div className="grow">
          <Field
            name="code"
            label="Class code"
            hint="Six letters and digits from your teacher, e.g. HK7M3Q."
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={state.values?.code}
            errors={state.fieldErrors?.code ?? (message ? [message] : undefined)}
          />
        </div>
      )}
      <Button type="submit" disabled={pending} className={code ? '' : 'sm:mt-7'}>
        {pending ? 'Joining…' : code ? 'Join this class' : 'Join class'}
      </Button>
    </form>
  );
}
