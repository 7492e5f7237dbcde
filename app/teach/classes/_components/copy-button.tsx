'use client';
// Progressive enhancement: without JavaScript (or a clipboard) the link is there to select by hand.
import { useState, useSyncExternalStore } from 'react';
import { buttonClasses } from '@/components/ui/button';

const noop = () => () => {};

export function CopyButton({ text, label }: { text: string; label: string }) {
  const canCopy = useSyncExternalStore(noop, () => typeof navigator !== 'undefined' && !!navigator.clipboard, () => false);
  const [copied, setCopied] = useState(false);
  if (!canCopy) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={buttonClasses('secondary')}
        onClick={async () => {
          await navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
        {copied ? 'Copied' : ''}
      </span>
    </span>
  );
}
