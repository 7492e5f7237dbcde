'use client';
// A Copy button beside a link or code shown on the page. Progressive enhancement: without
// JavaScript it is not shown, and the text is there to select by hand. Where the clipboard API
// is missing or refused (a school server on plain http has none), the button selects the text,
// so Ctrl+C (⌘C) copies it, and says so.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { buttonClasses } from '@/components/ui/button';

const noop = () => () => {};

type Outcome = '' | 'copied' | 'selected' | 'unavailable';

/** Selects the text of the element with `id` (an input's value, or an element's text). */
function selectTarget(id: string | undefined): boolean {
  const target = id ? document.getElementById(id) : null;
  if (!target) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    target.focus();
    target.select();
    return true;
  }
  const range = document.createRange();
  range.selectNodeContents(target);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** The old copy command: still works where the clipboard API does not (insecure origins). */
function execCopy(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

const MESSAGES: Record<Outcome, string> = {
  '': '',
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C (⌘C) to copy',
  unavailable: 'This browser cannot copy here: select the text and copy it.',
};

interface Props {
  text: string;
  /** The button's visible words, e.g. "Copy link". */
  label: string;
  /** What is copied, for screen readers when several Copy buttons share a page ("teacher invite link"). */
  what?: string;
  /** The id of the element showing `text`: selected when the clipboard cannot be used. */
  targetId?: string;
}

export function CopyButton({ text, label, what, targetId }: Props) {
  const isHydrated = useSyncExternalStore(noop, () => true, () => false);
  const [outcome, setOutcome] = useState<Outcome>('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (!isHydrated) return null;

  const show = (next: Outcome) => {
    clearTimeout(timer.current);
    setOutcome(next);
    // "Copied" fades after a while, so a second copy is announced again.
    if (next === 'copied') timer.current = setTimeout(() => setOutcome(''), 5000);
  };

  // The selection, when the clipboard is refused: copied by the old command, or left for Ctrl+C.
  const fallback = (): Outcome => (!selectTarget(targetId) ? 'unavailable' : execCopy() ? 'copied' : 'selected');

  const copy = async () => {
    setOutcome('');
    let next: Outcome;
    // Both copies run straight from the click (browsers allow them only during the gesture).
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(text);
        next = 'copied';
      } catch {
        // Refused (no permission, page not focused): fall back to the selection.
        next = fallback();
      }
    } else {
      next = fallback();
    }
    // The emptied status renders first, so the same message a second time is announced again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    show(next);
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <button type="button" className={buttonClasses('secondary')} onClick={copy}>
        {label}
        {what ? <span className="sr-only"> {what}</span> : null}
      </button>
      <span aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
        {MESSAGES[outcome]}
      </span>
    </span>
  );
}
