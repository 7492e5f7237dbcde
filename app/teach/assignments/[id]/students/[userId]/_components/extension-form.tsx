'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { setExtensionAction } from '@/lib/actions/assignments-edit';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_EXTRA_MINUTES } from '@/lib/schemas/assignments';
import { toLocalInput, useBrowserOffset } from '../../../../_components/browser-zone';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

interface Props {
  assignmentId: string;
  userId: string;
  studentName: string;
  hasTimeLimit: boolean;
  /** The current extension, ISO due time and minutes. */
  current: { dueAt: string | null; extraMinutes: number | null } | null;
}

export function ExtensionForm({ assignmentId, userId, studentName, hasTimeLimit, current }: Props) {
  const [state, action, pending] = useActionState(setExtensionAction, idleState);
  const formRef = useFocusOnRefusal(state);
  const offset = useBrowserOffset();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const formKey = `${JSON.stringify(v)}|${offset ?? 'server'}`;

  return (
    <form ref={formRef} key={formKey} action={action} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="userId" value={userId} />
      {offset ? <input type="hidden" name="tzOffset" value={offset} /> : null}
      {state.status === 'error' && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      <Field
        name="dueAt"
        label={`Due time for ${studentName}`}
        type="datetime-local"
        defaultValue={v.dueAt ?? (current?.dueAt ? toLocalInput(current.dueAt, offset !== null) : '')}
        hint="Later than the class’s due time. Leave empty to keep the class’s due time."
        errors={errors.dueAt}
      />
      {hasTimeLimit ? (
        <Field
          name="extraMinutes"
          label="Extra minutes on the time limit"
          type="number"
          min={1}
          max={MAX_EXTRA_MINUTES}
          defaultValue={v.extraMinutes ?? (current?.extraMinutes ? String(current.extraMinutes) : '')}
          hint="Added to each attempt’s time limit, including one in progress now."
          errors={errors.extraMinutes}
        />
      ) : null}
      <div className="flex flex-col gap-2">
        <Button type="submit" disabled={pending} className="self-start">{pending ? 'Saving…' : 'Give more time'}</Button>
        {!offset ? <p className="text-sm text-stone-600 dark:text-stone-400">Without JavaScript, times are shown and read as UTC.</p> : null}
      </div>
    </form>
  );
}
