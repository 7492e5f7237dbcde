'use client';
// Add an article by pasting it or uploading a file. With JavaScript the form checks sizes
// before sending (the server refuses big bodies with a crash, not a message), keeps what was
// typed and the chosen file after an error, and shows progress while questions are drawn.
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { addArticle } from '@/lib/actions/interchange';
import { ARTICLE_TITLE_MAX } from '@/lib/input-limits';
import { idleState } from '@/lib/schemas/action-state';
import {
  ARTICLE_FILE_ACCEPT,
  isNoFile,
  ARTICLE_MAX_BYTES,
  countWords,
  formatBytes,
  tooLargeMessage,
  utf8Bytes,
} from '@/lib/schemas/interchange';
import { ErrorSummary, FieldErrors, FileField, INPUT_CLASS, Progress } from './form-parts';
import { useFocusOnRefusal } from '@/components/ui/use-focus-on-refusal';

type LocalErrors = Partial<Record<'text' | 'file', string[]>>;

export function AddArticleForm() {
  const [state, action, isPending] = useActionState(addArticle, idleState);
  const formRef = useFocusOnRefusal(state);
  const [local, setLocal] = useState<LocalErrors | null>(null);
  const [textInfo, setTextInfo] = useState<{ words: number; bytes: number } | null>(null);
  const errors = local ?? state.fieldErrors ?? {};
  const sent = state.values;
  const tooBig = (textInfo?.bytes ?? 0) > ARTICLE_MAX_BYTES;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    // Sent by hand so React does not reset the form: a refused upload keeps its file and text.
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    if (isNoFile(file)) data.delete('file');
    const text = String(data.get('text') ?? '');
    const problems: LocalErrors = {};
    if (file instanceof File && file.size > ARTICLE_MAX_BYTES) problems.file = [tooLargeMessage('The file', file.size, ARTICLE_MAX_BYTES)];
    const bytes = utf8Bytes(text);
    if (bytes > ARTICLE_MAX_BYTES) problems.text = [tooLargeMessage('The pasted text', bytes, ARTICLE_MAX_BYTES)];
    if (problems.file || problems.text) {
      setLocal(problems);
      return;
    }
    setLocal(null);
    startTransition(() => action(data));
  };

  const fieldErrors = (name: string) => state.fieldErrors?.[name];
  const textId = 'field-text';
  const textDescribedBy = [`${textId}-hint`, errors.text?.length ? `${textId}-error` : null].filter(Boolean).join(' ');

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <ErrorSummary message={local ? 'Please correct the fields below.' : state.status === 'error' ? state.message : undefined} />
      <fieldset disabled={isPending} className="flex min-w-0 flex-col gap-5">
        {/* No maxLength on the title: a browser cuts a longer paste silently; the action says it is too long instead. */}
        <Field name="title" label="Title" hint={`Up to ${ARTICLE_TITLE_MAX} characters. Leave empty to use the article's own: a headline on its first line, or the title inside the file.`} defaultValue={sent?.title} errors={fieldErrors('title')} autoComplete="off" />
        <Field name="source" label="Source" hint="Who published or wrote it, e.g. “BBC News” or “Ms Rivera”." maxLength={200} defaultValue={sent?.source} errors={fieldErrors('source')} autoComplete="off" />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="url" label="Web address (optional)" type="url" inputMode="url" maxLength={2000} defaultValue={sent?.url} errors={fieldErrors('url')} autoComplete="off" />
          <Field name="license" label="License (optional)" hint="E.g. “CC BY 4.0”. Empty means “Not stated”." maxLength={200} defaultValue={sent?.license} errors={fieldErrors('license')} autoComplete="off" />
        </div>
        <fieldset className="flex min-w-0 flex-col gap-4 rounded-md border border-stone-300 p-3 dark:border-stone-700">
          <legend className="px-1 font-medium">The article: paste it, or upload a file</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor={textId} className="font-medium">
              Article text
            </label>
            <textarea
              id={textId}
              name="text"
              rows={10}
              defaultValue={sent?.text}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setTextInfo(value ? { words: countWords(value), bytes: utf8Bytes(value) } : null);
              }}
              aria-invalid={errors.text?.length ? true : undefined}
              aria-describedby={textDescribedBy}
              className={`${INPUT_CLASS} w-full min-w-0 font-serif`}
            />
            <p id={`${textId}-hint`} className={`text-sm ${tooBig ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-400'}`}>
              Plain text or Markdown, up to {formatBytes(ARTICLE_MAX_BYTES)} (about 80,000 words).
              {textInfo ? ` Now: ${textInfo.words.toLocaleString('en')} words, ${formatBytes(textInfo.bytes)}.` : ''}
            </p>
            <FieldErrors id={`${textId}-error`} errors={errors.text} />
          </div>
          <p className="text-sm font-medium text-stone-600 dark:text-stone-400" aria-hidden="true">
            or
          </p>
          <FileField
            name="file"
            label="Upload a file"
            hint={`.md, .txt or .html, up to ${formatBytes(ARTICLE_MAX_BYTES)}. Web pages are reduced to their text; scripts, styles and markup are dropped.`}
            accept={ARTICLE_FILE_ACCEPT}
            maxBytes={ARTICLE_MAX_BYTES}
            errors={errors.file}
            onProblem={(message) => setLocal(message ? { file: [message] } : null)}
          />
        </fieldset>
      </fieldset>
      <Progress isPending={isPending}>
        <p className="font-medium">Adding the article and drawing questions from it…</p>
        <p className="text-sm">Gleaner reads the text, writes questions and flashcards, and saves them for your review. A long article takes up to half a minute.</p>
      </Progress>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Working…' : 'Add article and draw questions'}
        </Button>
      </div>
    </form>
  );
}
