'use client';
// The admin page's small forms. Each posts to a server action and works without JavaScript;
// a one-time link comes back in the action state and is shown once, ready to copy.
import { useActionState, useId } from 'react';
import { CopyButton } from '@/components/copy-button';
import { buttonClasses } from '@/components/ui/button';
import { createInvite, createResetLink, decideRequest, revokeInviteAction } from '@/lib/actions/admin';
import { idleState, type ActionState } from '@/lib/schemas/action-state';

function Status({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  const tone = state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-stone-700 dark:text-stone-300';
  return <span className={`text-sm ${tone}`}>{state.message}</span>;
}

/**
 * The action's message in a live region (announced when a link is made or refused); the link and
 * its Copy button beside it, outside that region, so "Copied" is announced once, by the button.
 */
function OneTimeLink({ state, label, what }: { state: ActionState; label: string; what: string }) {
  const id = useId();
  const link = state.status === 'ok' ? state.link : undefined;
  return (
    <div className="flex w-full flex-col gap-1">
      <p aria-live="polite" className="text-sm empty:hidden">
        {link ? state.message : <Status state={state} />}
      </p>
      {link ? (
        <>
          <label htmlFor={id} className="text-sm font-medium">
            {label}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <input
              id={id}
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="block min-h-11 w-full min-w-0 rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm sm:flex-1 dark:border-stone-600 dark:bg-stone-900"
            />
            <CopyButton text={link} label="Copy" what={what} targetId={id} />
          </div>
        </>
      ) : null}
    </div>
  );
}

export function TeacherRequestButtons({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(decideRequest, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClasses('primary')} aria-label={`Approve ${name} as a teacher`}>
        Approve
      </button>
      <button type="submit" name="decision" value="decline" disabled={pending} className={buttonClasses('secondary')} aria-label={`Decline ${name}'s teacher request`}>
        Decline
      </button>
      <span aria-live="polite">
        <Status state={state} />
      </span>
    </form>
  );
}

export function CreateInviteForm() {
  const [state, action, pending] = useActionState(createInvite, idleState);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <button type="submit" disabled={pending} className={buttonClasses('primary')}>
        Create a teacher invite link
      </button>
      <OneTimeLink state={state} label="Teacher invite link" what="teacher invite link" />
    </form>
  );
}

export function RevokeInviteButton({ inviteId, label }: { inviteId: string; label: string }) {
  const [state, action, pending] = useActionState(revokeInviteAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="inviteId" value={inviteId} />
      <button type="submit" disabled={pending} className={buttonClasses('secondary')} aria-label={`Revoke ${label}`}>
        Revoke
      </button>
      <span aria-live="polite">
        <Status state={state} />
      </span>
    </form>
  );
}

export function ResetLinkButton({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(createResetLink, idleState);
  return (
    <form action={action} className="flex w-full flex-col items-start gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className={buttonClasses('ghost', 'px-3 text-sm underline')} aria-label={`Create password reset link for ${name}`}>
        Create password reset link
      </button>
      <OneTimeLink state={state} label={`Password reset link for ${name}`} what={`password reset link for ${name}`} />
    </form>
  );
}
