'use client';
// The article management forms. Each posts a server action (they work without JavaScript) and
// shows its outcome beside it.
import { useActionState } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { archiveArticleAction, deleteArticleAction, renameArticleAction } from '@/lib/actions/article-manage';
import { ARTICLE_TITLE_MAX } from '@/lib/input-limits';
import { idleState, type ActionState } from '@/lib/schemas/action-state';

function Outcome({ state }: { state: ActionState }) {
  if (state.status === 'idle' || !state.message || state.fieldErrors) return null;
  return (
    <p role="status" className={`text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-300'}`}>
      {state.message}
    </p>
  );
}

export function RenameArticleForm({ slug, title }: { slug: string; title: string }) {
  const [state, action, pending] = useActionState(renameArticleAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {/* No maxLength: a browser would cut a long paste silently; the action says what is too long instead. */}
      <Field
        name="title"
        label="Title"
        required
        autoComplete="off"
        hint={`Up to ${ARTICLE_TITLE_MAX} characters. Students see it in the library, their assignments and results.`}
        defaultValue={state.values?.title ?? title}
        key={state.values?.title ?? title}
        errors={state.fieldErrors?.title}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? 'Saving…' : 'Save title'}</Button>
        <Outcome state={state} />
      </div>
    </form>
  );
}

export function ArchiveArticleButton({ slug, archive, label, variant = 'secondary' }: { slug: string; archive: 'archive' | 'restore'; label: string; variant?: ButtonVariant }) {
  const [state, action, pending] = useActionState(archiveArticleAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="archive" value={archive} />
      <div>
        <Button type="submit" variant={variant} disabled={pending}>{label}</Button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function DeleteArticleButton({ slug, title }: { slug: string; title: string }) {
  const [state, action, pending] = useActionState(deleteArticleAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-50 dark:bg-red-600 dark:hover:bg-red-500"
        >
          {pending ? 'Deleting…' : `Delete “${title.length > 40 ? `${title.slice(0, 39)}…` : title}” for good`}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}
