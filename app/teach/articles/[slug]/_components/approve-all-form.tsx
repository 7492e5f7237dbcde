'use client';
// The confirmed "Approve all" post; it works without JavaScript (a server action), and shows a refusal beside it.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { approveAllDrafts } from '@/lib/actions/review-bulk';
import { idleState } from '@/lib/schemas/action-state';

export function ApproveAllForm({ slug, questionIds }: { slug: string; questionIds: string[] }) {
  const [state, action, pending] = useActionState(approveAllDrafts, idleState);
  const n = questionIds.length;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="questionIds" value={questionIds.join(',')} />
      <div>
        <Button type="submit" disabled={pending}>{pending ? 'Approving…' : `Approve ${n} ${n === 1 ? 'draft' : 'drafts'}`}</Button>
      </div>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.fieldErrors?.questionIds?.[0] ?? state.message}
        </p>
      ) : null}
    </form>
  );
}
