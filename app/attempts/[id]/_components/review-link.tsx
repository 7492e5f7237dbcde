'use client';
// "Review and submit" under a question: like the Next button, it saves the answer on screen and
// waits for saves in flight before going, so the review counts every answer given. Without
// JavaScript it is a plain link to the review page.
import type { ReactNode } from 'react';
import { settleAnswers } from './tab-answers';

export function ReviewLink({ href, onOpen, children }: { href: string; onOpen: () => void; children: ReactNode }) {
  return (
    <a
      href={href}
      className="underline"
      onClick={(event) => {
        // A new tab or window (modifier keys, middle click) is the browser's business.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        // A save that failed keeps the student here, where the question says so (as Next does).
        void settleAnswers().then((landed) => {
          if (landed) onOpen();
        });
      }}
    >
      {children}
    </a>
  );
}
