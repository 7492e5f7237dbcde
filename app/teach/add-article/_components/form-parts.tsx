'use client';
// Pieces the add-article and import forms share: the error summary, a file field that says
// what was chosen and refuses an oversized file before it is sent, and the progress panel.
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { formatBytes, tooLargeMessage } from '@/lib/schemas/interchange';

const ERROR_TEXT = 'text-sm text-red-700 dark:text-red-400';
export const INPUT_CLASS = 'min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900';

export function ErrorSummary({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {message}
    </p>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className={`${ERROR_TEXT} whitespace-pre-line`}>
      {errors.join(' ')}
    </p>
  );
}

interface FileFieldProps {
  name: string;
  label: string;
  hint: string;
  accept: string;
  maxBytes: number;
  errors?: string[];
  /** Reports a size problem (or its absence) as soon as a file is picked. */
  onProblem: (message: string | null) => void;
}

/** A file input that shows the chosen file's size and flags one over the limit at once. */
export function FileField({ name, label, hint, accept, maxBytes, errors, onProblem }: FileFieldProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const id = `field-${name}`;
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    setChosen(file ? `${file.name}, ${formatBytes(file.size)}` : null);
    onProblem(file && file.size > maxBytes ? tooLargeMessage('The file', file.size, maxBytes) : null);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        onChange={onChange}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={`${INPUT_CLASS} w-full min-w-0 file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:text-stone-900 dark:file:bg-stone-700 dark:file:text-stone-50`}
      />
      <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
        {hint}
        {chosen ? <span className="block">Chosen: {chosen}</span> : null}
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** What the server is doing while an action runs, with the seconds so far (the work is one request). */
export function Progress({ isPending, children }: { isPending: boolean; children: ReactNode }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!isPending) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [isPending]);
  return (
    <div role="status" aria-live="polite" className={isPending ? 'rounded-md border border-sky-300 bg-sky-50 p-3 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50' : 'sr-only'}>
      {isPending ? (
        <>
          <div className="flex items-center gap-3">
            <span aria-hidden="true" className="size-5 shrink-0 animate-spin rounded-full border-2 border-sky-700 border-t-transparent motion-reduce:animate-none dark:border-sky-300 dark:border-t-transparent" />
            <div>{children}</div>
          </div>
          <p className="mt-2 text-sm" aria-hidden="true">
            {seconds > 0 ? `${seconds} s so far. ` : ''}Please stay on this page.
          </p>
        </>
      ) : null}
    </div>
  );
}
