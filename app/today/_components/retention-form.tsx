'use client';
// The student's desired retention, in percent (the schema turns it into FSRS's fraction).
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { updateStudySettings } from '@/lib/actions/study';
import { idleState } from '@/lib/schemas/action-state';
import { MAX_RETENTION, MIN_RETENTION } from '@/lib/input-limits';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

export function RetentionForm({ retention }: { retention: number }) {
  const [state, formAction, pending] = useActionState(updateStudySettings, idleState);
  const formRef = useFocusOnRefusal(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3 sm:max-w-sm">
      <Field
        name="retentionPercent"
        label="Desired retention (%)"
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION * 100}
        max={MAX_RETENTION * 100}
        step={1}
        required
        // After a refusal React resets the form: it shows what was typed, beside its error.
        defaultValue={state.status === 'error' ? state.values?.retentionPercent : Math.round(retention * 100)}
        hint={`How much you want to remember, ${MIN_RETENTION * 100}–${MAX_RETENTION * 100}. Higher means more reviews.`}
        errors={state.fieldErrors?.retentionPercent}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          Save
        </Button>
        <p aria-live="polite" className="text-sm text-stone-700 dark:text-stone-300">
          {state.status === 'ok' ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
