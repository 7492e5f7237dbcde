'use client';
// One button that posts a class action (remove a student, archive) and reports the outcome.
import { useActionState } from 'react';
import { buttonClasses, type ButtonVariant } from '@/components/ui/button';
import type { ActionState } from '@/lib/schemas/action-state';
import { idleState } from '@/lib/schemas/action-state';

interface Props {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
}

export function ActionButton({ action, fields, label, variant = 'secondary' }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={buttonClasses(variant)}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm">
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : state.message}
      </span>
    </form>
  );
}
