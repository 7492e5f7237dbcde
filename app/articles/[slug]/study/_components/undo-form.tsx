'use client';
// Takes back the last grade (the key U, or Ctrl+Z in the empty answer box, does the same: see study-card.tsx).
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { undoLastGrade } from '@/lib/actions/study';
import { idleState } from '@/lib/schemas/action-state';

export function UndoForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useActionState(undoLastGrade, idleState);
  return (
    <form id="undo-form" action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" disabled={pending} className={buttonClasses('secondary')}>
        Undo last grade <span className="sr-only">(key U)</span>
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
