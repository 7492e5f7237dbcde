'use client';
// Demote and remove an account: each posts a server action and works without JavaScript.
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { demoteUserAction, removeUserAction } from '@/lib/actions/admin-accounts';
import { idleState, type ActionState } from '@/lib/schemas/action-state';

function Outcome({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  return (
    <p role={state.status === 'error' ? 'alert' : 'status'} className={`text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-stone-700 dark:text-stone-300'}`}>
      {state.message}
    </p>
  );
}

export function DemoteButton({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(demoteUserAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('secondary')} aria-label={`Make ${name} a student`}>
          Make student
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function RemoveAccountButton({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeUserAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-50 dark:bg-red-600 dark:hover:bg-red-500"
        >
          {pending ? 'Removing…' : `Remove ${name}’s account for good`}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}
