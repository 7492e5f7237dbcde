'use client';
// "Hand over classes": which classes (all ticked at first), to whom, and a tick to confirm. Posts
// a server action and works without JavaScript; refusals show beside the field they are about.
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';
import { handOverClassesAction } from '@/lib/actions/class-handover';
import type { HandoverClass, HandoverReceiver } from '@/lib/dal/class-handover';
import { idleState } from '@/lib/schemas/action-state';

const errorText = 'text-sm text-red-700 dark:text-red-400';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? <p id={id} className={errorText}>{errors.join(' ')}</p> : null;
}

export function ClassHandoverForm({ userId, name, classes, receivers }: { userId: string; name: string; classes: HandoverClass[]; receivers: HandoverReceiver[] }) {
  const [state, action, pending] = useActionState(handOverClassesAction, idleState);
  const formRef = useFocusOnRefusal(state);
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};
  // After a refusal the form shows what was sent; at first every class is ticked.
  const ticked = v.classIds === undefined ? null : new Set(v.classIds.split(',').filter(Boolean));
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4">
      <input type="hidden" name="fromUserId" value={userId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Classes to hand over</legend>
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {classes.map((c) => (
            <li key={c.id}>
              <label className="flex min-h-11 items-start gap-3 p-3">
                <input
                  type="checkbox"
                  name="classIds"
                  value={c.id}
                  defaultChecked={ticked ? ticked.has(c.id) : true}
                  aria-invalid={errors.classIds ? true : undefined}
                  aria-describedby={errors.classIds ? 'handover-classes-error' : undefined}
                  className="mt-0.5 size-5 shrink-0"
                />
                <span className="min-w-0 break-words">
                  {c.name}
                  <span className="block text-sm text-stone-600 dark:text-stone-400">
                    {plural(c.studentCount, 'student')}
                    {c.archived ? ' · archived' : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="handover-classes-error" errors={errors.classIds} />
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="handover-to" className="font-medium">Hand over to</label>
        <select
          id="handover-to"
          name="toUserId"
          defaultValue={v.toUserId ?? ''}
          aria-invalid={errors.toUserId ? true : undefined}
          aria-describedby={['handover-to-hint', errors.toUserId ? 'handover-to-error' : null].filter(Boolean).join(' ')}
          className="min-h-11 w-full max-w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base sm:w-auto dark:border-stone-600 dark:bg-stone-900"
        >
          <option value="">Choose a teacher or admin…</option>
          {receivers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.email}){r.role === 'admin' ? ' · admin' : ''}
            </option>
          ))}
        </select>
        <p id="handover-to-hint" className="text-sm text-stone-600 dark:text-stone-400">Current teachers and admins.</p>
        <FieldError id="handover-to-error" errors={errors.toUserId} />
      </div>

      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? 'handover-confirm-error' : undefined}
            className="mt-0.5 size-5 shrink-0"
          />
          <span>
            Yes, hand over the ticked classes. Their students, join codes, assignments and grades go with them, and {name} no longer
            sees or manages them.
          </span>
        </label>
        <FieldError id="handover-confirm-error" errors={errors.confirm} />
      </div>

      {state.status === 'error' && state.message ? (
        <p id="handover-message" role="alert" className={errorText}>{state.message}</p>
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? 'Handing over…' : 'Hand over classes'}
        </button>
      </div>
    </form>
  );
}
