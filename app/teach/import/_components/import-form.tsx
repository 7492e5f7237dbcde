'use client';
// Import a GIFT or Moodle XML file into one article's bank. The whole file is read before
// anything is saved, so an error (named by line or question) leaves the bank untouched.
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { importQuestions } from '@/lib/actions/interchange';
import { QUESTION_ANSWER_MAX, QUESTION_PROMPT_MAX } from '@/lib/input-limits';
import { idleState } from '@/lib/schemas/action-state';
import { formatBytes, isNoFile, QUESTION_FILE_ACCEPT, QUESTION_FILE_MAX_BYTES, tooLargeMessage } from '@/lib/schemas/interchange';
import { ErrorSummary, FieldErrors, FileField, INPUT_CLASS, Progress } from '../../add-article/_components/form-parts';
import { ImportNotes } from './import-notes';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

const FORMATS = [
  { value: 'auto', label: 'Tell from the file' },
  { value: 'gift', label: 'GIFT' },
  { value: 'moodle_xml', label: 'Moodle XML' },
] as const;

export function ImportForm({ articles, initialArticle }: { articles: { slug: string; title: string }[]; initialArticle?: string }) {
  const [state, action, isPending] = useActionState(importQuestions, idleState);
  const formRef = useFocusOnRefusal(state);
  const [localFileError, setLocalFileError] = useState<string | null>(null);
  const fileErrors = localFileError ? [localFileError] : state.fieldErrors?.file;
  const articleErrors = state.fieldErrors?.article;
  const sent = state.values;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    // Sent by hand so React keeps the chosen file after a refused import.
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    if (isNoFile(file)) data.delete('file');
    if (file instanceof File && file.size > QUESTION_FILE_MAX_BYTES) {
      setLocalFileError(tooLargeMessage('The file', file.size, QUESTION_FILE_MAX_BYTES));
      return;
    }
    setLocalFileError(null);
    startTransition(() => action(data));
  };

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <ErrorSummary message={localFileError ? 'Please correct the fields below.' : state.status === 'error' ? state.message : undefined} />
      {state.status === 'ok' && state.message && !localFileError ? <ImportNotes message={state.message} article={sent?.article} /> : null}
      <fieldset disabled={isPending} className="flex min-w-0 flex-col gap-5">
        <div className="flex flex-col gap-1">
          <label htmlFor="field-article" className="font-medium">
            Add the questions to
          </label>
          <select
            id="field-article"
            name="article"
            defaultValue={sent?.article ?? initialArticle ?? ''}
            aria-invalid={articleErrors?.length ? true : undefined}
            aria-describedby={articleErrors?.length ? 'field-article-error' : undefined}
            className={`${INPUT_CLASS} w-full min-w-0 truncate`}
          >
            <option value="" disabled>
              Choose an article…
            </option>
            {articles.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
          <FieldErrors id="field-article-error" errors={articleErrors} />
        </div>
        <FileField
          name="file"
          label="Question file"
          hint={`GIFT (.gift or .txt) or Moodle XML (.xml), up to ${formatBytes(QUESTION_FILE_MAX_BYTES)} and 500 questions. Multiple choice, true/false and short answer questions are kept, within the question form's limits: ${QUESTION_PROMPT_MAX.toLocaleString('en-US')} characters of question text, ${QUESTION_ANSWER_MAX} per choice or answer.`}
          accept={QUESTION_FILE_ACCEPT}
          maxBytes={QUESTION_FILE_MAX_BYTES}
          errors={fileErrors}
          onProblem={setLocalFileError}
        />
        <fieldset className="flex min-w-0 flex-col gap-1">
          <legend className="mb-1 font-medium">Format</legend>
          <div className="flex flex-wrap gap-2">
            {FORMATS.map((f) => (
              <label key={f.value} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-3 has-checked:border-sky-600 dark:border-stone-700">
                <input type="radio" name="format" value={f.value} defaultChecked={(sent?.format ?? 'auto') === f.value} className="size-5 accent-sky-700" />
                {f.label}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <Progress isPending={isPending}>
        <p className="font-medium">Reading the file and adding its questions…</p>
        <p className="text-sm">Every question is checked first; if one has a problem, none is saved.</p>
      </Progress>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Importing…' : 'Import questions'}
        </Button>
      </div>
    </form>
  );
}
