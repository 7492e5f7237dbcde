'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { acceptInviteAction } from '@/lib/actions/admin';
import { idleState } from '@/lib/schemas/action-state';

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, idleState);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        Accept and become a teacher
      </Button>
    </form>
  );
}
